/**
 * The categories and badges an entry may carry, as ids. Kept apart from the
 * schema so the pages and the content script can use them without bundling
 * the validator; the words shown for them are the interface's, in the locales
 * (components/labels.ts).
 */

export const CATEGORY_IDS = [
  'substance-mechanism',
  'condition',
  'treatment-administration',
  'effect-risk',
  'organisation',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const BADGE_IDS = ['fda-approved', 'off-label', 'controlled', 'not-approved'] as const;
export type BadgeId = (typeof BADGE_IDS)[number];
