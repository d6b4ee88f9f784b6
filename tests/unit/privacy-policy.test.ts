import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { privacyPolicy } from '../../lib/privacy-policy';
import { t } from '../../lib/i18n';
import { localeNames } from '../../scripts/lib/locale-messages';
import { policyIn, privacyFileName, privacyMarkdown } from '../../scripts/privacy-md';
import * as storage from '../../lib/storage';

const ROOT = resolve(import.meta.dirname, '../..');
const textOf = (locale: string) =>
  policyIn(locale)
    .sections.flatMap((s) => [s.heading, ...s.paragraphs, ...(s.items ?? [])])
    .join('\n');

describe('the privacy policy', () => {
  it.each(localeNames())(
    '%s: its Markdown file is the policy the extension shows (npx tsx scripts/privacy-md.ts)',
    (locale) => {
      expect(readFileSync(resolve(ROOT, privacyFileName(locale)), 'utf8')).toBe(privacyMarkdown(locale));
    },
  );

  it('the privacy page reads the same messages the file is made of (an English interface shows PRIVACY.md)', () => {
    expect(privacyPolicy((key) => t(key))).toEqual(policyIn('en'));
  });

  it('every locale says it in full, in its own words: the same sections and items, none left in English', () => {
    const english = policyIn('en');
    for (const locale of localeNames().filter((l) => l !== 'en')) {
      const other = policyIn(locale);
      expect(other.sections.map((s) => [s.paragraphs.length, s.items?.length ?? 0])).toEqual(
        english.sections.map((s) => [s.paragraphs.length, s.items?.length ?? 0]),
      );
      const untranslated = english.sections
        .flatMap((s) => [s.heading, ...s.paragraphs, ...(s.items ?? [])])
        .filter((text) => textOf(locale).includes(text));
      expect(untranslated).toEqual([]);
    }
  });

  it('says, for every storage area TermLens writes, whether it syncs', () => {
    const text = textOf('en');
    const areas = new Set(
      Object.values(storage)
        .map((v) => (v && typeof v === 'object' && 'key' in v ? String((v as { key: unknown }).key) : ''))
        .filter(Boolean)
        .map((key) => key.split(':')[0] ?? ''),
    );
    // Settings sync and everything else stays local: the policy must say both, and no other area may appear.
    expect([...areas].sort()).toEqual(['local', 'sync']);
    expect(text).toMatch(/synced by your browser/i);
    expect(text).toMatch(/this device only/i);
    // Items kept only while the browser runs (lib/storage.ts defines them on first use).
    expect(text).toMatch(/session storage, never written to disk/i);
    // The Spanish policy says the same three things.
    const es = textOf('es');
    expect(es).toMatch(/sincronizados por tu navegador/);
    expect(es).toMatch(/solo en este dispositivo/);
    expect(es).toMatch(/almacenamiento de sesión, que nunca se escribe en el disco/);
  });
});
