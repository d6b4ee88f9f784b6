import { canonical, foldCase, isApostrophe, isIgnorable, isSeparator, isWordChar } from './normalize';
import { isInsideUrl } from './url-context';

/**
 * The matcher: every form of every entry compiled once into a trie over
 * case-folded characters, then one pass over the text. A match may only
 * start where a word starts, and from there the trie is walked as far as the
 * text allows, so the cost grows with the length of the text and hardly with
 * the size of the glossary. Pure: strings in, offsets out.
 */

export interface MatchableEntry {
  id: string;
  forms: readonly { text: string; caseSensitive?: boolean; ambiguous?: boolean }[];
}

export interface Match {
  /** Offsets into the scanned text, end exclusive; include any plural or possessive ending. */
  start: number;
  end: number;
  entryId: string;
  /** The glossary form that matched, as written in the glossary. */
  form: string;
  /** The form can mean something non-medical: highlight only with medical context. */
  ambiguous: boolean;
  /** Bound through an abbreviation the page defined for itself. */
  defined?: boolean;
}

interface Form {
  entryId: string;
  text: string;
  /** Canonical, case kept: compared with the page text for case-sensitive forms. */
  exact: string;
  caseSensitive: boolean;
  ambiguous: boolean;
  /** Ends in s, x, z or h, so "-es" is a plural ending ("viruses", "approaches"). */
  takesEs: boolean;
}

interface TrieNode {
  /** Its place in the flat trie (nodes are numbered as they are made). */
  id: number;
  next: Map<number, TrieNode> | null;
  forms: Form[] | null;
}

const SEP = 0x20;

export interface Matcher {
  /** Every match in the text, in order, never overlapping. */
  match(text: string, defined?: ReadonlyMap<string, string>): Match[];
  readonly formCount: number;
}

/**
 * The trie once built, flattened into typed arrays: node n's children are
 * the code units childCode[first[n] .. first[n + 1]) (sorted) leading to the
 * nodes childNode[...], and forms[n] holds the forms ending there. A step is
 * a short scan over a few numbers instead of a hash lookup, and the root's
 * ASCII children sit in a table of their own, since every word start asks it.
 */
interface FlatTrie {
  first: Int32Array;
  childCode: Uint16Array;
  childNode: Int32Array;
  forms: (Form[] | null)[];
  rootAscii: Int32Array;
}

function flatten(nodes: readonly TrieNode[]): FlatTrie {
  const first = new Int32Array(nodes.length + 1);
  let edges = 0;
  for (let i = 0; i < nodes.length; i++) {
    first[i] = edges;
    edges += nodes[i]!.next?.size ?? 0;
  }
  first[nodes.length] = edges;
  const childCode = new Uint16Array(edges);
  const childNode = new Int32Array(edges);
  const forms: (Form[] | null)[] = new Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    forms[i] = node.forms;
    if (!node.next) continue;
    let k = first[i]!;
    for (const [code, child] of node.next) {
      childCode[k] = code;
      childNode[k++] = child.id;
    }
    // Children in code order, so a lookup can stop early (insertion sort: nodes have few children).
    for (let a = first[i]! + 1; a < k; a++) {
      const code = childCode[a]!;
      const child = childNode[a]!;
      let b = a - 1;
      for (; b >= first[i]! && childCode[b]! > code; b--) {
        childCode[b + 1] = childCode[b]!;
        childNode[b + 1] = childNode[b]!;
      }
      childCode[b + 1] = code;
      childNode[b + 1] = child;
    }
  }
  const rootAscii = new Int32Array(128).fill(-1);
  for (const [code, child] of nodes[0]!.next ?? []) if (code < 128) rootAscii[code] = child.id;
  return { first, childCode, childNode, forms, rootAscii };
}

/** The child of `node` along `code`, or -1. */
function step(t: FlatTrie, node: number, code: number): number {
  if (node === 0 && code < 128) return t.rootAscii[code]!;
  const end = t.first[node + 1]!;
  for (let k = t.first[node]!; k < end; k++) {
    const c = t.childCode[k]!;
    if (c === code) return t.childNode[k]!;
    if (c > code) return -1;
  }
  return -1;
}

export function compileMatcher(entries: readonly MatchableEntry[]): Matcher {
  const nodes: TrieNode[] = [];
  const newNode = (): TrieNode => {
    const node: TrieNode = { id: nodes.length, next: null, forms: null };
    nodes.push(node);
    return node;
  };
  const root = newNode();
  let formCount = 0;
  const insert = (key: string, form: Form) => {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = newNode()));
      node = child;
    }
    (node.forms ??= []).push(form);
  };
  for (const entry of entries) {
    for (const f of entry.forms) {
      const exact = canonical(f.text, false);
      if (!exact || !isWordChar(exact.charCodeAt(0))) continue;
      const key = canonical(f.text, true);
      const form: Form = {
        entryId: entry.id,
        text: f.text,
        exact,
        caseSensitive: !!f.caseSensitive,
        ambiguous: !!f.ambiguous,
        takesEs: /[sxzh]$/i.test(exact),
      };
      insert(key, form);
      formCount++;
      // "therapy" → "therapies": the one regular plural the suffix check cannot see.
      if (!form.caseSensitive && /[^aeiou]y$/.test(key)) insert(`${key.slice(0, -1)}ies`, { ...form, takesEs: false });
    }
  }
  const trie = flatten(nodes);
  return {
    formCount,
    match: (text, defined) => {
      const found = scan(trie, text);
      return defined && defined.size ? bindDefined(text, found, defined) : found;
    },
  };
}

function scan(trie: FlatTrie, text: string): Match[] {
  const out: Match[] = [];
  const n = text.length;
  let prevWord = false;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code)) {
      i++;
      continue;
    }
    if (!isWordChar(code)) {
      // An apostrophe inside a word does not end it: "Medicine’s Ketamine" holds no "s Ketamine".
      prevWord = prevWord && isApostrophe(code);
      i++;
      continue;
    }
    if (!prevWord && step(trie, 0, foldCase(code)) >= 0) {
      const m = longestAt(trie, text, i);
      if (m) {
        out.push(m);
        i = m.end;
        prevWord = false; // a match always ends at a word boundary
        continue;
      }
    }
    prevWord = true;
    i++;
  }
  return out;
}

function longestAt(trie: FlatTrie, text: string, start: number): Match | null {
  const n = text.length;
  let node = 0;
  let best: Match | null = null;
  let j = start;
  while (j < n && node >= 0) {
    const code = text.charCodeAt(j);
    if (isIgnorable(code)) {
      j++;
      continue;
    }
    if (isSeparator(code)) {
      node = step(trie, node, SEP);
      while (j < n && (isSeparator(text.charCodeAt(j)) || isIgnorable(text.charCodeAt(j)))) j++;
      continue;
    }
    node = step(trie, node, foldCase(code));
    j++;
    const forms = node >= 0 ? trie.forms[node] : null;
    if (forms) best = acceptAt(forms, text, start, j) ?? best;
  }
  return best;
}

/** The first form at this trie node that the text really matches (case, ending, boundary, not a URL). */
function acceptAt(forms: Form[], text: string, start: number, formEnd: number): Match | null {
  for (const form of forms) {
    if (form.caseSensitive && !sameCase(text, start, formEnd, form.exact)) continue;
    const end = endingAt(text, formEnd, form);
    if (end < 0 || isInsideUrl(text, start, end)) continue;
    return { start, end, entryId: form.entryId, form: form.text, ambiguous: form.ambiguous };
  }
  return null;
}

/**
 * Does the text between start and end read exactly as the form, letter case
 * included? Walks both side by side the way canonical() would fold the text
 * (separator runs as one space, invisible characters skipped, apostrophes
 * straightened), without building a string for every candidate.
 */
function sameCase(text: string, start: number, end: number, exact: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code)) continue;
    if (isSeparator(code)) {
      if (exact.charCodeAt(k) !== 0x20) return false;
      k++;
      while (i + 1 < end && (isSeparator(text.charCodeAt(i + 1)) || isIgnorable(text.charCodeAt(i + 1)))) i++;
      continue;
    }
    const c = isApostrophe(code) ? 0x27 : code;
    if (exact.charCodeAt(k) !== c) return false;
    k++;
  }
  return k === exact.length;
}

/**
 * Where the match ends once a regular plural or possessive is taken in
 * ("SSRIs", "ketamine's", "patients'", "approaches"), or -1 when the form
 * stops inside a word. Abbreviations take only lower-case endings ("SSRIs").
 */
function endingAt(text: string, pos: number, form: Form): number {
  const ci = !form.caseSensitive;
  const c1 = text.charCodeAt(pos);
  const c2 = text.charCodeAt(pos + 1);
  const isS = (c: number) => c === 0x73 || (ci && c === 0x53);
  const candidates: number[] = [];
  if (isApostrophe(c1) && isS(c2)) candidates.push(pos + 2);
  if (isS(c1)) candidates.push(isApostrophe(c2) ? pos + 2 : pos + 1, pos + 1);
  if (ci && form.takesEs && (c1 === 0x65 || c1 === 0x45) && isS(c2)) candidates.push(pos + 2);
  candidates.push(pos);
  for (const end of candidates) if (isWordEnd(text, end)) return end;
  return -1;
}

/**
 * Does a word end here? Invisible characters do not split a word
 * ("ketamine\u00adlike"), nor does an apostrophe between letters ("ket'amine").
 */
function isWordEnd(text: string, pos: number): boolean {
  const next = skipIgnorable(text, pos);
  if (next >= text.length) return true;
  const code = text.charCodeAt(next);
  if (isWordChar(code)) return false;
  const after = skipIgnorable(text, next + 1);
  return !isApostrophe(code) || after >= text.length || !isWordChar(text.charCodeAt(after));
}

function skipIgnorable(text: string, pos: number): number {
  while (pos < text.length && isIgnorable(text.charCodeAt(pos))) pos++;
  return pos;
}

/**
 * Abbreviations the page defined for itself ("complex regional pain syndrome
 * (CRPS)") bind to their entry wherever they stand on the page, and are no
 * longer ambiguous there ("intramuscular (IM)").
 */
function bindDefined(text: string, found: Match[], defined: ReadonlyMap<string, string>): Match[] {
  const byStart = new Map(found.map((m) => [m.start, m]));
  const added: Match[] = [];
  for (const [abbr, entryId] of defined) {
    for (let at = text.indexOf(abbr); at >= 0; at = text.indexOf(abbr, at + abbr.length)) {
      if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
      let end = at + abbr.length;
      if (text.charCodeAt(end) === 0x73) end++;
      if (end < text.length && isWordChar(text.charCodeAt(end))) continue;
      const existing = byStart.get(at);
      if (existing && existing.end === end) {
        Object.assign(existing, { entryId, ambiguous: false, defined: true });
      } else if (!existing && !overlaps(found, at, end) && !overlaps(added, at, end) && !isInsideUrl(text, at, end)) {
        added.push({ start: at, end, entryId, form: abbr, ambiguous: false, defined: true });
      }
    }
  }
  return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
}

const overlaps = (list: Match[], start: number, end: number) => list.some((m) => m.start < end && start < m.end);
