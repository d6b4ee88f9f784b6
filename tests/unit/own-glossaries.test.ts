import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MedicalContext } from '../../glossary/context';
import { CHUNK, compileGlossary, matchableEntries } from '../../glossary/own/compile';
import { importGlossary } from '../../glossary/own/import';
import type { OwnTerm } from '../../glossary/own/schema';
import { getMatcher, headwordOf, isNotEvidence, setSources } from '../../entrypoints/content/glossary-data';
import {
  addGlossary,
  addTerm,
  deleteGlossary,
  loadGlossaryList,
  loadOwnSources,
  loadTerm,
  loadTerms,
  replaceTerms,
  restoreGlossary,
  updateGlossary,
} from '../../lib/own-glossaries';

const term = (t: string, definition = `About ${t}.`, extra: Partial<OwnTerm> = {}): OwnTerm => ({
  term: t,
  definition,
  aliases: [],
  caseSensitive: false,
  ambiguous: false,
  ...extra,
});

const many = (count: number) => Array.from({ length: count }, (_, i) => term(`ward term ${i}`));

describe("the reader's glossaries in storage", () => {
  beforeEach(() => fakeBrowser.reset());

  it('an import is listed with its name, file and count, and pages read only its compiled form', async () => {
    const meta = await addGlossary({ name: 'Ward terms', file: 'ward.csv', terms: many(1200) });
    const list = await loadGlossaryList();
    expect(list.glossaries).toEqual([
      expect.objectContaining({ id: meta.id, name: 'Ward terms', file: 'ward.csv', count: 1200, on: true }),
    ]);
    const [source] = await loadOwnSources(list);
    expect(source?.entries).toHaveLength(1200);
    expect(source?.entries[1100]).toEqual({ id: `o-${meta.id}-1100`, forms: [{ text: 'ward term 1100' }] });
    // Terms live in chunks: a tooltip reads one, the options page all of them.
    expect(await loadTerm(meta.id, 1100)).toEqual(term('ward term 1100'));
    expect(await loadTerms(meta)).toEqual(many(1200));
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).filter((k) => k.startsWith(`glossary-${meta.id}-terms-`))).toHaveLength(
      Math.ceil(1200 / CHUNK),
    );
  });

  it('a glossary switched off is not read by pages at all', async () => {
    const meta = await addGlossary({ name: 'A', file: '', terms: many(3) });
    await updateGlossary(meta.id, { on: false });
    const get = vi.spyOn(storage, 'getItems');
    expect(await loadOwnSources(await loadGlossaryList())).toEqual([]);
    expect(get).not.toHaveBeenCalled();
    get.mockRestore();
  });

  it('a failed write (storage full) leaves the list and every other glossary as they were', async () => {
    await addGlossary({ name: 'Kept', file: 'kept.csv', terms: many(2) });
    const before = await fakeBrowser.storage.local.get(null);
    const set = vi.spyOn(storage, 'setItems').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(addGlossary({ name: 'Too big', file: 'big.csv', terms: many(5) })).rejects.toThrow(
      'The glossary could not be saved (QUOTA_BYTES quota exceeded).',
    );
    set.mockRestore();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('an edit whose write fails (storage full) keeps the glossary as it was, its terms and what pages match', async () => {
    const meta = await addGlossary({ name: 'Kept', file: 'kept.csv', terms: many(3) });
    const before = await fakeBrowser.storage.local.get(null);
    const set = vi.spyOn(storage, 'setItems').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(replaceTerms(meta.id, many(CHUNK + 10))).rejects.toThrow('QUOTA_BYTES');
    set.mockRestore();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    const [source] = await loadOwnSources(await loadGlossaryList());
    expect(
      source!
        .matcher()
        .match('See ward term 2 and ward term 3.')
        .map((m) => m.entryId),
    ).toEqual([`o-${meta.id}-2`]);
  });

  it('refuses to go past 20,000 terms in all, with the reason', async () => {
    await addGlossary({ name: 'Big', file: '', terms: many(19_999) });
    await expect(addGlossary({ name: 'More', file: '', terms: many(2) })).rejects.toThrow(
      'Your glossaries would hold 20,001 terms. TermLens keeps up to 20,000 in all: delete some first.',
    );
    expect((await loadGlossaryList()).glossaries).toHaveLength(1);
  });

  it('delete and undo give back the same glossary, at its place, with the same term ids', async () => {
    const a = await addGlossary({ name: 'A', file: 'a.csv', terms: many(2) });
    const b = await addGlossary({ name: 'B', file: 'b.csv', terms: [term('triage')] });
    const deleted = await deleteGlossary(a.id);
    expect((await loadGlossaryList()).glossaries.map((g) => g.name)).toEqual(['B']);
    expect(await loadTerm(a.id, 1)).toBeNull();
    await restoreGlossary(deleted!);
    const list = await loadGlossaryList();
    expect(list.glossaries.map((g) => [g.id, g.name])).toEqual([
      [a.id, 'A'],
      [b.id, 'B'],
    ]);
    expect(await loadTerm(a.id, 1)).toEqual(term('ward term 1'));
  });

  it('editing terms rewrites the glossary and drops chunks it no longer needs', async () => {
    const g = await addGlossary({ name: 'A', file: '', terms: many(CHUNK + 10) });
    await replaceTerms(g.id, [term('only one')]);
    expect((await loadGlossaryList()).glossaries[0]?.count).toBe(1);
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys.filter((k) => k.includes('-terms-'))).toEqual([`glossary-${g.id}-terms-0`]);
  });

  it('"Add to my glossary" makes "My glossary" once, then adds to it; the same words replace the old term', async () => {
    const first = await addTerm(term('Room 4B', 'The quiet room.'));
    const second = await addTerm(term('triage', 'Sorting by urgency.'));
    const again = await addTerm(term('room 4b', 'The quiet room on floor 4.'));
    const list = await loadGlossaryList();
    expect(list.glossaries.map((g) => [g.name, g.count])).toEqual([['My glossary', 2]]);
    const id = list.glossaries[0]!.id;
    expect([first, second, again]).toEqual([`o-${id}-0`, `o-${id}-1`, `o-${id}-0`]);
    expect((await loadTerms(list.glossaries[0]!)).map((t) => t.definition)).toEqual([
      'The quiet room on floor 4.',
      'Sorting by urgency.',
    ]);
  });

  it('"Add to my glossary" keeps adding to the glossary it made when the interface spoke another language', async () => {
    await addGlossary({ name: 'Ward list', file: 'ward.csv', terms: [term('triage')] });
    const spanish = await addGlossary({ name: 'Mi glosario', file: '', terms: [term('sala 4B')] });
    await addTerm(term('Room 4B', 'The quiet room.'));
    const list = await loadGlossaryList();
    expect(list.glossaries.map((g) => [g.name, g.count])).toEqual([
      ['Ward list', 1],
      ['Mi glosario', 2],
    ]);
    expect((await loadTerms(list.glossaries.find((g) => g.id === spanish.id)!)).map((t) => t.term)).toEqual([
      'sala 4B',
      'Room 4B',
    ]);
  });
});

describe("the reader's terms on a page", () => {
  const own = (terms: OwnTerm[]) => {
    const entries = matchableEntries('abc123', compileGlossary(terms));
    return { name: 'Ward terms', entries, headwords: new Map(entries.map((e, i) => [e.id, terms[i]!.term])) };
  };

  it("the reader's term wins over a bundled form that reads the same, and names its own headword", () => {
    setSources([own([term('ketamine', 'Our clinic’s word for the infusion.')])], true);
    const [m] = getMatcher().match('We said ketamine.');
    expect(m).toMatchObject({ entryId: 'o-abc123-0', form: 'ketamine' });
    expect(headwordOf('o-abc123-0')).toBe('ketamine');
  });

  it('the longest match wins across glossaries', () => {
    setSources([own([term('ketamine clinic'), term('clinic')])], true);
    const found = getMatcher()
      .match('At the ketamine clinic, esketamine.')
      .map((m) => [m.entryId, m.form]);
    expect(found).toEqual([
      ['o-abc123-0', 'ketamine clinic'],
      ['esketamine', 'esketamine'],
    ]);
  });

  it('with the bundled glossary off, only the reader’s terms are found', () => {
    setSources([own([term('triage')])], false);
    expect(
      getMatcher()
        .match('Ketamine after triage.')
        .map((m) => m.entryId),
    ).toEqual(['o-abc123-0']);
    setSources([], true);
    expect(
      getMatcher()
        .match('Ketamine after triage.')
        .map((m) => m.entryId),
    ).toEqual(['ketamine']);
  });

  it("the reader's terms are marked whatever the page, unless marked ambiguous, and never make a page medical", () => {
    setSources([own([term('sprint'), term('standup', 'x', { ambiguous: true })])], true);
    const matches = getMatcher().match('Sprint review, then standup.');
    expect(matches.map((m) => [m.form, m.ambiguous])).toEqual([
      ['sprint', false],
      ['standup', true],
    ]);
    const context = new MedicalContext(isNotEvidence);
    for (const m of matches) context.add(m);
    expect(context.satisfied).toBe(false);
  });

  it('imported text stays text all the way to the matcher: markup in a definition is kept as characters', () => {
    const r = importGlossary('term,definition\nCSF,<img src=x onerror=alert(1)> fluid\n');
    expect(r.ok && r.terms[0]?.definition).toBe('<img src=x onerror=alert(1)> fluid');
  });
});
