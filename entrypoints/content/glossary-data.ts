import { entries } from 'virtual:termlens-glossary-page';
import { packed } from 'virtual:termlens-matcher';
import {
  compileMatcher,
  joinMatchers,
  loadPackedMatcher,
  type MatchableEntry,
  type Matcher,
} from '../../glossary/matcher';
import type { PageEntry } from '../../glossary/compact-entry';
import { isOwnId } from '../../glossary/own/compile';
import { buildGuards, type GuardLookup } from '../../glossary/sense';

/**
 * The glossaries as the content script sees them: the bundled one (what a
 * page needs of each entry; a tooltip's texts come with its code,
 * tooltip-view.tsx) and the reader's own, as matcher sources. Each glossary
 * brings its own matcher, compiled before any page needs it (the bundled one
 * at build time, a reader's when it is saved), and a frame
 * only joins them, in order of precedence: where a reader's form and a
 * bundled form read the same, the reader's comes first and wins.
 */
export const ENTRY_BY_ID: ReadonlyMap<string, PageEntry> = new Map(entries.map((e) => [e.id, e]));

export interface MatcherSource {
  /** The glossary's name, shown in tooltips; the bundled glossary has none. */
  name?: string;
  entries: readonly MatchableEntry[];
  /** Headword by entry id, for "On this page"; the bundled entries carry theirs. */
  headwords?: Pick<ReadonlyMap<string, string>, 'get'>;
  /** The glossary's matcher, loaded from its compiled form on first call; compiled from `entries` when absent. */
  matcher?: () => Matcher;
}

const BUNDLED: MatcherSource = { entries };
let sources: readonly MatcherSource[] = [BUNDLED];
let matcher: Matcher | null = null;
let bundledMatcher: Matcher | null = null;

/** The reader's glossaries that are on, and whether the bundled one is. */
export function setSources(own: readonly MatcherSource[], bundledOn: boolean): void {
  sources = bundledOn ? [...own, BUNDLED] : own;
  matcher = null;
}

/** The bundled glossary's matcher is the one the build compiled; a reader's glossary brings its own. */
const matcherOf = (s: MatcherSource): Matcher =>
  s === BUNDLED ? (bundledMatcher ??= loadBundled()) : (s.matcher?.() ?? compileMatcher(s.entries));

/** A browser that cannot read the packed trie (a big-endian one) compiles it instead: slower, never broken. */
function loadBundled(): Matcher {
  try {
    return loadPackedMatcher(packed, entries);
  } catch {
    return compileMatcher(entries);
  }
}

export function getMatcher(): Matcher {
  return (matcher ??= joinMatchers(sources.length ? sources.map(matcherOf) : [compileMatcher([])]));
}

/** The words "On this page" lists for an entry. */
export function headwordOf(id: string): string {
  if (!isOwnId(id)) return ENTRY_BY_ID.get(id)?.headword ?? id;
  for (const s of sources) {
    const h = s.headwords?.get(id);
    if (h) return h;
  }
  return id;
}

/**
 * What does not count as evidence that a page is medical: organisations (the
 * FDA turns up in news about food and trade) and the reader's own terms,
 * which may be anything (a research group's acronyms, a clinic's room names).
 */
export const isNotEvidence = (id: string) => isOwnId(id) || ENTRY_BY_ID.get(id)?.category === 'organisation';
let guards: GuardLookup | null = null;
/** Built at the first term found, not at start: most pages a reader opens hold none (2 ms a frame saved). */
const lazyGuards: GuardLookup = (id, form) => (guards ??= buildGuards(entries))(id, form);
export function getGuards(): GuardLookup {
  return lazyGuards;
}
