import { describe, expect, it } from 'vitest';
import { entries } from 'virtual:termlens-glossary';
import { compileMatcher } from '../../glossary/matcher';
import { matchBlock } from '../../glossary/page-model';
import { buildGuards, failsGuard, mergeExpansions } from '../../glossary/sense';
import { SENSE_GUARDS } from '../../glossary/sense-guards';

const matcher = compileMatcher(entries);
const guards = buildGuards(entries);
const found = (text: string) =>
  matchBlock(text, matcher, new Map(), guards).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);

describe('everyday phrases are not terms', () => {
  it.each([
    ['It offers long-lasting pain relief after surgery.', []],
    ['She has lived with long-lasting pain since the accident.', ['long-lasting pain=chronic-pain']],
    ['The Great Depression hit farmers hardest.', []],
    ['Henry IV was crowned in 1399.', []],
    ['Run the integration tests before you merge.', []],
    ['The rules allow zero tolerance for late filings.', []],
    ['Economic dependence on oil worries the minister.', []],
    ['His tolerance of Protestants angered Rome.', []],
    ['Patients develop tolerance to ketamine over months.', ['tolerance=tolerance', 'ketamine=ketamine']],
    ['Confusion in bond markets spread on Friday.', []],
  ])('%s → %o', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('an expansion written with its abbreviation is one occurrence', () => {
  it.each([
    ['It is given as an intravenous (IV) infusion over 40 minutes.', ['intravenous (IV) infusion=iv-infusion']],
    ['Complex regional pain syndrome (CRPS) is rare.', ['Complex regional pain syndrome (CRPS)=crps']],
    ['CRPS (complex regional pain syndrome) is rare.', ['CRPS (complex regional pain syndrome)=crps']],
    ['Ketamine and esketamine differ.', ['Ketamine=ketamine', 'esketamine=esketamine']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('never joins two different entries, nor the same entry across other words', () => {
    const text = 'ketamine, then ketamine';
    const ms = [
      { start: 0, end: 8, entryId: 'ketamine', form: 'ketamine', ambiguous: false },
      { start: 15, end: 23, entryId: 'ketamine', form: 'ketamine', ambiguous: false },
    ];
    expect(mergeExpansions(text, ms)).toHaveLength(2);
  });
});

describe('guard phrases', () => {
  const g = { notFollowedBy: ['relief', 'of funds'], notPrecededBy: ['great'] };
  it.each([
    ['pain relief', 0, 4, true],
    ['pain relievers', 0, 4, false], // whole words only
    ['pain reliefs', 0, 4, false],
    ['pain relief2', 0, 4, false],
    ['pain reliefé', 0, 4, false], // a letter past ASCII continues the word too
    ['pain relief— at last', 0, 4, true],
    ['the ungreat depression', 12, 22, false],
    ['the 1great depression', 11, 21, false],
    ['misuse of funds', 0, 6, true],
    ['misuse of fundamental rights', 0, 6, false],
    ['the Great  Depression', 11, 21, true],
    ['the greatest depression', 13, 23, false],
  ] as const)('%s [%i,%i) fails: %s', (text, start, end, fails) => {
    expect(failsGuard(text, { start, end }, g)).toBe(fails);
  });
});

describe('the guard data', () => {
  it('names only entries and forms that exist', () => {
    const byId = new Map(entries.map((e) => [e.id, new Set(e.forms.map((f) => f.text))]));
    const missing: string[] = [];
    for (const [id, forms] of Object.entries(SENSE_GUARDS))
      for (const form of Object.keys(forms)) if (!byId.get(id)?.has(form)) missing.push(`${id}: ${form}`);
    expect(missing).toEqual([]);
  });
});
