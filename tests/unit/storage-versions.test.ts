import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_VERSION, SITE_RULES_VERSION } from '../../lib/storage-versions';

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
    1: { off: ['example.org', 'news.example.com'], on: ['docs.example.net'] },
  },
} as const;

async function freshStorage() {
  vi.resetModules();
  return import('../../lib/storage');
}

describe('stored data from every earlier version still loads', () => {
  beforeEach(() => fakeBrowser.reset());

  it('each item declares a version no lower than its newest known shape', () => {
    expect(SETTINGS_VERSION).toBe(Math.max(...Object.keys(OLDER_SHAPES.settings).map(Number)));
    expect(SITE_RULES_VERSION).toBe(Math.max(...Object.keys(OLDER_SHAPES.siteRules).map(Number)));
  });

  it('settings written by 0.1.0 (no version record) read back unchanged', async () => {
    await fakeBrowser.storage.sync.set({ settings: OLDER_SHAPES.settings[1] });
    const { loadSettings } = await freshStorage();
    const settings = await loadSettings();
    expect(settings.highlightStyle).toBe('tint');
    expect(settings.firstOnly).toBe(true);
    expect(settings.tooltipDelay).toBe(400);
    expect(settings.theme).toBe('dark');
    expect(settings.mutedTerms).toEqual(['ketamine']);
  });

  it('site rules written by 0.1.0 read back with every site', async () => {
    await fakeBrowser.storage.local.set({ siteRules: OLDER_SHAPES.siteRules[1] });
    const { loadSiteRules } = await freshStorage();
    const rules = await loadSiteRules();
    expect(rules.off).toEqual(['example.org', 'news.example.com']);
    expect(rules.on).toEqual(['docs.example.net']);
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
