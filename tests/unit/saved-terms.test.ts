import Papa from 'papaparse';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavedTerm } from '../../lib/saved-terms';

async function fresh() {
  vi.resetModules();
  return import('../../lib/saved-terms');
}

const day = (d: number) => new Date(Date.UTC(2026, 10, d, 9));

describe('My terms storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps saved terms newest first; saving one again keeps its note and moves it to the top', async () => {
    const { saveTerm, setNote, loadSavedTerms } = await fresh();
    await saveTerm({ id: 'ketamine', headword: 'ketamine', definition: 'An anesthetic medicine.' }, day(1));
    await saveTerm({ id: 'crps', headword: 'CRPS', definition: 'A long-lasting pain condition.' }, day(2));
    await setNote('ketamine', 'ask about blood pressure');
    await saveTerm({ id: 'ketamine', headword: 'ketamine', definition: 'An anesthetic medicine.' }, day(3));
    const terms = await loadSavedTerms();
    expect(terms.map((t) => [t.id, t.note])).toEqual([
      ['ketamine', 'ask about blood pressure'],
      ['crps', ''],
    ]);
    expect(terms[0]!.saved).toBe(day(3).toISOString());
  });

  it('remove, undo puts it back in its place; clear empties the notebook', async () => {
    const { saveTerm, removeTerm, restoreTerm, clearSavedTerms, loadSavedTerms } = await fresh();
    for (const [i, id] of ['a-term', 'b-term', 'c-term'].entries())
      await saveTerm({ id, headword: id, definition: `Definition of ${id}.` }, day(i + 1));
    const before = await loadSavedTerms();
    const middle = before[1]!;
    expect((await removeTerm(middle.id)).map((t) => t.id)).toEqual(['c-term', 'a-term']);
    expect(await restoreTerm(middle, 1)).toEqual(before);
    expect(await clearSavedTerms()).toEqual([]);
  });

  it('drops unusable stored items one by one and never keeps a page address that is not http(s)', async () => {
    const { readSavedTerms } = await fresh();
    const good = { id: 'ketamine', headword: 'ketamine', definition: 'An anesthetic.', saved: day(1).toISOString() };
    const read = readSavedTerms({
      terms: [
        good,
        { ...good, id: 'Not An Id' },
        { ...good, id: 'crps', saved: 'yesterday' },
        { ...good, id: 'tms', pageUrl: 'javascript:alert(1)', pageTitle: 'x' },
        good,
        'nonsense',
      ],
    });
    expect(read.map((t) => t.id)).toEqual(['ketamine', 'tms']);
    expect(read[1]).not.toHaveProperty('pageUrl');
    expect(readSavedTerms('broken')).toEqual([]);
  });

  it('a page title and address are kept only when given (the setting decides in the tooltip)', async () => {
    const { saveTerm } = await fresh();
    const [plain] = await saveTerm({ id: 'ketamine', headword: 'ketamine', definition: 'An anesthetic.' });
    expect(plain).not.toHaveProperty('pageUrl');
    const [withPage] = await saveTerm({
      id: 'crps',
      headword: 'CRPS',
      definition: 'A pain condition.',
      pageTitle: 'Pain clinic',
      pageUrl: 'https://example.org/pain',
    });
    expect(withPage).toMatchObject({ pageTitle: 'Pain clinic', pageUrl: 'https://example.org/pain' });
  });
});

describe('My terms exports', () => {
  const terms: SavedTerm[] = [
    {
      id: 'nmda-receptor',
      headword: 'NMDA receptor',
      definition: 'A docking spot, "gate", on nerve cells;\tused in memory.',
      saved: day(2).toISOString(),
      note: 'ask about\nblood pressure, and <dose>',
    },
    {
      id: 'crps',
      headword: 'CRPS',
      definition: 'A long-lasting pain condition.',
      saved: day(1).toISOString(),
      note: '',
    },
  ];
  const def = (t: SavedTerm) => t.definition;

  it('the CSV parses back to the same terms, definitions and notes', async () => {
    const { notebookCsv } = await import('../../lib/saved-terms-export');
    const parsed = Papa.parse<Record<string, string>>(notebookCsv(terms, def).replace(/^\ufeff/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => [r.term, r.definition, r.note, r.saved])).toEqual(
      terms.map((t) => [t.headword, t.definition, t.note, t.saved.slice(0, 10)]),
    );
  });

  it('the Anki file names its separator and columns, and parses back to term → definition', async () => {
    const { notebookAnki } = await import('../../lib/saved-terms-export');
    const text = notebookAnki(terms, def);
    expect(text.split('\n').slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#columns:Front\tBack']);
    const parsed = Papa.parse<string[]>(text, { delimiter: '\t', comments: '#', skipEmptyLines: true });
    expect(parsed.data).toEqual(terms.map((t) => [t.headword, t.definition]));
  });
});
