import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * Flesch-Kincaid grade of a glossary text. The formula and the syllable counts
 * come from maintained libraries (flesch-kincaid, syllable); only the split
 * into sentences and words is ours. Abbreviations written in capitals ("FDA",
 * "NMDA") are read letter by letter, as a reader says them, so each letter
 * counts as one syllable.
 */
const WORD = /[A-Za-z][A-Za-z'’-]*/g;
// A sentence ends at . ! ? followed by a space and a capital or digit, or at the end of the text.
const SENTENCE_END = /[.!?]+(?=\s+["“(]?[A-Z0-9]|\s*$)/g;

function syllablesOf(word: string): number {
  if (/^[A-Z]{2,6}s?$/.test(word)) return word.replace(/s$/, '').length;
  return word
    .split(/[-’']/)
    .filter(Boolean)
    .reduce((sum, part) => sum + Math.max(1, syllable(part)), 0);
}

type TextCounts = { sentence: number; word: number; syllable: number };

export function countText(text: string): TextCounts {
  const words = text.match(WORD) ?? [];
  const sentences = Math.max(1, (text.match(SENTENCE_END) ?? []).length);
  return { sentence: sentences, word: words.length, syllable: words.reduce((n, w) => n + syllablesOf(w), 0) };
}

/** The U.S. school grade a reader needs for this text (lower is easier). */
export function gradeLevel(text: string): number {
  return fleschKincaid(countText(text));
}

/** The middle value (the mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  if (!sorted.length) return Number.NaN;
  return Number.isInteger(mid) ? (sorted[mid - 1]! + sorted[mid]!) / 2 : sorted[Math.floor(mid)]!;
}

/** The nearest-rank percentile (q = 0.9: the smallest value at or above 90 % of the values); NaN for none. */
export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
