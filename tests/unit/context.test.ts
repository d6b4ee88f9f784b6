import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entries } from 'virtual:termlens-glossary';
import { MIN_DISTINCT_ENTRIES } from '../../glossary/context';
import { compileMatcher } from '../../glossary/matcher';
import { analyzeBlocks } from '../../glossary/page-model';
import { buildGuards } from '../../glossary/sense';

const matcher = compileMatcher(entries);
const guards = buildGuards(entries);
const byId = new Map(entries.map((e) => [e.id, e]));
const isOrganisation = (id: string) => byId.get(id)?.category === 'organisation';
/** A page of one block of reading content, every occurrence marked: the context rule alone. */
const analyze = (text: string) => {
  const placed = analyzeBlocks([{ text, reading: true, heading: false }], matcher, guards, isOrganisation, {
    density: 'every',
    everywhere: false,
  });
  const highlighted = placed.filter((p) => p.state === 'shown').map((p) => p.match);
  const held = placed.filter((p) => p.state === 'held').map((p) => p.match);
  const evidence = new Set(highlighted.filter((m) => !m.ambiguous && !isOrganisation(m.entryId)).map((m) => m.entryId));
  return { highlighted, held, contextSatisfied: held.length === 0 && evidence.size >= MIN_DISTINCT_ENTRIES };
};
const read = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'context', `${name}.txt`), 'utf8');
const words = (text: string, ms: { start: number; end: number }[]) =>
  ms.map((m) => text.slice(m.start, m.end).toLowerCase());

describe('pages that are not about medicine', () => {
  // Each page uses ambiguous glossary words in their everyday sense; `stray` lists the
  // unambiguous medical terms the prose happens to use, which are rightly highlighted.
  it.each([
    { page: 'henry-iv', ambiguous: ['iv', 'confusion'], stray: [] },
    { page: 'great-depression', ambiguous: ['depression', 'confusion'], stray: ['alcoholism'] },
    { page: 'integration-tests', ambiguous: ['integration', 'tolerance', 'dependency', 'dependencies'], stray: [] },
    // "risk tolerance" is not even held: its sense guard (glossary/sense-guards.ts) drops it.
    { page: 'trading', ambiguous: ['ema'], stray: [] },
    { page: 'vertigo-film', ambiguous: ['vertigo', 'dizziness', 'who'], stray: [] },
    { page: 'cereal', ambiguous: ['special k', "special k's"], stray: [] },
  ])('$page highlights none of its ambiguous words', ({ page, ambiguous, stray }) => {
    const text = read(page);
    const result = analyze(text);
    expect(result.contextSatisfied).toBe(false);
    expect(words(text, result.highlighted)).toEqual(stray);
    // The words were found and held back, not missed.
    expect(new Set(words(text, result.held))).toEqual(new Set(ambiguous));
  });
});

describe('pages about ketamine treatment', () => {
  it.each(['ketamine-therapy', 'ketamine-trial-news'])('%s highlights depression, confusion and nausea', (page) => {
    const text = read(page);
    const result = analyze(text);
    expect(result.contextSatisfied).toBe(true);
    expect(result.held).toEqual([]);
    expect(words(text, result.highlighted)).toEqual(
      expect.arrayContaining(['depression', 'confusion', 'nausea', 'dissociation']),
    );
  });

  it('highlights the IV of an IV infusion on a medical page but not on a history page', () => {
    const medical = analyze(read('ketamine-therapy'));
    expect(medical.highlighted.some((m) => m.entryId === 'iv-infusion')).toBe(true);
    const history = analyze(read('henry-iv'));
    expect(history.highlighted.some((m) => m.entryId === 'iv-infusion')).toBe(false);
  });
});

describe('the context rule', () => {
  // Unambiguous headwords of different entries, none of them organisations.
  const evidence = ['ketamine', 'fibromyalgia', 'migraine', 'esketamine', 'glutamate', 'neuropathic pain'];

  it(`needs ${MIN_DISTINCT_ENTRIES} different unambiguous entries before ambiguous words are highlighted`, () => {
    const below = `${evidence.slice(0, MIN_DISTINCT_ENTRIES - 1).join(', ')} and nausea.`;
    const at = `${evidence.slice(0, MIN_DISTINCT_ENTRIES).join(', ')} and nausea.`;
    expect(words(below, analyze(below).highlighted)).not.toContain('nausea');
    expect(words(at, analyze(at).highlighted)).toContain('nausea');
  });

  it('counts an entry once however often it appears', () => {
    const text = `${Array(5).fill(evidence[0]).join(', ')} and nausea.`;
    expect(analyze(text).contextSatisfied).toBe(MIN_DISTINCT_ENTRIES <= 1);
  });

  it('takes no evidence from organisations or from ambiguous words', () => {
    const text =
      'The FDA, the WHO, NIMH and the National Health Service discussed depression, confusion, nausea, IV and tolerance.';
    const result = analyze(text);
    expect(result.contextSatisfied).toBe(false);
    expect(words(text, result.highlighted)).toEqual(['fda', 'nimh', 'national health service']);
  });

  it('binds an abbreviation the page defines, so it is highlighted without medical context', () => {
    const text = 'The European Medicines Agency (EMA) moved to Amsterdam. Staff said the EMA move went well.';
    const result = analyze(text);
    expect(result.contextSatisfied).toBe(false);
    // The name and its abbreviation in parentheses are one occurrence of one term.
    expect(result.highlighted.map((m) => [text.slice(m.start, m.end), m.entryId])).toEqual([
      ['European Medicines Agency (EMA)', 'ema'],
      ['EMA', 'ema'],
    ]);
  });
});
