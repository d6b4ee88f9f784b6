import { ASCII_WORD, canonical, foldCase, isApostrophe, isIgnorable, isSeparator, isWordChar } from './normalize';
import { base64ToBytes, bytesToBase64 } from './base64';
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
 * The compiled matcher as plain data, to ship in the content script or keep
 * in storage: the trie's nodes in order, each with its children (code units,
 * sorted, and the nodes they lead to) and the forms ending there, each form
 * named by its place in the entries it was compiled from. Every list is a
 * string of numbers (see encode), which JSON.parse reads without building an
 * object per number. The build ships the bundled glossary this way
 * (scripts/glossary-build.ts), and a reader's glossary is kept this way from
 * the moment it is saved (glossary/own/compile.ts).
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
 * childCode[first[n] .. first[n + 1]) leading to node n + childDelta[...]
 * (kept as stored, so loading needs no pass over every child), and its
 * forms are forms[formFirst[n] .. formFirst[n + 1]) (made on first use). A
 * step is a short scan over a few numbers instead of a hash lookup. The first
 * two steps of a walk have tables of their own, as every word takes them: the
 * root's ASCII children, and the ASCII children of each of those, 128 slots a
 * row. A large glossary gives these nodes dozens of children (every letter an
 * abbreviation can follow "O" with): with the bench's 5,000 terms a scan read
 * eleven children a step there, against four with the bundled glossary.
 */
interface FlatTrie {
  first: Int32Array;
  childCode: Int32Array;
  childDelta: Int32Array;
  formFirst: Int32Array;
  form(k: number): Form;
  rootAscii: Int32Array;
  /** By the root's ASCII child's code: where its row starts in `second`, or -1. */
  rowOf: Int32Array;
  /** The node each row's child leads to by an ASCII code, or -1. */
  second: Int32Array;
}

/**
 * Numbers as a string, each written in base 2^14, its high digits first: the
 * last digit of a number as the code unit 32 + d, any digit before it as
 * 32 + 2^14 + d. Most numbers (counts, letters, nearby nodes) take one code
 * unit; a large trie's far-apart nodes or a rare character take two or three,
 * so there is no size limit. Every unit lies between the control characters
 * and the surrogates, so JSON and storage keep each one as it is.
 */
const OFFSET = 32;
const DIGIT = 0x4000;
function encode(values: readonly number[]): string {
  const units: number[] = [];
  const digits: number[] = [];
  for (const v of values) {
    if (!Number.isInteger(v) || v < 0) throw new Error(`Cannot encode ${v}`);
    digits.length = 0;
    for (let x = v; ; x = Math.floor(x / DIGIT)) {
      digits.push(x % DIGIT);
      if (x < DIGIT) break;
    }
    for (let k = digits.length - 1; k > 0; k--) units.push(OFFSET + DIGIT + digits[k]!);
    units.push(OFFSET + digits[0]!);
  }
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
}
/** One pass: most numbers are one code unit, so the string's length is nearly always the count. */
function decode(text: string): Int32Array {
  const out = new Int32Array(text.length);
  let n = 0;
  let v = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i) - OFFSET;
    if (u < DIGIT) {
      out[n++] = v + u;
      v = 0;
    } else v = (v + u - DIGIT) * DIGIT;
  }
  return n === out.length ? out : out.slice(0, n);
}

function serialize(nodes: readonly TrieNode[], formCount: number): CompiledMatcher {
  const children: number[] = [];
  const ending: number[] = [];
  const codes: number[] = [];
  const targets: number[] = [];
  const forms: number[] = [];
  for (const node of nodes) {
    const next = node.next;
    children.push(next?.size ?? 0);
    if (next?.size === 1)
      for (const [code, child] of next) {
        codes.push(code);
        targets.push(child.id - node.id);
      }
    else if (next)
      for (const code of Array.from(next.keys()).sort((a, b) => a - b)) {
        codes.push(code);
        targets.push(next.get(code)!.id - node.id);
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
function starts(counts: Int32Array): Int32Array {
  const at = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) at[i + 1] = at[i]! + counts[i]!;
  return at;
}

/**
 * A matcher from its compiled form and the entries it was compiled from (in
 * the same order). Throws when the two do not fit together (a damaged stored
 * form), never later while matching.
 */
export function loadMatcher(data: CompiledMatcher, entries: readonly MatchableEntry[]): Matcher {
  const counts = decode(data.children);
  const first = starts(counts);
  const childCode = decode(data.codes);
  const deltas = decode(data.targets);
  const endings = decode(data.ending);
  const formFirst = starts(endings);
  const refs = decode(data.forms);
  const nodes = counts.length;
  const fits =
    nodes > 0 &&
    endings.length === nodes &&
    childCode.length === first[nodes] &&
    deltas.length === first[nodes] &&
    refs.length === formFirst[nodes]! * 3;
  if (!fits) throw new Error('The compiled glossary does not fit together');
  return fromArrays(first, childCode, deltas, formFirst, refs, data.formCount, entries);
}

/**
 * The bundled glossary's trie as the build ships it: the typed arrays the
 * matcher walks, laid end to end as their own little-endian bytes in one
 * base64 string (node starts, form starts, child codes, child deltas, form
 * references), so that loading is one native decode and five views, with no
 * pass over the numbers. Every array is of 32-bit numbers, so each view
 * starts on a 4-byte boundary.
 */
export interface PackedMatcher {
  formCount: number;
  nodes: number;
  children: number;
  /** Forms ending at some node (each takes three numbers in the references). */
  endings: number;
  bytes: string;
}

/** Every form of every entry in one trie, as the bytes of its arrays (see PackedMatcher). */
export function packMatcherData(entries: readonly MatchableEntry[]): PackedMatcher {
  const { nodes, formCount } = buildTrie(entries);
  const all: number[] = [0];
  const formStarts: number[] = [0];
  const codes: number[] = [];
  const deltas: number[] = [];
  const refs: number[] = [];
  for (const node of nodes) {
    const keys = node.next ? Array.from(node.next.keys()).sort((a, b) => a - b) : [];
    for (const code of keys) {
      codes.push(code);
      deltas.push(node.next!.get(code)!.id - node.id);
    }
    all.push(codes.length);
    for (const f of node.forms ?? []) refs.push(f.entry, f.index, f.takesEs ? 1 : 0);
    formStarts.push(refs.length / 3);
  }
  const ints = Int32Array.from([...all, ...formStarts, ...codes, ...deltas, ...refs]);
  if (!LITTLE_ENDIAN) throw new Error('The build writes the matcher on a little-endian machine only');
  return {
    formCount,
    nodes: nodes.length,
    children: codes.length,
    endings: refs.length / 3,
    bytes: bytesToBase64(new Uint8Array(ints.buffer)),
  };
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * A matcher from the packed trie and the entries it was compiled from. Checks
 * what is cheap to check (the byte count against the header, the ends of the
 * runs, every form it names); throws when they do not fit, never later.
 */
export function loadPackedMatcher(
  data: PackedMatcher,
  entries: readonly MatchableEntry[],
  fromBase64?: ((text: string) => Uint8Array) | null,
): Matcher {
  if (!LITTLE_ENDIAN) throw new Error('The packed matcher is little-endian');
  const { nodes, children, endings } = data;
  const counts = [nodes + 1, nodes + 1, children, children, endings * 3];
  const ints = counts.reduce((a, b) => a + b, 0);
  const bytes = typeof data.bytes === 'string' && nodes > 0 ? base64ToBytes(data.bytes, fromBase64) : null;
  if (!bytes || bytes.length !== ints * 4 || !counts.every((n) => Number.isInteger(n) && n >= 0))
    throw new Error('The compiled glossary does not fit together');
  const view: Int32Array[] = [];
  let at = bytes.byteOffset;
  if (at % 4) throw new Error('The packed matcher is not 4-byte aligned');
  for (const n of counts) {
    view.push(new Int32Array(bytes.buffer, at, n));
    at += n * 4;
  }
  const [first, formFirst, childCode, childDelta, refs] = view as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  // Runs that never go back and stay in bounds: a damaged stored trie cannot send a walk past its arrays.
  let fits = first[0] === 0 && first[nodes] === children && formFirst[0] === 0 && formFirst[nodes] === endings;
  for (let i = 0; fits && i < nodes; i++) fits = first[i]! <= first[i + 1]! && formFirst[i]! <= formFirst[i + 1]!;
  if (!fits) throw new Error('The compiled glossary does not fit together');
  return fromArrays(first, childCode, childDelta, formFirst, refs, data.formCount, entries);
}

/** The matcher over a trie's arrays, once every form they name is known to exist. */
function fromArrays(
  first: Int32Array,
  childCode: Int32Array,
  childDelta: Int32Array,
  formFirst: Int32Array,
  refs: Int32Array,
  formCount: number,
  entries: readonly MatchableEntry[],
): Matcher {
  // Deltas are used as stored: one out of range cannot break the walk (a node past the end has no children, no forms).
  for (let k = 0; k < refs.length; k += 3)
    if (!entries[refs[k]!]?.forms[refs[k + 1]!]) throw new Error('The compiled glossary names a form it was not given');
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
  return assemble({ first, childCode, childDelta, formFirst, form }, formCount);
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
  const childCode = new Int32Array(first[nodes.length]!);
  const childDelta = new Int32Array(first[nodes.length]!);
  const forms: Form[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.forms) forms.push(...node.forms);
    if (!node.next) continue;
    const keys = Array.from(node.next.keys()).sort((a, b) => a - b);
    for (let k = 0; k < keys.length; k++) {
      childCode[first[i]! + k] = keys[k]!;
      childDelta[first[i]! + k] = node.next.get(keys[k]!)!.id - i;
    }
  }
  return assemble({ first, childCode, childDelta, formFirst, form: (k) => forms[k]! }, formCount);
}

/** The child of `node` along `code`, or -1. */
function step(t: FlatTrie, node: number, code: number): number {
  if (node === 0 && code < 128) return t.rootAscii[code]!;
  const end = t.first[node + 1]!;
  for (let k = t.first[node]!; k < end; k++) {
    const c = t.childCode[k]!;
    if (c === code) return node + t.childDelta[k]!;
    if (c > code) return -1;
  }
  return -1;
}

/** The tries behind each matcher made here, so that joinMatchers can walk them side by side. */
const triesOf = new WeakMap<Matcher, readonly FlatTrie[]>();

function assemble(parts: Omit<FlatTrie, 'rootAscii' | 'rowOf' | 'second'>, formCount: number): Matcher {
  const { first, childCode, childDelta } = parts;
  const rootAscii = new Int32Array(128).fill(-1);
  const rowOf = new Int32Array(128).fill(-1);
  let rows = 0;
  for (let k = 0; k < first[1]!; k++) if (childCode[k]! < 128) rows++;
  const second = new Int32Array(rows * 128).fill(-1);
  for (let k = 0, row = 0; k < first[1]!; k++) {
    const code = childCode[k]!;
    if (code >= 128) continue;
    const node = childDelta[k]!;
    rootAscii[code] = node;
    rowOf[code] = row;
    // A node past the end (a damaged stored delta) has no children here either, as step() finds.
    for (let c = first[node] ?? 0, end = first[node + 1] ?? 0; c < end; c++)
      if (childCode[c]! < 128) second[row + childCode[c]!] = node + childDelta[c]!;
    row += 128;
  }
  return matcherOver([{ ...parts, rootAscii, rowOf, second }], formCount);
}

function matcherOver(tries: readonly FlatTrie[], formCount: number): Matcher {
  const matcher: Matcher = {
    formCount,
    match: (text, defined) => {
      const found = scan(tries, text);
      return defined && defined.size ? bindDefined(text, found, defined) : found;
    },
  };
  triesOf.set(matcher, tries);
  return matcher;
}

/**
 * One matcher over several glossaries, each compiled on its own (a reader's
 * glossary when it is saved, the bundled one at build time), in order of
 * precedence. It matches exactly as one trie compiled from all their entries
 * in that order would: at each word the longest form of any glossary wins,
 * and where forms of several glossaries read the same, the earliest
 * glossary's. Joining costs nothing: the tries are walked side by side.
 */
export function joinMatchers(matchers: readonly Matcher[]): Matcher {
  if (matchers.length === 1) return matchers[0]!;
  const tries = matchers.flatMap((m) => {
    const t = triesOf.get(m);
    if (!t) throw new Error('joinMatchers takes matchers made by this module');
    return t;
  });
  return matcherOver(
    tries,
    matchers.reduce((sum, m) => sum + m.formCount, 0),
  );
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

function scan(tries: readonly FlatTrie[], text: string): Match[] {
  const out: Match[] = [];
  const n = text.length;
  let prevWord = false;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // ASCII, most of nearly every page, answered in line: a page is scanned once, mostly before the
    // engine's code is optimised, and a call per character is what cold code pays most for.
    if (code < 128) {
      if (ASCII_WORD[code] === 0) {
        prevWord = prevWord && code === 0x27;
        i++;
        continue;
      }
      if (prevWord) {
        i++;
        continue;
      }
    } else if (isIgnorable(code)) {
      i++;
      continue;
    } else if (!isWordChar(code)) {
      // An apostrophe inside a word does not end it: "Medicine’s Ketamine" holds no "s Ketamine".
      prevWord = prevWord && isApostrophe(code);
      i++;
      continue;
    }
    if (!prevWord) {
      const m = longestOf(tries, text, i, foldCase(code));
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

/**
 * The longest match at `start` in any of the tries: the one whose form runs
 * furthest into the text (before any plural or possessive ending), and of
 * equal ones the earliest trie's, as a single trie holding all their forms
 * in that order would choose.
 */
function longestOf(tries: readonly FlatTrie[], text: string, start: number, firstCode: number): Match | null {
  let best: Match | null = null;
  let bestFormEnd = -1;
  for (const trie of tries) {
    if (step(trie, 0, firstCode) < 0) continue;
    const m = longestAt(trie, text, start, firstCode < 128 ? trie.rowOf[firstCode]! : -1);
    if (m && formEnd > bestFormEnd) {
      best = m;
      bestFormEnd = formEnd;
    }
  }
  return best;
}

/** Where the form of the last match longestAt returned ends in the text (set beside its result, to make no object per word). */
let formEnd = -1;

/**
 * `row`: the second step's row (FlatTrie.second) for the word's first
 * character, or -1 when it has none; it is used once, then the walk steps on.
 */
function longestAt(trie: FlatTrie, text: string, start: number, row: number): Match | null {
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
      node = row >= 0 ? trie.second[row + SEP]! : step(trie, node, SEP);
      row = -1;
      while (j < n && (isSeparator(text.charCodeAt(j)) || isIgnorable(text.charCodeAt(j)))) j++;
      continue;
    }
    const folded = foldCase(code);
    if (node === 0) node = step(trie, 0, folded);
    else {
      node = row >= 0 && folded < 128 ? trie.second[row + folded]! : step(trie, node, folded);
      row = -1;
    }
    j++;
    if (node >= 0 && mayEndAt(text, j) && trie.formFirst[node]! < trie.formFirst[node + 1]!) {
      const m = acceptAt(trie, node, text, start, j);
      if (m) {
        best = m;
        formEnd = j;
      }
    }
  }
  return best;
}

/**
 * Whether a form may end before `pos`: not when an ASCII letter or digit
 * follows that no ending can begin with (endingAt takes only 's, s, s' and
 * es), as the word goes on. Most steps of a walk are inside a word, so this
 * spares them a look at the trie's form table.
 */
function mayEndAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return !(c < 128 && ASCII_WORD[c] === 1) || (c | 0x20) === 0x73 || (c | 0x20) === 0x65;
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
