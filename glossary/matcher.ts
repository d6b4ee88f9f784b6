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
  /** Where the form comes from: entries[entry].forms[index]. */
  entry: number;
  index: number;
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
 * The compiled matcher as plain data, small enough to ship in the content
 * script: the trie's nodes in order, each with its children (code units,
 * sorted, and the nodes they lead to) and the forms ending there, each form
 * named by its place in the entries it was compiled from. Every list is a
 * string of code units (value + 32, so JSON writes them as one character),
 * which JSON.parse reads without building an object per number. The build
 * ships the bundled glossary this way (scripts/glossary-build.ts).
 */
export interface CompiledMatcher {
  formCount: number;
  /** Per node: how many children. */
  children: string;
  /** Per node: how many forms end there. */
  ending: string;
  /** Per child: its code unit, and its node less its parent's. */
  codes: string;
  targets: string;
  /** Per form ending somewhere, in node order: entry index, form index, 1 if "-es" is a plural ending. */
  forms: string;
}

/**
 * The trie as the matcher walks it, in typed arrays: node n's children are
 * childCode[first[n] .. first[n + 1]) leading to childNode[...], and its
 * forms are forms[formFirst[n] .. formFirst[n + 1]) (made on first use). A
 * step is a short scan over a few numbers instead of a hash lookup, and the
 * root's ASCII children sit in a table of their own: every word asks it.
 */
interface FlatTrie {
  first: Int32Array;
  childCode: Uint16Array;
  childNode: Int32Array;
  formFirst: Int32Array;
  form(k: number): Form;
  rootAscii: Int32Array;
}

const OFFSET = 32;
function encode(values: readonly number[]): string {
  let out = '';
  for (const v of values) {
    if (v < 0 || v + OFFSET > 0xffff) throw new Error(`The glossary is too large to ship compiled (${v})`);
    out += String.fromCharCode(v + OFFSET);
  }
  return out;
}
function decode(text: string): Uint16Array {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) - OFFSET;
  return out;
}

function serialize(nodes: readonly TrieNode[], formCount: number): CompiledMatcher {
  const children: number[] = [];
  const ending: number[] = [];
  const codes: number[] = [];
  const targets: number[] = [];
  const forms: number[] = [];
  for (const node of nodes) {
    const keys = node.next ? Array.from(node.next.keys()).sort((a, b) => a - b) : [];
    children.push(keys.length);
    for (const code of keys) {
      codes.push(code);
      targets.push(node.next!.get(code)!.id - node.id);
    }
    ending.push(node.forms?.length ?? 0);
    for (const f of node.forms ?? []) forms.push(f.entry, f.index, f.takesEs ? 1 : 0);
  }
  return {
    formCount,
    children: encode(children),
    ending: encode(ending),
    codes: encode(codes),
    targets: encode(targets),
    forms: encode(forms),
  };
}

/** Running totals: where each node's run starts in the flat list (one more slot for the end). */
function starts(counts: Uint16Array): Int32Array {
  const at = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) at[i + 1] = at[i]! + counts[i]!;
  return at;
}

/** A matcher from its compiled form and the entries it was compiled from (in the same order). */
export function loadMatcher(data: CompiledMatcher, entries: readonly MatchableEntry[]): Matcher {
  const first = starts(decode(data.children));
  const childCode = decode(data.codes);
  const childNode = new Int32Array(childCode.length);
  const deltas = decode(data.targets);
  for (let n = 0; n + 1 < first.length; n++)
    for (let k = first[n]!; k < first[n + 1]!; k++) childNode[k] = n + deltas[k]!;
  const refs = decode(data.forms);
  const made: Form[] = [];
  const form = (k: number): Form => {
    let f = made[k];
    if (!f) {
      const entry = entries[refs[k * 3]!]!;
      const source = entry.forms[refs[k * 3 + 1]!]!;
      f = made[k] = {
        entry: refs[k * 3]!,
        index: refs[k * 3 + 1]!,
        entryId: entry.id,
        text: source.text,
        exact: canonical(source.text, false),
        caseSensitive: !!source.caseSensitive,
        ambiguous: !!source.ambiguous,
        takesEs: refs[k * 3 + 2] === 1,
      };
    }
    return f;
  };
  return assemble({ first, childCode, childNode, formFirst: starts(decode(data.ending)), form }, data.formCount);
}

/** Compiles on the spot (reader glossaries, tests, scripts): straight to typed arrays, no size limit. */
export function compileMatcher(entries: readonly MatchableEntry[]): Matcher {
  const { nodes, formCount } = buildTrie(entries);
  const first = new Int32Array(nodes.length + 1);
  const formFirst = new Int32Array(nodes.length + 1);
  for (let i = 0; i < nodes.length; i++) {
    first[i + 1] = first[i]! + (nodes[i]!.next?.size ?? 0);
    formFirst[i + 1] = formFirst[i]! + (nodes[i]!.forms?.length ?? 0);
  }
  const childCode = new Uint16Array(first[nodes.length]!);
  const childNode = new Int32Array(first[nodes.length]!);
  const forms: Form[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.forms) forms.push(...node.forms);
    if (!node.next) continue;
    const keys = Array.from(node.next.keys()).sort((a, b) => a - b);
    for (let k = 0; k < keys.length; k++) {
      childCode[first[i]! + k] = keys[k]!;
      childNode[first[i]! + k] = node.next.get(keys[k]!)!.id;
    }
  }
  return assemble({ first, childCode, childNode, formFirst, form: (k) => forms[k]! }, formCount);
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

function assemble(parts: Omit<FlatTrie, 'rootAscii'>, formCount: number): Matcher {
  const rootAscii = new Int32Array(128).fill(-1);
  for (let k = 0; k < parts.first[1]!; k++)
    if (parts.childCode[k]! < 128) rootAscii[parts.childCode[k]!] = parts.childNode[k]!;
  const trie: FlatTrie = { ...parts, rootAscii };
  return {
    formCount,
    match: (text, defined) => {
      const found = scan(trie, text);
      return defined && defined.size ? bindDefined(text, found, defined) : found;
    },
  };
}

/** Every form of every entry in one trie, as plain data (see CompiledMatcher). */
export function compileMatcherData(entries: readonly MatchableEntry[]): CompiledMatcher {
  const { nodes, formCount } = buildTrie(entries);
  return serialize(nodes, formCount);
}

function buildTrie(entries: readonly MatchableEntry[]): { nodes: TrieNode[]; formCount: number } {
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
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    for (let i = 0; i < entry.forms.length; i++) {
      const f = entry.forms[i]!;
      const exact = canonical(f.text, false);
      if (!exact || !isWordChar(exact.charCodeAt(0))) continue;
      const key = canonical(f.text, true);
      const form: Form = {
        entry: e,
        index: i,
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
  return { nodes, formCount };
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
    if (node >= 0 && trie.formFirst[node]! < trie.formFirst[node + 1]!)
      best = acceptAt(trie, node, text, start, j) ?? best;
  }
  return best;
}

/** The first form at this trie node that the text really matches (case, ending, boundary, not a URL). */
function acceptAt(trie: FlatTrie, node: number, text: string, start: number, formEnd: number): Match | null {
  for (let k = trie.formFirst[node]!; k < trie.formFirst[node + 1]!; k++) {
    const form = trie.form(k);
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
