import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUiText, uiSourceFiles } from '../../scripts/lib/ui-text';
import { chromeMessages, localeNames, parsedLocale } from '../../scripts/lib/locale-messages';

const ROOT = join(import.meta.dirname, '..', '..');

describe('interface text comes from the locales', () => {
  const files = uiSourceFiles(ROOT);

  it('finds the interface code to check', () => expect(files.length).toBeGreaterThan(100));

  it.each(files)('%s has no hard-coded reader-facing text', (file) => {
    const found = findUiText(file, readFileSync(join(ROOT, file), 'utf8')).map((u) => `${u.line}: ${u.text}`);
    expect(found).toEqual([]);
  });

  it('the checker itself catches JSX text, reader-facing attributes and sentences, and lets code through', () => {
    const code = [
      'const a = <p>Hello there</p>;',
      'const b = <button aria-label="Close the card" class="close-button" />;',
      "const c = notify('Saved to your notebook');",
      "const d = t('popup.title');",
      "const e = el.querySelector('.tl-card > p');",
      "const f = kind === 'Not approved';",
      '// i18n-ignore: a brand',
      "const g = 'TermLens Pro';",
    ].join('\n');
    expect(findUiText('x.tsx', code).map((u) => u.line)).toEqual([1, 2, 3]);
  });
});

describe('every locale says everything English says', () => {
  const english = parsedLocale('en').filter((m) => !m.key[0]?.startsWith('@@'));
  const others = localeNames().filter((l) => l !== 'en');

  it('there is a Spanish locale', () => expect(others).toContain('es'));

  it.each(others)('%s has every key of en and no other', (locale) => {
    const keys = (l: string) => Object.keys(chromeMessages(l)).sort();
    expect(keys(locale)).toEqual(keys('en'));
  });

  it.each(others)('%s uses the same substitutions and plural forms as en', (locale) => {
    const theirs = new Map(parsedLocale(locale).map((m) => [m.key.join('.'), m]));
    const differences = english.flatMap((m) => {
      const other = theirs.get(m.key.join('.'));
      if (!other) return [];
      const shape = (x: typeof m) => ({
        type: x.type,
        substitutions: x.substitutions,
        named: [...x.namedSubstitutions].sort(),
        plurals: x.type === 'plural' ? Object.keys(x.plurals).sort() : [],
      });
      return JSON.stringify(shape(m)) === JSON.stringify(shape(other)) ? [] : [m.key.join('.')];
    });
    expect(differences).toEqual([]);
  });

  it.each(localeNames())('%s has no empty message', (locale) => {
    const empty = Object.entries(chromeMessages(locale)).filter(([, m]) => m.trim() === '');
    expect(empty.map(([k]) => k)).toEqual([]);
  });

  it('every English key is used somewhere in the code or the manifest', () => {
    const code = [...uiSourceFiles(ROOT), 'wxt.config.ts'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
    const unused = english
      .map((m) => m.key.join('.'))
      .filter((key) => {
        if (code.includes(`'${key}'`) || code.includes(`__MSG_${key.replaceAll('.', '_')}__`)) return false;
        // A key built from a prefix at run time: `t(\`category.${id}\`)`.
        const prefix = key.slice(0, key.lastIndexOf('.') + 1);
        return !(prefix && code.includes(`\`${prefix}\${`));
      });
    expect(unused).toEqual([]);
  });
});
