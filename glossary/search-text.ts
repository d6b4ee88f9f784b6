/**
 * Text folding and typo tolerance for the reference search. People type terms
 * the way they remember them ("Crohns", "treatment resistant", "anaesthesia",
 * "nmda"), so both the query and the glossary are reduced to the same plain
 * form before they are compared.
 */

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘ʼ`´]/g;
// Dots inside abbreviations ("U.S.", "S.S.R.I.") vanish so they match the undotted form.
const DOTS = /\./g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** Lower case, no diacritics, no apostrophes; hyphens, dashes and other punctuation become single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(DOTS, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}

/** The shortest word length at which one typo is forgiven: "trd" must be exact, "ketamin" may slip. */
export const MIN_TYPO_LENGTH = 4;

/**
 * True when a and b differ by at most one insertion, deletion, substitution
 * or swap of two neighbouring letters (Damerau–Levenshtein distance ≤ 1).
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** How a typed word relates to a glossary word: exactly, as its beginning, or with one typo. */
export type WordFit = 'exact' | 'prefix' | 'typo' | 'typo-prefix';

/**
 * Compares one typed word with one glossary word. A beginning counts only when
 * `allowPrefix` (the word being typed, or a long enough fragment); a typo only
 * for words of MIN_TYPO_LENGTH letters or more.
 */
export function fitWord(typed: string, word: string, allowPrefix: boolean): WordFit | null {
  if (typed === word) return 'exact';
  if (allowPrefix && word.startsWith(typed)) return 'prefix';
  if (typed.length < MIN_TYPO_LENGTH) return null;
  if (withinOneEdit(typed, word)) return 'typo';
  if (allowPrefix && word.length > typed.length) {
    // A typo in a half-typed word: compare with the glossary word's beginning of about the same length.
    for (const len of [typed.length, typed.length + 1, typed.length - 1]) {
      if (len < word.length && withinOneEdit(typed, word.slice(0, len))) return 'typo-prefix';
    }
  }
  return null;
}
