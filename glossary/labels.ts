/**
 * The categories and badges an entry may carry, with the words the UI shows
 * for them. Kept apart from the schema so the pages and the content script
 * can show labels without bundling the validator.
 */

export const CATEGORIES = {
  'substance-mechanism': 'Substance and mechanism',
  condition: 'Condition',
  'treatment-administration': 'Treatment and administration',
  'effect-risk': 'Effect and risk',
  organisation: 'Organisation',
} as const;
export type CategoryId = keyof typeof CATEGORIES;

export const BADGES = {
  'fda-approved': 'FDA-approved',
  'off-label': 'Off-label',
  controlled: 'Controlled substance',
  'not-approved': 'Not approved',
} as const;
export type BadgeId = keyof typeof BADGES;
