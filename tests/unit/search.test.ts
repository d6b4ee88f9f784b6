import { describe, expect, it, vi } from 'vitest';
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
    clinical: `Detailed definition of ${headword}, for clinicians, in this test glossary.`,
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

describe('why a hit is listed', () => {
  const marked = (query: string, id: string) =>
    index
      .hits(query)
      .find((h) => h.entry.id === id)
      ?.snippet?.map((p) => (p.mark ? `[${p.text}]` : p.text))
      .join('');

  it('a definition hit carries the piece of the definition with the searched words marked', () => {
    const hit = index.hits('nasal spray').find((h) => h.entry.id === 'esketamine');
    expect(hit?.kind).toBe('definition');
    expect(marked('nasal spray', 'esketamine')).toBe(
      'One of the two mirror-image halves of ketamine, given as a [nasal spray] under supervision in a clinic.',
    );
  });

  it('name hits carry no snippet; the headword or form is their reason', () => {
    const [hit] = index.hits('nasal spray');
    expect(hit).toMatchObject({ kind: 'form', matched: 'nasal spray' });
    expect(hit?.snippet).toBeUndefined();
  });

  it('a snippet of a long definition starts near the words, cut at a word, with ellipses', () => {
    const long = [
      entry(
        'long',
        'long entry',
        [],
        'condition',
        `${'Opening words that say nothing about it at all. '.repeat(4)}Here the rare glutamate word appears, and then ${'more filler text follows it for a while. '.repeat(4)}`,
      ),
    ];
    const [hit] = createSearchIndex(long).hits('glutamate');
    const text = hit!.snippet!.map((p) => p.text).join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThan(160);
    expect(hit!.snippet!.filter((p) => p.mark).map((p) => p.text)).toEqual(['glutamate']);
  });

  it('marks stay text: a query with markup is matched as words, never as HTML', () => {
    const odd = [entry('odd', 'odd entry', [], 'condition', 'Some text with <b>bold</b> in it, long enough to count.')];
    const [hit] = createSearchIndex(odd).hits('<b>bold');
    // The parts are the definition's own characters, markup included as literal text, split around the match.
    expect(hit?.snippet?.map((p) => p.text).join('')).toBe('Some text with <b>bold</b> in it, long enough to count.');
    expect(hit?.snippet?.filter((p) => p.mark).map((p) => p.text)).toEqual(['b>bold']);
  });

  it('weak definition hits (the words far apart) are dropped when a name matched', () => {
    const scattered = [
      ...small,
      entry(
        'scattered',
        'scattered',
        [],
        'condition',
        'A nasal rinse is not a spray of any kind, and this text says so.',
      ),
    ];
    const hits = createSearchIndex(scattered).hits('nasal spray');
    expect(hits.map((h) => h.entry.id)).toEqual(['intranasal', 'esketamine']);
    // Alone, the weak hit is still found: something is better than nothing.
    expect(
      createSearchIndex(scattered.slice(-1))
        .search('nasal spray')
        .map((e) => e.id),
    ).toEqual(['scattered']);
  });

  it('after name hits, at most five definition hits follow', () => {
    const many = [
      ...small,
      ...Array.from({ length: 8 }, (_, i) =>
        entry(
          `mention-${i}`,
          `mention ${i}`,
          [],
          'condition',
          'This text mentions intranasal use once and that is all.',
        ),
      ),
    ];
    const hits = createSearchIndex(many).hits('intranasal');
    expect(hits[0]?.entry.id).toBe('intranasal');
    expect(hits.filter((h) => h.kind === 'definition')).toHaveLength(5);
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

  it('sorts without loading collation data (glossary/alphabetical.ts says why)', () => {
    const collate = vi.spyOn(String.prototype, 'localeCompare');
    expect(createSearchIndex(small).search('')).toHaveLength(small.length);
    expect(collate).not.toHaveBeenCalled();
    collate.mockRestore();
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

  it('"nasal spray": names first, then only definitions that hold the phrase, each with its marked snippet', () => {
    const hits = real.hits('nasal spray');
    expect(hits[0]?.kind).not.toBe('definition');
    const firstDefinition = hits.findIndex((h) => h.kind === 'definition');
    expect(hits.slice(firstDefinition).every((h) => h.kind === 'definition')).toBe(true);
    expect(hits.filter((h) => h.kind === 'definition').length).toBeLessThanOrEqual(5);
    for (const h of hits.filter((x) => x.kind === 'definition')) {
      expect(h.snippet?.filter((p) => p.mark).map((p) => p.text.toLowerCase())).toEqual(['nasal spray']);
    }
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
