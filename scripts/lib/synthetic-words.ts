/**
 * Made-up words for large synthetic glossaries: the benchmark's 5,000-term
 * reader glossary (scripts/bench/own-glossary.ts) and the matcher's
 * 20,000-term test (tests/unit/matcher-compiled.test.ts). No two numbers give
 * the same word, and none is an English word a glossary would hold.
 */
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ter',
  'van',
  'sul',
  'dre',
  'po',
  'xin',
  'ur',
  'bel',
  'tho',
  'qua',
  'zen',
  'fi',
  'gor',
];

/** A word of `len` syllables for i: its base-16 digits, lowest first, one syllable each. */
export function syntheticWord(i: number, len: number): string {
  let s = '';
  for (let k = 0; k < len; k++) s += SYLLABLES[(i >> (k * 4)) & 15]!;
  return s;
}
