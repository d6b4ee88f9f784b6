/**
 * `npx tsx scripts/privacy-md.ts`: writes the privacy policy as Markdown from
 * the locales, the one source the extension's privacy page shows too
 * (lib/privacy-policy.ts): PRIVACY.md in English, PRIVACY.<lang>.md for every
 * other locale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { privacyPolicy, type Policy } from '../lib/privacy-policy';
import { chromeMessages, localeNames } from './lib/locale-messages';

/** The policy as the locale's messages say it (what `t` answers in a browser set to that language). */
export function policyIn(locale: string): Policy {
  const messages = chromeMessages(locale);
  return privacyPolicy((key) => {
    const message = messages[key.replaceAll('.', '_')];
    if (!message) throw new Error(`locales/${locale}.yml has no ${key}`);
    return message.replaceAll('$$', '$');
  });
}

export const privacyFileName = (locale: string): string => (locale === 'en' ? 'PRIVACY.md' : `PRIVACY.${locale}.md`);

export function privacyMarkdown(locale = 'en'): string {
  const policy = policyIn(locale);
  const parts = [`# ${policy.title}`, `${policy.lastUpdated} ${policy.updated}`];
  for (const section of policy.sections) {
    parts.push(`## ${section.heading}`, ...section.paragraphs);
    if (section.items) parts.push(section.items.map((item) => `- ${item}`).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const locale of localeNames()) {
    writeFileSync(resolve(import.meta.dirname, '..', privacyFileName(locale)), privacyMarkdown(locale));
  }
}
