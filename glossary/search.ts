import { alphabetical } from './alphabetical';
import type { CategoryId, GlossaryEntry } from './schema';
import { definitionSnippet, type SnippetPart } from './search-snippet';
import { fitWord, foldText, foldedWords, withinOneEdit, MIN_TYPO_LENGTH, type WordFit } from './search-text';

/**
 * Search over the full glossary for the popup and the reference. The index is
 * built once; each query is a linear pass over about a hundred entries, well
 * within a keystroke's budget, and needs nothing but the entries themselves.
 *
 * Ranking, best first: exact headword, exact form or abbreviation, headword
 * beginning, form beginning, fuzzy headword or form (a typo, a later word, or
 * a piece inside a word), words found in the definitions.
 *
 * Every hit says why it is there: the headword or form that matched, or a
 * snippet of the definition with the searched words marked. Definition-only
 * hits come after every name hit; weak ones (the words scattered through the
 * text, not side by side) are dropped when anything better matched, and
 * at most a few definition hits follow name hits.
 */

type MatchKind = 'headword' | 'form' | 'headword-prefix' | 'form-prefix' | 'fuzzy' | 'definition' | 'all';

export interface SearchHit {
  entry: GlossaryEntry;
  kind: MatchKind;
  /** The headword or form that matched, as the glossary writes it; absent for definition matches. */
  matched?: string;
  /** For a definition match: the piece of the definition that holds the words, those words marked. */
  snippet?: SnippetPart[];
}

interface SearchOptions {
  category?: CategoryId;
}

export interface SearchIndex {
  /** Every entry, alphabetically by headword. */
  readonly entries: readonly GlossaryEntry[];
  search(query: string, options?: SearchOptions): GlossaryEntry[];
  hits(query: string, options?: SearchOptions): SearchHit[];
}

interface Term {
  text: string;
  folded: string;
  compact: string;
  words: string[];
  isHeadword: boolean;
}

interface Indexed {
  entry: GlossaryEntry;
  sortKey: string;
  terms: Term[];
  definitionWords: string[];
  /** Folded short and explanation with spaces around, to find the query as a phrase. */
  shortText: string;
  explanationText: string;
}

interface Query {
  folded: string;
  compact: string;
  words: string[];
}

interface Score {
  kind: MatchKind;
  rank: number;
  sub: number;
  matched?: string;
}

const RANK: Record<MatchKind, number> = {
  headword: 0,
  form: 1,
  'headword-prefix': 2,
  'form-prefix': 3,
  fuzzy: 4,
  definition: 5,
  all: 6,
};

const MAX_QUERY_LENGTH = 200;
/** A definition score from here on means the words were found apart, not side by side (see scoreDefinition). */
const WEAK_DEFINITION = 30;
/** Definition hits shown after name hits; a list of names followed by a dozen passing mentions is noise. */
const MAX_DEFINITION_HITS = 5;
const FIT_COST: Record<WordFit, number> = { exact: 0, prefix: 1, typo: 3, 'typo-prefix': 4 };

function term(text: string, isHeadword: boolean): Term {
  const folded = foldText(text);
  return { text, folded, compact: folded.replace(/ /g, ''), words: folded ? folded.split(' ') : [], isHeadword };
}

function indexEntry(entry: GlossaryEntry): Indexed {
  const terms = [term(entry.headword, true)];
  const seen = new Set([terms[0]!.folded]);
  for (const form of entry.forms) {
    const t = term(form.text, false);
    if (t.folded && !seen.has(t.folded)) {
      terms.push(t);
      seen.add(t.folded);
    }
  }
  const definitionWords = [...new Set(foldedWords(`${entry.short} ${entry.explanation}`))];
  const shortText = ` ${foldText(entry.short)} `;
  const explanationText = ` ${foldText(entry.explanation)} `;
  return { entry, sortKey: foldText(entry.headword), terms, definitionWords, shortText, explanationText };
}

/** Fits the typed words onto consecutive words of the term starting at `start`; the cost, or null. */
function fitSequence(typed: string[], words: string[], start: number): { cost: number; typos: number } | null {
  let cost = 0;
  let typos = 0;
  for (let i = 0; i < typed.length; i++) {
    const q = typed[i]!;
    const fit = fitWord(q, words[start + i]!, i === typed.length - 1 || q.length >= 3);
    if (!fit) return null;
    cost += FIT_COST[fit];
    if (fit === 'typo' || fit === 'typo-prefix') typos++;
  }
  return { cost, typos };
}

function scoreTerm(t: Term, q: Query): Score | null {
  const own = (kind: MatchKind, sub: number): Score => ({ kind, rank: RANK[kind], sub, matched: t.text });
  if (t.folded === q.folded || t.compact === q.compact) return own(t.isHeadword ? 'headword' : 'form', 0);
  if (t.compact.startsWith(q.compact)) return own(t.isHeadword ? 'headword-prefix' : 'form-prefix', t.compact.length);
  let best: Score | null = null;
  const consider = (kind: MatchKind, sub: number) => {
    if (!best || RANK[kind] < best.rank || (RANK[kind] === best.rank && sub < best.sub)) best = own(kind, sub);
  };
  for (let start = 0; start + q.words.length <= t.words.length; start++) {
    if (start > 0 && q.compact.length < 2) break;
    const fit = fitSequence(q.words, t.words, start);
    if (!fit) continue;
    if (start === 0 && fit.typos === 0) consider(t.isHeadword ? 'headword-prefix' : 'form-prefix', t.compact.length);
    else consider('fuzzy', fit.typos * 10 + (start > 0 ? 2 : 0) + fit.cost);
  }
  if (q.compact.length >= MIN_TYPO_LENGTH && withinOneEdit(q.compact, t.compact)) consider('fuzzy', 10);
  if (q.compact.length >= 3 && t.compact.includes(q.compact)) consider('fuzzy', 5);
  return best;
}

/**
 * Every typed word must appear among the definition's words. Definitions that
 * hold the query as a phrase come first, then those that use it in the short
 * definition a tooltip shows.
 */
function scoreDefinition(item: Indexed, q: Query): Score | null {
  let sub = 0;
  for (const typed of q.words) {
    let bestCost = Infinity;
    for (const word of item.definitionWords) {
      const fit = fitWord(typed, word, typed.length >= 3);
      if (fit && fit !== 'typo-prefix') bestCost = Math.min(bestCost, FIT_COST[fit]);
      if (bestCost === 0) break;
    }
    if (bestCost === Infinity) return null;
    sub += bestCost;
  }
  const phrase = ` ${q.folded}`;
  if (!item.shortText.includes(phrase)) sub += 10;
  if (!item.shortText.includes(phrase) && !item.explanationText.includes(phrase)) sub += 20;
  return { kind: 'definition', rank: RANK.definition, sub };
}

function scoreEntry(item: Indexed, q: Query): Score | null {
  let best: Score | null = null;
  for (const t of item.terms) {
    const s = scoreTerm(t, q);
    // Ties between a headword and a form go to the headword: it comes first in `terms`.
    if (s && (!best || s.rank < best.rank || (s.rank === best.rank && s.sub < best.sub))) best = s;
  }
  return best ?? scoreDefinition(item, q);
}

/** Name hits in full; then definition hits, the weak ones only when nothing stronger matched, and only a few. */
function keepRelevant<T extends { score: Score }>(sorted: T[]): T[] {
  const names = sorted.filter((s) => s.score.kind !== 'definition');
  const definitions = sorted.filter((s) => s.score.kind === 'definition');
  const strong = definitions.filter((s) => s.score.sub < WEAK_DEFINITION);
  if (names.length > 0) return [...names, ...strong.slice(0, MAX_DEFINITION_HITS)];
  return strong.length > 0 ? strong : definitions.slice(0, MAX_DEFINITION_HITS);
}

export function createSearchIndex(entries: readonly GlossaryEntry[]): SearchIndex {
  const keyed = entries.map((entry) => ({ entry, sortKey: foldText(entry.headword) }));
  keyed.sort((a, b) => alphabetical(a.sortKey, b.sortKey) || alphabetical(a.entry.id, b.entry.id));
  const sorted = keyed.map((k) => k.entry);
  // Folding every form and definition is most of the cost of opening the popup, and an
  // empty query (the list shown on opening) needs none of it: built on the first search.
  let indexed: Indexed[] | null = null;
  const all = () => (indexed ??= sorted.map(indexEntry));

  const hits = (query: string, options: SearchOptions = {}): SearchHit[] => {
    const inCategory = (i: { entry: GlossaryEntry }) => !options.category || i.entry.category === options.category;
    const folded = foldText(query.slice(0, MAX_QUERY_LENGTH));
    if (!folded) return keyed.filter(inCategory).map((i) => ({ entry: i.entry, kind: 'all' }));
    const items = all();
    const q: Query = { folded, compact: folded.replace(/ /g, ''), words: folded.split(' ') };
    const scored: { item: Indexed; score: Score; order: number }[] = [];
    items.forEach((item, order) => {
      if (!inCategory(item)) return;
      const score = scoreEntry(item, q);
      if (score) scored.push({ item, score, order });
    });
    scored.sort((a, b) => a.score.rank - b.score.rank || a.score.sub - b.score.sub || a.order - b.order);
    return keepRelevant(scored).map(({ item, score }) =>
      score.kind === 'definition'
        ? {
            entry: item.entry,
            kind: score.kind,
            snippet: definitionSnippet([item.entry.short, item.entry.explanation], q.folded),
          }
        : { entry: item.entry, kind: score.kind, ...(score.matched !== undefined ? { matched: score.matched } : {}) },
    );
  };

  return {
    entries: sorted,
    hits,
    search: (query, options) => hits(query, options).map((h) => h.entry),
  };
}
