import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../../lib/settings';
import {
  buildSettingsFile,
  parseSettingsFile,
  settingsFileName,
  SETTINGS_FILE_MAX_BYTES,
} from '../../lib/settings-file';

const custom: Settings = {
  enabled: false,
  mode: 'allowlist',
  highlightStyle: 'tint',
  density: 'every',
  markEverywhere: true,
  tooltipDelay: 600,
  theme: 'dark',
  readingLevel: 'detailed',
  mutedTerms: ['ketamine', 'nmda-receptor'],
  savePageInfo: true,
};
const file = (body: unknown) => JSON.stringify(body);
const EMPTY_SITE_RULES = { off: [], offExceptions: [], on: [], onExceptions: [] };

function imported(text: string) {
  const result = parseSettingsFile(text);
  if (!result.ok) throw new Error(`expected the file to import: ${result.error}`);
  return result;
}

function refused(text: string, byteLength?: number): string {
  const result = parseSettingsFile(text, byteLength);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('export then import', () => {
  it('brings back every setting and every site list, exceptions included, unchanged', () => {
    const rules = {
      off: ['example.org', 'news.example.com'],
      offExceptions: ['docs.example.org'],
      on: ['nih.gov'],
      onExceptions: ['ads.nih.gov'],
    };
    const text = buildSettingsFile(custom, rules);
    expect(JSON.parse(text)).toMatchObject({ termlens: 1 });
    const result = imported(text);
    expect(result.settings).toEqual(custom);
    expect(result.siteRules).toEqual(rules);
    expect(result.rejected).toEqual([]);
  });

  it('round-trips a list of 5,000 sites', () => {
    const off = Array.from({ length: 5000 }, (_, i) => `site-${i}.example.org`);
    const result = imported(buildSettingsFile(DEFAULT_SETTINGS, { ...EMPTY_SITE_RULES, off }));
    expect(result.siteRules.off).toHaveLength(5000);
    expect(result.siteRules.off?.[4999]).toBe('site-4999.example.org');
  });

  it('imports a file written before exceptions existed ({ off, on } only), touching no exception list', () => {
    const old = file({
      termlens: 1,
      settings: { theme: 'dark' },
      siteRules: { off: ['example.org'], on: ['nih.gov'] },
    });
    const result = imported(old);
    expect(result.siteRules).toEqual({ off: ['example.org'], on: ['nih.gov'] });
    expect(result.rejected).toEqual([]);
  });

  it('names the file after the day it was exported', () => {
    expect(settingsFileName(new Date('2025-03-09T12:00:00Z'))).toBe('termlens-settings-2025-03-09.json');
  });
});

describe('a bad file changes nothing and says why', () => {
  it('refuses text that is not JSON', () => {
    expect(refused('{"termlens": 1, settings: }')).toMatch(/not valid JSON/);
  });

  it('refuses JSON that is not a TermLens settings file', () => {
    expect(refused(file({ settings: { theme: 'dark' } }))).toMatch(/not a TermLens settings file/);
    expect(refused(file([1, 2, 3]))).toMatch(/not a TermLens settings file/);
    expect(refused('"termlens"')).toMatch(/not a TermLens settings file/);
    expect(refused(file({ termlens: 'yes', settings: {} }))).toMatch(/not a TermLens settings file/);
  });

  it('refuses a file from a newer format', () => {
    expect(refused(file({ termlens: 2, settings: { theme: 'dark' } }))).toMatch(/newer version/);
  });

  it('refuses a file whose settings or site lists have the wrong shape', () => {
    expect(refused(file({ termlens: 1, settings: ['dark'] }))).toMatch(/damaged/);
    expect(refused(file({ termlens: 1, settings: { theme: 'dark' }, siteRules: 'example.org' }))).toMatch(/damaged/);
    expect(refused(file({ termlens: 1 }))).toMatch(/no settings/);
  });

  it('refuses a file over 1 MB, by its size alone or by its text', () => {
    expect(refused(file({ termlens: 1, settings: {} }), SETTINGS_FILE_MAX_BYTES + 1)).toMatch(/larger than 1 MB/);
    const padded = file({ termlens: 1, settings: { theme: 'dark' }, note: 'x'.repeat(SETTINGS_FILE_MAX_BYTES) });
    expect(refused(padded)).toMatch(/larger than 1 MB/);
  });
});

describe('a file with some bad keys', () => {
  it('imports the good keys and lists the rejected ones', () => {
    const result = imported(
      file({
        termlens: 1,
        settings: { theme: 'dark', tooltipDelay: 99999, firstOnly: 'yes', density: 'often', colour: 'red' },
        siteRules: { off: ['example.org'], on: ['not a site'] },
      }),
    );
    expect(result.settings).toEqual({ theme: 'dark' });
    expect(result.siteRules).toEqual({ off: ['example.org'] });
    expect(result.rejected.map((r) => r.key).sort()).toEqual(
      ['settings.colour', 'settings.density', 'settings.firstOnly', 'settings.tooltipDelay', 'siteRules.on'].sort(),
    );
  });

  it('accepts site patterns as people write them, stored the way the site switch writes them', () => {
    const result = imported(
      file({ termlens: 1, siteRules: { off: ['https://www.Example.org/page', '*.news.example.com', 'example.org'] } }),
    );
    expect(result.siteRules.off).toEqual(['example.org', 'news.example.com']);
  });

  it('rejects markup and javascript: URLs, and keeps rejected key names as inert text', () => {
    const result = imported(
      file({
        termlens: 1,
        settings: {
          theme: '<img src=x onerror=alert(1)>',
          highlightStyle: 'javascript:alert(1)',
          mutedTerms: ['ketamine', '<script>alert(1)</script>'],
          '<img src=x onerror=alert(1)>': true,
          mode: 'allowlist',
        },
        siteRules: { off: ['javascript:alert(1)'], on: ['<b>evil</b>.com'] },
      }),
    );
    expect(result.settings).toEqual({ mode: 'allowlist' });
    expect(result.siteRules).toEqual({});
    const keys = result.rejected.map((r) => r.key);
    expect(keys).toContain('settings.<img src=x onerror=alert(1)>');
    expect(keys).toEqual(
      expect.arrayContaining([
        'settings.theme',
        'settings.highlightStyle',
        'settings.mutedTerms',
        'siteRules.off',
        'siteRules.on',
      ]),
    );
  });

  it('treats __proto__ as an unknown key and never changes what objects inherit', () => {
    const result = imported('{"termlens": 1, "settings": {"__proto__": {"enabled": false}, "theme": "light"}}');
    expect(result.settings).toEqual({ theme: 'light' });
    expect(Object.getPrototypeOf(result.settings)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
    expect(result.rejected.map((r) => r.key)).toEqual(['settings.__proto__']);
  });

  it('lists unknown top-level keys but still imports the rest', () => {
    const result = imported(file({ termlens: 1, settings: { theme: 'light' }, extra: 1 }));
    expect(result.settings).toEqual({ theme: 'light' });
    expect(result.rejected).toEqual([{ key: 'extra', reason: expect.any(String) }]);
  });

  it('imports settings that read back exactly as stored settings read', () => {
    const result = imported(buildSettingsFile(custom, EMPTY_SITE_RULES));
    expect(readSettings(result.settings)).toEqual({ settings: custom, invalid: [] });
  });
});

describe('files from TermLens 0.1', () => {
  it.each([
    [true, 'first-in-section'],
    [false, 'every'],
  ])('"first occurrence only" %s becomes the density %s', (firstOnly, density) => {
    const result = imported(file({ termlens: 1, settings: { firstOnly, theme: 'dark' } }));
    expect(result.settings).toEqual({ density, theme: 'dark' });
    expect(result.rejected).toEqual([]);
  });
});
