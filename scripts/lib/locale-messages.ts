/**
 * The locales as the browser will see them (`_locales/<lang>/messages.json`),
 * read straight from locales/*.yml with @wxt-dev/i18n's own parser. Used by the
 * test configs (a stand-in for `browser.i18n` outside an extension) and by the
 * locale checks in tests/unit/ui-strings.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';

const LOCALES_DIR = join(import.meta.dirname, '..', '..', 'locales');

export const localeNames = (): string[] =>
  readdirSync(LOCALES_DIR)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => f.slice(0, -4))
    .sort();

export const parsedLocale = (locale: string): ParsedMessage[] =>
  parseMessagesText(readFileSync(join(LOCALES_DIR, `${locale}.yml`), 'utf8'), 'YAML');

/** `{ key: message }` as messages.json has it (plurals joined with " | "). */
export const chromeMessages = (locale: string): Record<string, string> =>
  Object.fromEntries(Object.entries(generateChromeMessages(parsedLocale(locale))).map(([key, m]) => [key, m.message]));
