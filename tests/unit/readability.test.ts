import { describe, expect, it } from 'vitest';
import { entries } from 'virtual:termlens-glossary';
import { countText, gradeLevel, median, percentile } from '../../glossary/readability';
import { needsPronunciation, type GlossaryEntry } from '../../glossary/schema';

/** Flesch-Kincaid grade by hand: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
const byHand = (sentences: number, words: number, syllables: number) =>
  0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;

describe('gradeLevel', () => {
  it('counts sentences, words and syllables of a plain sentence', () => {
    expect(countText('The cat sat on the mat.')).toEqual({ sentence: 1, word: 6, syllable: 6 });
    expect(gradeLevel('The cat sat on the mat.')).toBeCloseTo(byHand(1, 6, 6), 6);
  });

  it('reads an acronym letter by letter and splits two sentences', () => {
    // The(1) FDA(3) approved(2) it(1). It(1) is(1) a(1) nasal(2) spray(1).
    const text = 'The FDA approved it. It is a nasal spray.';
    expect(countText(text)).toEqual({ sentence: 2, word: 9, syllable: 13 });
    expect(gradeLevel(text)).toBeCloseTo(byHand(2, 9, 13), 6);
  });

  it('counts a hyphenated word as one word with the syllables of both parts', () => {
    // Es-ket-a-mine(4) is(1) ap-proved(2) for(1) treat-ment-re-sis-tant(5) de-pres-sion(3).
    const text = 'Esketamine is approved for treatment-resistant depression.';
    expect(countText(text)).toEqual({ sentence: 1, word: 6, syllable: 16 });
    expect(gradeLevel(text)).toBeGreaterThan(18);
  });

  it('rates short everyday sentences far below long technical ones', () => {
    const plain = 'Ketamine is a medicine. Doctors use it to put people to sleep for surgery.';
    const dense =
      'Ketamine is a noncompetitive N-methyl-D-aspartate receptor antagonist with dissociative anaesthetic properties.';
    expect(gradeLevel(plain)).toBeLessThan(7);
    expect(gradeLevel(dense)).toBeGreaterThan(gradeLevel(plain) + 10);
  });

  it('median and 90th percentile', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(Number.isNaN(median([]))).toBe(true);
  });
});

/** The glossary's reading limits, over every entry (glossary/README.md, Reading levels). */
const graded = (field: 'short' | 'explanation') =>
  entries.map((e) => ({ id: e.id, text: e[field], grade: gradeLevel(e[field]) }));

describe('glossary reading level', () => {
  it('every tooltip text is at most grade 8, and their median at most 7; it lists the ten hardest', () => {
    const rows = graded('short').sort((a, b) => b.grade - a.grade);
    console.log(
      `Ten hardest tooltips (of ${rows.length}):\n${rows
        .slice(0, 10)
        .map((r) => `${r.grade.toFixed(1).padStart(5)}  ${r.id}: ${r.text}`)
        .join('\n')}`,
    );
    expect(rows.filter((r) => r.grade > 8).map((r) => `${r.id} (grade ${r.grade.toFixed(2)})`)).toEqual([]);
    expect(median(rows.map((r) => r.grade))).toBeLessThanOrEqual(7);
  });

  it('every explanation is at most grade 10, and their median at most 9', () => {
    const rows = graded('explanation');
    expect(rows.filter((r) => r.grade > 10).map((r) => `${r.id} (grade ${r.grade.toFixed(2)})`)).toEqual([]);
    expect(median(rows.map((r) => r.grade))).toBeLessThanOrEqual(9);
  });

  it('says how to pronounce at least 40 terms, every one the rule asks for among them', () => {
    expect(entries.filter((e) => needsPronunciation(e) && !e.pronunciation).map((e) => e.id)).toEqual([]);
    expect(entries.filter((e) => e.pronunciation).length).toBeGreaterThanOrEqual(40);
  });
});

describe('which entries need a pronunciation', () => {
  const entry = (headword: string, category: GlossaryEntry['category']) => ({ id: 'x', headword, category });
  it('acronyms always; drugs, mechanisms and conditions; not plain effects or organisations by name', () => {
    expect(needsPronunciation(entry('PTSD', 'condition'))).toBe(true);
    expect(needsPronunciation(entry('REMS', 'treatment-administration'))).toBe(true);
    expect(needsPronunciation(entry('mTOR', 'substance-mechanism'))).toBe(true);
    expect(needsPronunciation(entry('esketamine', 'substance-mechanism'))).toBe(true);
    expect(needsPronunciation(entry('Fibromyalgia', 'condition'))).toBe(true);
    expect(needsPronunciation(entry('Dizziness', 'effect-risk'))).toBe(false);
    expect(needsPronunciation(entry('MedlinePlus', 'organisation'))).toBe(false);
  });
});
