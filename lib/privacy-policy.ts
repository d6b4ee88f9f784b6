import type { GeneratedI18nStructure } from '#i18n';

/**
 * TermLens's privacy policy, written once, in the locales (the `privacy`
 * messages of locales/<lang>.yml); this module orders those messages into
 * sections. The extension page privacy.html shows it in the interface's
 * language, and PRIVACY.md (English) and PRIVACY.<lang>.md are generated from
 * the same messages (`npx tsx scripts/privacy-md.ts`;
 * tests/unit/privacy-policy.test.ts fails when a file differs), so the page a
 * reviewer opens and the files in the repository always say the same. Keep it
 * true: when TermLens stores something new, say what, where, and whether it
 * leaves the device, in every locale.
 */

type PolicyKey = Extract<keyof GeneratedI18nStructure, `privacy.${string}`>;

interface PolicySection {
  heading: string;
  paragraphs: string[];
  items?: string[];
}

export interface Policy {
  title: string;
  /** The words before the date ("Last updated:"). */
  lastUpdated: string;
  /** ISO 8601; change it with the text. */
  updated: string;
  sections: PolicySection[];
}

const POLICY_UPDATED = '2026-11-30';

const SECTIONS: { heading: PolicyKey; paragraphs: PolicyKey[]; items?: PolicyKey[] }[] = [
  { heading: 'privacy.inShort', paragraphs: ['privacy.inShortNoNetwork', 'privacy.inShortSync'] },
  { heading: 'privacy.reads', paragraphs: ['privacy.readsPages'] },
  {
    heading: 'privacy.stores',
    paragraphs: ['privacy.storesIntro'],
    items: [
      'privacy.storesSettings',
      'privacy.storesSites',
      'privacy.storesGlossaries',
      'privacy.storesMyTerms',
      'privacy.storesTheme',
      'privacy.storesSession',
    ],
  },
  { heading: 'privacy.neverLeaves', paragraphs: ['privacy.neverLeavesData', 'privacy.neverLeavesSayIt'] },
  { heading: 'privacy.files', paragraphs: ['privacy.filesText'] },
  { heading: 'privacy.removing', paragraphs: ['privacy.removingText'] },
  { heading: 'privacy.permissions', paragraphs: ['privacy.permissionsText'] },
  { heading: 'privacy.medical', paragraphs: ['privacy.medicalText'] },
];

/**
 * The policy in one language. `say` gives a `privacy` message of that
 * language: `t` on the extension's page, a locale file read from disk in
 * scripts/privacy-md.ts (no `browser` there).
 */
export function privacyPolicy(say: (key: PolicyKey) => string): Policy {
  return {
    title: say('privacy.title'),
    lastUpdated: say('privacy.lastUpdated'),
    updated: POLICY_UPDATED,
    sections: SECTIONS.map((s) => ({
      heading: say(s.heading),
      paragraphs: s.paragraphs.map(say),
      ...(s.items && { items: s.items.map(say) }),
    })),
  };
}
