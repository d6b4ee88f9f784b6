import { describe, expect, it } from 'vitest';
import { entries as realEntries } from 'virtual:termlens-glossary';
import type { CategoryId, GlossaryEntry } from '../../glossary/schema';
import { createSearchIndex } from '../../glossary/search';

function entry(
  id: string,
  headword: string,
  forms: string[],
  category: CategoryId,
  explanation = 'A plain explanation that is long enough to pass for a real entry in this small test glossary.',
): GlossaryEntry {
  return {
    id,
    headword,
    forms: [{ text: headword }, ...forms.map((text) => ({ text }))],
    category,
    short: `Short definition of ${headword} for the test.`,
    explanation,
    related: [],
    sources: [{ title: 'A source', publisher: 'A publisher', url: 'https://medlineplus.gov/' }],
    reviewed: '2025-01-01',
  };
}

const small = [
  entry('ketamine', 'ketamine', ['Ketalar'], 'substance-mechanism'),
  entry(
    'esketamine',
    'esketamine',
    ['Spravato'],
    'substance-mechanism',
    'One of the two mirror-image halves of ketamine, given as a nasal spray under supervision in a clinic.',
  ),
  entry('ketamine-assisted-psychotherapy', 'ketamine-assisted psychotherapy', ['KAP'], 'treatment-administration'),
  entry('intranasal', 'intranasal', ['nasal spray', 'intranasally'], 'treatment-administration'),
  entry('treatment-resistant-depression', 'treatment-resistant depression', ['TRD'], 'condition'),
  entry('nerve-block', 'nerve block', [], 'treatment-administration'),
  entry('neuropathic-pain', 'neuropathic pain', ['nerve', 'nerve pain'], 'condition'),
  entry('crohns-disease', 'Crohn’s disease', [], 'condition'),
  entry('anesthesia', 'anesthesia', ['anaesthesia'], 'substance-mechanism'),
  entry('ptsd', 'PTSD', ['post-traumatic stress disorder'], 'condition'),
  entry('nmda-receptor', 'NMDA receptor', ['N-methyl-D-aspartate receptor'], 'substance-mechanism'),
];
const index = createSearchIndex(small);
const ids = (query: string, category?: CategoryId) =>
  index.search(query, category ? { category } : {}).map((e) => e.id);

describe('search ranking', () => {
  it('puts the exact headword first, then headword beginnings, then headwords that contain the word', () => {
    expect(ids('ketamine').slice(0, 3)).toEqual(['ketamine', 'ketamine-assisted-psychotherapy', 'esketamine']);
  });

  it('ranks an exact form or abbreviation above a headword that merely begins with the query', () => {
    expect(ids('nerve').slice(0, 2)).toEqual(['neuropathic-pain', 'nerve-block']);
    expect(ids('TRD')[0]).toBe('treatment-resistant-depression');
  });

  it('ranks names above entries that only mention the words in their definitions', () => {
    expect(ids('nasal spray')).toEqual(['intranasal', 'esketamine']);
  });

  it('shows the form that matched with each hit', () => {
    const [hit] = index.hits('spravato');
    expect(hit?.entry.id).toBe('esketamine');
    expect(hit?.kind).toBe('form');
    expect(hit?.matched).toBe('Spravato');
  });

  it('returns nothing for a query that matches no entry', () => {
    expect(ids('zebra crossing')).toEqual([]);
  });
});

describe('search tolerance', () => {
  it('ignores case, hyphens, spaces and dashes', () => {
    expect(ids('treatment resistant')[0]).toBe('treatment-resistant-depression');
    expect(ids('TREATMENT–RESISTANT DEPRESSION')[0]).toBe('treatment-resistant-depression');
    expect(ids('posttraumatic stress')[0]).toBe('ptsd');
    expect(ids('nmdareceptor')[0]).toBe('nmda-receptor');
    expect(ids('n methyl d aspartate')[0]).toBe('nmda-receptor');
  });

  it('ignores apostrophes and diacritics', () => {
    expect(ids('crohns')[0]).toBe('crohns-disease');
    expect(ids("Crohn's disease")[0]).toBe('crohns-disease');
    expect(ids('anæsthesia')).toContain('anesthesia');
    expect(ids('anesthésia')[0]).toBe('anesthesia');
  });

  it('forgives one insertion, deletion, substitution or swap in words of four letters or more', () => {
    expect(ids('ketamin')[0]).toBe('ketamine'); // deletion (and a beginning)
    expect(ids('ketammine')[0]).toBe('ketamine'); // insertion
    expect(ids('ketanine')[0]).toBe('ketamine'); // substitution
    expect(ids('ketmaine')[0]).toBe('ketamine'); // transposition
    expect(ids('treatmnet resistant')[0]).toBe('treatment-resistant-depression');
  });

  it('does not forgive typos in short words or two typos in one word', () => {
    expect(ids('tdr')).not.toContain('treatment-resistant-depression');
    expect(ids('kteamnie')).not.toContain('ketamine');
  });

  it('survives markup, very long queries and punctuation-only queries', () => {
    expect(ids('<img src=x onerror=alert(1)>')).toEqual([]);
    expect(() => ids('ketamine '.repeat(5000))).not.toThrow();
    expect(ids('---')).toHaveLength(small.length);
  });
});

describe('empty query and category filter', () => {
  it('lists every entry alphabetically by headword when the query is empty', () => {
    const headwords = index.search('').map((e) => e.headword.toLowerCase());
    expect(headwords).toHaveLength(small.length);
    expect(headwords).toEqual([...headwords].sort((a, b) => a.localeCompare(b)));
  });

  it('keeps only the chosen category, with and without a query', () => {
    expect(ids('', 'condition').sort()).toEqual(
      ['crohns-disease', 'neuropathic-pain', 'ptsd', 'treatment-resistant-depression'].sort(),
    );
    expect(ids('ketamine', 'treatment-administration')).toEqual(['ketamine-assisted-psychotherapy']);
  });
});

describe('search over the real glossary', () => {
  const real = createSearchIndex(realEntries);
  const top = (query: string) => real.search(query).map((e) => e.id);

  it('has entries to search', () => {
    expect(realEntries.length).toBeGreaterThan(20);
  });

  it.each([
    ['trd', 'treatment-resistant-depression'],
    ['TRD', 'treatment-resistant-depression'],
    ['nmda', 'nmda-receptor'],
    ['NMDA', 'nmda-receptor'],
    ['ketamin', 'ketamine'],
    ['treatment resistant depression', 'treatment-resistant-depression'],
    ['treatment resistant', 'treatment-resistance'],
    ['nasal spray', 'intranasal'],
  ])('"%s" finds %s first', (query, id) => {
    expect(top(query)[0]).toBe(id);
  });

  it('"treatment resistant" also finds treatment-resistant depression among the first three', () => {
    expect(top('treatment resistant').slice(0, 3)).toContain('treatment-resistant-depression');
  });

  it('"nasal spray" also finds esketamine, the nasal-spray medicine', () => {
    expect(top('nasal spray')).toContain('esketamine');
  });

  it('lists every real entry for an empty query', () => {
    expect(real.search('')).toHaveLength(realEntries.length);
  });
});
