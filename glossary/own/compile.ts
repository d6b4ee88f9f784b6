import {
  compileMatcher,
  loadPackedMatcher,
  packMatcherData,
  type MatchableEntry,
  type Matcher,
  type PackedMatcher,
} from '../matcher';
import { canonical, isWordChar } from '../normalize';
import type { OwnTerm } from './schema';

/**
 * The form of a reader's glossary that pages read: made once, when the
 * glossary is saved (imported, edited, a term added or deleted), and kept
 * beside its terms. It holds only what the matcher and the "On this page"
 * list need (headword and forms, already checked and without repeats) and
 * the matcher's trie over those forms, compiled, so a page only decodes it;
 * not the definitions: a tooltip reads the one chunk of terms it shows
 * (lib/own-glossaries.ts). Switching glossaries on or off needs no new
 * trie: a page walks each glossary's trie beside the others (joinMatchers).
 */

interface CompiledForm {
  text: string;
  caseSensitive?: true;
  ambiguous?: true;
}

interface CompiledEntry {
  /** Position of the term in its glossary. */
  n: number;
  headword: string;
  forms: CompiledForm[];
}

export interface CompiledGlossary {
  entries: CompiledEntry[];
  /** The matcher's trie over `entries` in order, packed (glossary/matcher.ts); absent until the background writes it after an update. */
  trie?: PackedMatcher;
}

/** Terms are stored in chunks of this many, so a tooltip reads one chunk, not the whole glossary. */
export const CHUNK = 500;

export const chunkOf = (n: number) => Math.floor(n / CHUNK);

export function compileGlossary(terms: readonly OwnTerm[]): Required<CompiledGlossary> {
  const entries = compileEntries(terms);
  return { entries, trie: compileTrie(entries) };
}

/** The trie over a glossary's compiled entries (the entries' ids do not enter it, only their order). */
export const compileTrie = (entries: readonly CompiledEntry[]): PackedMatcher =>
  packMatcherData(entries.map((e) => ({ id: '', forms: e.forms })));

function compileEntries(terms: readonly OwnTerm[]): CompiledEntry[] {
  return terms.map((t, n) => {
    const seen = new Set<string>();
    const forms: CompiledForm[] = [];
    for (const text of [t.term, ...t.aliases]) {
      const key = canonical(text, !t.caseSensitive);
      if (!key || !isWordChar(key.charCodeAt(0)) || seen.has(key)) continue;
      seen.add(key);
      const form: CompiledForm = { text };
      if (t.caseSensitive) form.caseSensitive = true;
      if (t.ambiguous) form.ambiguous = true;
      forms.push(form);
    }
    return { n, headword: t.term, forms };
  });
}

/** Ids of a reader's terms: "o-<glossary id>-<position>", so any context can tell them from bundled ids. */
export const ownEntryId = (glossaryId: string, n: number) => `o-${glossaryId}-${n}`;

export function parseOwnId(id: string): { glossaryId: string; n: number } | null {
  const m = /^o-([a-z0-9]{1,16})-(\d{1,6})$/.exec(id);
  return m ? { glossaryId: m[1]!, n: Number(m[2]) } : null;
}

export const isOwnId = (id: string) => id.startsWith('o-');

/** One compiled glossary as matcher entries. */
export function matchableEntries(glossaryId: string, compiled: CompiledGlossary): MatchableEntry[] {
  return compiled.entries.map((e) => ({ id: ownEntryId(glossaryId, e.n), forms: e.forms }));
}

/**
 * A glossary's matcher from its stored trie; compiled on the spot when the
 * trie is missing (stored by an older TermLens and not yet brought up to
 * date) or does not fit its entries (a damaged value), so matching never
 * depends on it.
 */
export function ownMatcher(entries: readonly MatchableEntry[], trie: PackedMatcher | undefined): Matcher {
  if (trie)
    try {
      return loadPackedMatcher(trie, entries);
    } catch {
      // fall through: compile it here
    }
  return compileMatcher(entries);
}
