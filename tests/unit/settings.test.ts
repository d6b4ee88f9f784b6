import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isValidSetting, readSettings, TOOLTIP_DELAY_RANGE, type Settings } from '../../lib/settings';

const good: Settings = {
  enabled: false,
  mode: 'allowlist',
  highlightStyle: 'none',
  density: 'every',
  markEverywhere: true,
  tooltipDelay: 800,
  theme: 'light',
  readingLevel: 'detailed',
  mutedTerms: ['ketamine', 'crps'],
  savePageInfo: true,
};

describe('reading stored settings', () => {
  it('returns the defaults when nothing is stored, or the store holds something that is not an object', () => {
    for (const raw of [undefined, null, {}, 'dark', 7, ['theme', 'dark']]) {
      expect(readSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, invalid: [] });
    }
  });

  it('reads every valid setting as stored', () => {
    expect(readSettings(good)).toEqual({ settings: good, invalid: [] });
  });

  it('a corrupted value falls back to its own default and keeps every other setting', () => {
    const read = readSettings({ ...good, theme: 'purple', tooltipDelay: '800' });
    expect(read.settings).toEqual({
      ...good,
      theme: DEFAULT_SETTINGS.theme,
      tooltipDelay: DEFAULT_SETTINGS.tooltipDelay,
    });
    expect(read.invalid.sort()).toEqual(['theme', 'tooltipDelay']);
  });

  it('every key can be corrupted without taking the others with it', () => {
    for (const key of Object.keys(good) as (keyof Settings)[]) {
      const read = readSettings({ ...good, [key]: { corrupted: true } });
      expect(read.invalid).toEqual([key]);
      expect(read.settings).toEqual({ ...good, [key]: DEFAULT_SETTINGS[key] });
    }
  });

  it('ignores keys it does not know', () => {
    expect(readSettings({ theme: 'dark', colour: 'red' })).toEqual({
      settings: { ...DEFAULT_SETTINGS, theme: 'dark' },
      invalid: [],
    });
  });

  it('hands out a fresh muted list, so changing it cannot change the defaults', () => {
    const { settings } = readSettings({});
    settings.mutedTerms.push('ketamine');
    expect(DEFAULT_SETTINGS.mutedTerms).toEqual([]);
    expect(readSettings({}).settings.mutedTerms).toEqual([]);
  });
});

describe('checks for each setting', () => {
  it('tooltip delay: whole milliseconds within the range', () => {
    expect(isValidSetting('tooltipDelay', TOOLTIP_DELAY_RANGE.min)).toBe(true);
    expect(isValidSetting('tooltipDelay', TOOLTIP_DELAY_RANGE.max)).toBe(true);
    for (const bad of [TOOLTIP_DELAY_RANGE.min - 1, TOOLTIP_DELAY_RANGE.max + 1, 250.5, Number.NaN, '250', null]) {
      expect(isValidSetting('tooltipDelay', bad)).toBe(false);
    }
  });

  it('choices: only the listed values', () => {
    expect(isValidSetting('highlightStyle', 'tint')).toBe(true);
    expect(isValidSetting('highlightStyle', 'Tint')).toBe(false);
    expect(isValidSetting('mode', 'allowlist')).toBe(true);
    expect(isValidSetting('mode', 'blocklist')).toBe(false);
    expect(isValidSetting('theme', '<img src=x onerror=alert(1)>')).toBe(false);
  });

  it('reading level: plain by default, detailed on request, nothing else', () => {
    expect(DEFAULT_SETTINGS.readingLevel).toBe('plain');
    expect(readSettings({ readingLevel: 'detailed' }).settings.readingLevel).toBe('detailed');
    for (const bad of ['Detailed', 'clinical', '', true, null]) {
      const read = readSettings({ readingLevel: bad, theme: 'dark' });
      expect(read.settings.readingLevel).toBe('plain');
      expect(read.settings.theme).toBe('dark');
      expect(read.invalid).toEqual(['readingLevel']);
    }
  });

  it('switches: real booleans only', () => {
    expect(isValidSetting('enabled', true)).toBe(true);
    expect(isValidSetting('enabled', 'true')).toBe(false);
    expect(isValidSetting('markEverywhere', 1)).toBe(false);
    expect(isValidSetting('density', 'often')).toBe(false);
    expect(isValidSetting('density', 'every')).toBe(true);
  });

  it('muted terms: a list of entry ids, up to 1,000', () => {
    expect(isValidSetting('mutedTerms', ['ketamine', 'nmda-receptor'])).toBe(true);
    expect(isValidSetting('mutedTerms', ['Ketamine'])).toBe(false);
    expect(isValidSetting('mutedTerms', ['<script>'])).toBe(false);
    expect(isValidSetting('mutedTerms', 'ketamine')).toBe(false);
    expect(
      isValidSetting(
        'mutedTerms',
        Array.from({ length: 1001 }, (_, i) => `t${i}`),
      ),
    ).toBe(false);
  });
});
