import type { ShownEntry } from '../glossary/own/as-entry';
import type { BadgeId, CategoryId } from '../glossary/labels';
import { t } from '../lib/i18n';

// Every key spelled out, so the compiler checks each one and the locale check sees it used.
const CATEGORY_NAMES: Record<CategoryId, () => string> = {
  'substance-mechanism': () => t('entry.category.substanceMechanism'),
  condition: () => t('entry.category.condition'),
  'treatment-administration': () => t('entry.category.treatmentAdministration'),
  'effect-risk': () => t('entry.category.effectRisk'),
  organisation: () => t('entry.category.organisation'),
};

const BADGE_NAMES: Record<BadgeId, () => string> = {
  'fda-approved': () => t('entry.badge.fdaApproved'),
  'off-label': () => t('entry.badge.offLabel'),
  controlled: () => t('entry.badge.controlled'),
  'not-approved': () => t('entry.badge.notApproved'),
};

/** A bundled category's name in the interface's language. */
export const categoryName = (id: CategoryId): string => CATEGORY_NAMES[id]?.() ?? String(id);

/** A badge's name in the interface's language. */
export const badgeName = (id: BadgeId): string => BADGE_NAMES[id]();

/** The label under an entry's name: its category, or for a reader's term the glossary it comes from. */
export const categoryLabel = (entry: ShownEntry): string => entry.glossary ?? categoryName(entry.category);
