/**
 * `npx tsx scripts/privacy-md.ts`: writes PRIVACY.md from the one policy in
 * lib/privacy-policy.ts (the extension's privacy page renders the same).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { POLICY, POLICY_TITLE, POLICY_UPDATED } from '../lib/privacy-policy';

export function privacyMarkdown(): string {
  const parts = [`# ${POLICY_TITLE}`, `Last updated: ${POLICY_UPDATED}`];
  for (const section of POLICY) {
    parts.push(`## ${section.heading}`, ...section.paragraphs);
    if (section.items) parts.push(section.items.map((item) => `- ${item}`).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(resolve(import.meta.dirname, '..', 'PRIVACY.md'), privacyMarkdown());
}
