import { lazyPattern } from './lazy-pattern';

/**
 * Character classes the matcher works with. Pages write the same term many
 * ways: "treatment-resistant", "treatment resistant", "treatment–resistant",
 * split by a line break or a no-break space, with a soft hyphen inside a
 * word, or a curly apostrophe. These functions fold all of that to one form
 * so the matcher compares like with like, while offsets still point into the
 * original text.
 */

/** Space, hyphen, dashes, no-break spaces, line breaks: all one separator inside multi-word forms. */
export function isSeparator(code: number): boolean {
  return (
    code === 0x20 || // space
    code === 0x2d || // hyphen-minus
    (code >= 0x09 && code <= 0x0d) || // tab, line breaks
    code === 0xa0 || // no-break space
    code === 0x2010 || // hyphen
    code === 0x2011 || // non-breaking hyphen
    code === 0x2012 || // figure dash
    code === 0x2013 || // en dash
    code === 0x202f || // narrow no-break space
    code === 0x2009 || // thin space
    code === 0x200a || // hair space
    code === 0x2002 ||
    code === 0x2003
  );
}

/** Invisible characters that never separate words: soft hyphen, zero-width joiners, word joiner, BOM. */
export function isIgnorable(code: number): boolean {
  return code === 0xad || code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff;
}

export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x2032;
}

/** 1 for ASCII letters and digits: the matcher's loop reads it directly for the characters most text is made of. */
export const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
}
/** Text with no character past ASCII, which the ASCII paths beside each Unicode pattern answer for. */
export const ASCII_ONLY = /^[\0-\x7f]*$/;
const WORD_RE = lazyPattern(() => /[\p{L}\p{N}\p{M}]/u);
const wordCache = new Map<number, boolean>();

/**
 * The characters most pages use beyond ASCII, answered without the regular
 * expression: compiling a Unicode-property class costs milliseconds on the
 * first curly quote or dash of every page. Latin-1 letters and digits (ª ² ³
 * µ ¹ º ¼–¾ À–ÿ but × ÷), Latin Extended-A and -B (all letters), General
 * Punctuation (none). tests/unit/normalize.test.ts holds them to the regex.
 */
function knownWordChar(code: number): boolean | undefined {
  if (code < 0x100) {
    if (code >= 0xc0) return code !== 0xd7 && code !== 0xf7;
    return (
      code === 0xaa ||
      code === 0xb2 ||
      code === 0xb3 ||
      code === 0xb5 ||
      code === 0xb9 ||
      code === 0xba ||
      (code >= 0xbc && code <= 0xbe)
    );
  }
  if (code < 0x250) return true;
  if (code >= 0x2000 && code < 0x2070) return false;
  return undefined;
}

/** Letters, digits and combining marks, in any script: a match may not start or end next to one. */
export function isWordChar(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  const quick = knownWordChar(code);
  if (quick !== undefined) return quick;
  let known = wordCache.get(code);
  if (known === undefined) {
    // Surrogate halves stand for characters outside the BMP, nearly always emoji on the
    // pages TermLens reads: they separate words, so "😀ketamine😀" holds a term.
    known = !(code >= 0xd800 && code <= 0xdfff) && WORD_RE().test(String.fromCharCode(code));
    wordCache.set(code, known);
  }
  return known;
}

const foldCache = new Map<number, number>();

/** The case-folded code unit used as a key in the matcher's trie. */
export function foldCase(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  if (isApostrophe(code)) return 0x27;
  let folded = foldCache.get(code);
  if (folded === undefined) {
    const lower = String.fromCharCode(code).toLowerCase();
    folded = lower.length === 1 ? lower.charCodeAt(0) : code;
    foldCache.set(code, folded);
  }
  return folded;
}

/**
 * A form or a stretch of page text in canonical shape: separators collapsed
 * to one space, apostrophes straightened, invisible characters dropped. With
 * `fold`, case is folded too.
 */
export function canonical(text: string, fold: boolean): string {
  let out = '';
  let pendingSep = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code)) continue;
    if (isSeparator(code)) {
      pendingSep = out.length > 0;
      continue;
    }
    if (pendingSep) {
      out += ' ';
      pendingSep = false;
    }
    const c = isApostrophe(code) ? 0x27 : code;
    out += String.fromCharCode(fold ? foldCase(c) : c);
  }
  return out;
}

/** The characters String.prototype.trim() removes: ECMAScript's white space and line terminators. */
function isTrimSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `text.trim().length` without making the trimmed copy: the page model asks it
 * of every paragraph of a page (entrypoints/content/block-facts.ts), and a copy
 * per paragraph is 50,000 strings on the bench's largest page.
 */
export function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimSpace(text.charCodeAt(start))) start++;
  while (end > start && isTrimSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}
