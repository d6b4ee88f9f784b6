import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FRAME_TERMS_VERSION,
  GLOSSARY_LIST_VERSION,
  OWN_COMPILED_VERSION,
  OWN_TERMS_VERSION,
  SAVED_TERMS_VERSION,
  SETTINGS_VERSION,
  SITE_RULES_VERSION,
} from '../../lib/storage-versions';

/**
 * Every stored shape TermLens has ever written, by item and version, loaded
 * through the real storage items (migrations included) the way an updated
 * extension meets them. A new version adds its older shapes here.
 */
const OLDER_SHAPES = {
  settings: {
    // TermLens 0.1.0: no version record.
    1: {
      enabled: true,
      mode: 'everywhere',
      highlightStyle: 'tint',
      firstOnly: true,
      tooltipDelay: 400,
      theme: 'dark',
      mutedTerms: ['ketamine'],
    },
  },
  siteRules: {
    // TermLens 0.1.0: one list per mode, no exceptions, no version record.
    1: { off: ['example.org', 'news.example.com'], on: ['docs.example.net'] },
    // Exceptions to each mode's list.
    2: {
      off: ['example.org'],
      offExceptions: ['docs.example.org'],
      on: ['example.net'],
      onExceptions: ['ads.example.net'],
    },
  },
  glossaries: {
    1: {
      bundledOn: false,
      glossaries: [
        { id: 'k3x9q2', name: 'Ward terms', file: 'ward.csv', added: '2026-11-30T10:00:00.000Z', count: 1, on: true },
      ],
    },
  },
  ownGlossary: {
    1: {
      compiled: {
        v: 1,
        entries: [{ n: 0, headword: 'triage', forms: [{ text: 'triage' }, { text: 'TRI', caseSensitive: true }] }],
      },
      terms: {
        v: 1,
        terms: [
          {
            term: 'triage',
            definition: 'Sorting by urgency.',
            aliases: ['TRI'],
            caseSensitive: false,
            ambiguous: false,
          },
        ],
      },
    },
  },
  /** A glossary's compiled form as version 2 kept it: the trie as strings of numbers (one code unit each here). */
  ownCompiled: {
    2: {
      v: 2,
      entries: [{ n: 0, headword: 'triage', forms: [{ text: 'triage' }, { text: 'TRI', caseSensitive: true }] }],
      trie: {
        formCount: 2,
        children: '!!!!!! ',
        ending: '   !  !',
        codes: '\u0094\u0092\u0089\u0081\u0087\u0085',
        targets: '!!!!!!',
        forms: ' !    ',
      },
    },
  },
  frameTerms: {
    // Per tab, per frame: the terms each frame reported (session storage, kept while the browser runs).
    1: { 12: { 0: { on: true, since: 1000, terms: [{ id: 'ketamine', headword: 'ketamine', count: 2 }] } } },
  },
  savedTerms: {
    1: {
      terms: [
        {
          id: 'nmda-receptor',
          headword: 'NMDA receptor',
          definition: 'A docking spot on nerve cells.',
          saved: '2026-11-29T09:00:00.000Z',
          note: 'ask about blood pressure',
        },
        {
          id: 'o-k3x9q2-0',
          headword: 'triage',
          definition: 'Sorting by urgency.',
          saved: '2026-11-28T09:00:00.000Z',
          note: '',
          pageTitle: 'Ward notes',
          pageUrl: 'https://example.org/ward',
        },
      ],
    },
  },
} as const;

async function freshStorage() {
  vi.resetModules();
  return import('../../lib/storage');
}

/** The reader's glossary list as version 1 wrote it, with these of its items beside it; then a fresh module. */
async function withOwnGlossary(items: Record<string, unknown>) {
  await fakeBrowser.storage.local.set({ glossaries: OLDER_SHAPES.glossaries[1], ...items });
  vi.resetModules();
  return import('../../lib/own-glossaries');
}

/** The first update rewrites the stored compiled form with the packed trie and the same entries; the next finds nothing. */
async function expectRewrittenOnce(upgrade: () => Promise<number>, entries: unknown) {
  expect(await upgrade()).toBe(1);
  const stored = (await fakeBrowser.storage.local.get('glossary-k3x9q2-compiled'))['glossary-k3x9q2-compiled'] as {
    trie?: { bytes?: unknown };
  };
  expect(stored).toMatchObject({ v: OWN_COMPILED_VERSION, entries });
  expect(typeof stored.trie?.bytes).toBe('string');
  expect(await upgrade()).toBe(0);
}

describe('stored data from every earlier version still loads', () => {
  beforeEach(() => fakeBrowser.reset());

  it('each item declares a version no lower than its newest known shape', () => {
    expect(SETTINGS_VERSION).toBeGreaterThanOrEqual(Math.max(...Object.keys(OLDER_SHAPES.settings).map(Number)));
    expect(SITE_RULES_VERSION).toBe(Math.max(...Object.keys(OLDER_SHAPES.siteRules).map(Number)));
    expect(GLOSSARY_LIST_VERSION).toBe(Math.max(...Object.keys(OLDER_SHAPES.glossaries).map(Number)));
    // Version 2 of a glossary's compiled form added its trie, version 3 packed it; its chunks of terms are still version 1.
    expect(OWN_COMPILED_VERSION).toBe(3);
    expect(OWN_COMPILED_VERSION).toBe(Math.max(...Object.keys(OLDER_SHAPES.ownCompiled).map(Number)) + 1);
    expect(OWN_TERMS_VERSION).toBe(Math.max(...Object.keys(OLDER_SHAPES.ownGlossary).map(Number)));
    expect(FRAME_TERMS_VERSION).toBe(Math.max(...Object.keys(OLDER_SHAPES.frameTerms).map(Number)));
    expect(SAVED_TERMS_VERSION).toBe(Math.max(...Object.keys(OLDER_SHAPES.savedTerms).map(Number)));
  });

  it("frames' terms written by version 1 read back for their tab", async () => {
    await fakeBrowser.storage.session.set({ frameTerms: OLDER_SHAPES.frameTerms[1] });
    const { loadTabFrames } = await freshStorage();
    expect(await loadTabFrames(12)).toEqual(OLDER_SHAPES.frameTerms[1][12]);
    expect(await loadTabFrames(13)).toEqual({});
  });

  it('saved terms written by version 1 read back with their notes and pages, newest first', async () => {
    await fakeBrowser.storage.local.set({ savedTerms: OLDER_SHAPES.savedTerms[1] });
    vi.resetModules();
    const { loadSavedTerms } = await import('../../lib/saved-terms');
    expect(await loadSavedTerms()).toEqual(OLDER_SHAPES.savedTerms[1].terms);
  });

  it('settings written by 0.1.0 (no version record) read back, "first occurrence only" as the density', async () => {
    await fakeBrowser.storage.sync.set({ settings: OLDER_SHAPES.settings[1] });
    const { loadSettings } = await freshStorage();
    const settings = await loadSettings();
    expect(settings.highlightStyle).toBe('tint');
    expect(settings.density).toBe('first-in-section');
    expect('firstOnly' in settings).toBe(false);
    expect(settings.tooltipDelay).toBe(400);
    expect(settings.theme).toBe('dark');
    expect(settings.mutedTerms).toEqual(['ketamine']);
    // Settings added since (reading level) take their defaults; no migration step is needed for a new key.
    expect(settings.readingLevel).toBe('plain');
  });

  it('"first occurrence only" turned off again in 0.1.0 becomes "every occurrence"', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...OLDER_SHAPES.settings[1], firstOnly: false } });
    const { loadSettings } = await freshStorage();
    expect((await loadSettings()).density).toBe('every');
    expect((await fakeBrowser.storage.sync.get('settings')).settings).not.toHaveProperty('firstOnly');
  });

  it('0.1.0 settings without the key get the new default', async () => {
    const { firstOnly: _, ...rest } = OLDER_SHAPES.settings[1];
    await fakeBrowser.storage.sync.set({ settings: rest });
    const { loadSettings } = await freshStorage();
    expect((await loadSettings()).density).toBe('first-in-section');
  });

  it('site rules written by 0.1.0 migrate to v2: every site kept, empty exception lists, version recorded', async () => {
    await fakeBrowser.storage.local.set({ siteRules: OLDER_SHAPES.siteRules[1] });
    const { loadSiteRules } = await freshStorage();
    const rules = await loadSiteRules();
    expect(rules).toEqual({
      off: ['example.org', 'news.example.com'],
      offExceptions: [],
      on: ['docs.example.net'],
      onExceptions: [],
    });
    const stored = await fakeBrowser.storage.local.get(['siteRules', 'siteRules$']);
    expect(stored.siteRules).toEqual(rules);
    expect(stored.siteRules$).toEqual({ v: 2 });
  });

  it('a 0.1.0 list read through the migration keeps deciding the same way', async () => {
    await fakeBrowser.storage.local.set({ siteRules: OLDER_SHAPES.siteRules[1] });
    const { loadSiteRules } = await freshStorage();
    const { siteStatus } = await import('../../lib/site-rules');
    const rules = await loadSiteRules();
    expect(siteStatus('www.example.org', { enabled: true, mode: 'everywhere' }, rules).on).toBe(false);
    expect(siteStatus('docs.example.net', { enabled: true, mode: 'allowlist' }, rules).on).toBe(true);
  });

  it('site rules v2 with exceptions read back unchanged', async () => {
    await fakeBrowser.storage.local.set({ siteRules: OLDER_SHAPES.siteRules[2], siteRules$: { v: 2 } });
    const { loadSiteRules } = await freshStorage();
    expect(await loadSiteRules()).toEqual(OLDER_SHAPES.siteRules[2]);
  });

  it("the reader's glossaries written by version 1 read back: the list, the compiled form pages use, the terms", async () => {
    const { compiled, terms } = OLDER_SHAPES.ownGlossary[1];
    const { loadGlossaryList, loadOwnSources, loadTerm } = await withOwnGlossary({
      'glossary-k3x9q2-compiled': compiled,
      'glossary-k3x9q2-terms-0': terms,
    });
    const list = await loadGlossaryList();
    expect(list.bundledOn).toBe(false);
    expect(list.glossaries.map((g) => [g.name, g.count, g.on])).toEqual([['Ward terms', 1, true]]);
    const [source] = await loadOwnSources(list);
    expect(source?.entries).toEqual([{ id: 'o-k3x9q2-0', forms: compiled.entries[0].forms }]);
    expect((await loadTerm('k3x9q2', 0))?.definition).toBe('Sorting by urgency.');
    // Compiled on first need: the older form has no trie, and its terms are still marked as before.
    const found = source!.matcher().match('Triage first; TRI and tri are not the same.');
    expect(found.map((m) => [m.form, m.entryId])).toEqual([
      ['triage', 'o-k3x9q2-0'],
      ['TRI', 'o-k3x9q2-0'],
    ]);
  });

  it("after an update, a version 1 glossary's compiled form is rewritten once with its trie, and matches the same", async () => {
    const { compiled } = OLDER_SHAPES.ownGlossary[1];
    const { loadGlossaryList, loadOwnSources, upgradeStoredGlossaries } = await withOwnGlossary({
      'glossary-k3x9q2-compiled': compiled,
    });
    const text = 'Triage first; TRI and tri are not the same.';
    const [before] = await loadOwnSources(await loadGlossaryList());
    await expectRewrittenOnce(upgradeStoredGlossaries, compiled.entries);
    const [after] = await loadOwnSources(await loadGlossaryList());
    expect(after!.matcher().match(text)).toEqual(before!.matcher().match(text));
    expect(after!.matcher().match(text)).toHaveLength(2);
  });

  it('a version 2 glossary (its trie as strings of numbers) still marks its terms, and after an update is rewritten once with the packed trie', async () => {
    const compiled = OLDER_SHAPES.ownCompiled[2];
    const { loadGlossaryList, loadOwnSources, upgradeStoredGlossaries } = await withOwnGlossary({
      'glossary-k3x9q2-compiled': compiled,
    });
    const text = 'Triage first; TRI and tri are not the same.';
    const [before] = await loadOwnSources(await loadGlossaryList());
    expect(
      before!
        .matcher()
        .match(text)
        .map((m) => [m.form, m.entryId]),
    ).toEqual([
      ['triage', 'o-k3x9q2-0'],
      ['TRI', 'o-k3x9q2-0'],
    ]);
    await expectRewrittenOnce(upgradeStoredGlossaries, compiled.entries);
    const [after] = await loadOwnSources(await loadGlossaryList());
    expect(after!.matcher().match(text)).toEqual(before!.matcher().match(text));
  });

  it('a glossary stored by a newer TermLens is left alone, not misread', async () => {
    const { loadGlossaryList, loadOwnSources } = await withOwnGlossary({
      'glossary-k3x9q2-compiled': { ...OLDER_SHAPES.ownGlossary[1].compiled, v: OWN_COMPILED_VERSION + 1 },
    });
    expect(await loadOwnSources(await loadGlossaryList())).toEqual([]);
  });

  it("a page's one read at start gives what the items give, for every older shape, and writes nothing", async () => {
    const cases = [
      { sync: { settings: OLDER_SHAPES.settings[1] }, local: { siteRules: OLDER_SHAPES.siteRules[1] } },
      {
        sync: { settings: { ...OLDER_SHAPES.settings[1], firstOnly: false } },
        local: { siteRules: OLDER_SHAPES.siteRules[2], siteRules$: { v: 2 }, glossaries: OLDER_SHAPES.glossaries[1] },
      },
      { sync: {}, local: {} },
      { sync: {}, local: { siteRules: { off: ['example.org'], on: [] }, siteRules$: { v: SITE_RULES_VERSION + 1 } } },
    ];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const { sync, local } of cases) {
      fakeBrowser.reset();
      await fakeBrowser.storage.sync.set(sync);
      await fakeBrowser.storage.local.set(local);
      vi.resetModules();
      const { pageStartFrom } = await import('../../lib/page-start');
      const { readPageStart } = await import('../../lib/page-start-read');
      const start = pageStartFrom(await readPageStart());
      expect(await fakeBrowser.storage.local.get(null)).toEqual(local);
      expect(await fakeBrowser.storage.sync.get(null)).toEqual(sync);
      const { loadSettings, loadSiteRules } = await freshStorage();
      const { loadGlossaryList } = await import('../../lib/own-glossaries');
      expect(start).toEqual({
        settings: await loadSettings(),
        rules: await loadSiteRules(),
        glossaries: await loadGlossaryList(),
      });
    }
    errors.mockRestore();
  });

  it('a value from a newer TermLens (a downgrade) is left in storage, and reading falls back instead of crashing', async () => {
    const newer = { off: ['example.org'], on: [] };
    await fakeBrowser.storage.local.set({ siteRules: newer, siteRules$: { v: SITE_RULES_VERSION + 1 } });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { loadSiteRules } = await freshStorage();
    await expect(loadSiteRules()).resolves.toBeDefined();
    expect((await fakeBrowser.storage.local.get('siteRules')).siteRules).toEqual(newer);
    errors.mockRestore();
  });
});
