import type { GlossaryEntry } from './schema';

/**
 * The fields of an entry a page needs before any tooltip: enough to match,
 * to name the terms "On this page" and to weigh the page (category, badge,
 * crisis). Every frame of every page parses these, so nothing else.
 */
const PAGE_FIELDS = ['id', 'headword', 'forms', 'category', 'badge', 'crisis'] as const;

/** What a tooltip says, at either reading level, with the pronunciation: shipped with the card's code. */
const CARD_TEXT_FIELDS = ['short', 'clinical', 'pronunciation'] as const;

export type PageEntry = Pick<GlossaryEntry, (typeof PAGE_FIELDS)[number]>;
export type CardTexts = Pick<GlossaryEntry, (typeof CARD_TEXT_FIELDS)[number]>;
export type CompactEntry = PageEntry & CardTexts;

function pick<K extends keyof GlossaryEntry>(entry: GlossaryEntry, fields: readonly K[]): Pick<GlossaryEntry, K> {
  const picked: Partial<Record<K, unknown>> = {};
  for (const field of fields) picked[field] = entry[field];
  return picked as Pick<GlossaryEntry, K>;
}

export const pageEntry = (entry: GlossaryEntry): PageEntry => pick(entry, PAGE_FIELDS);
export const cardTexts = (entry: GlossaryEntry): CardTexts => pick(entry, CARD_TEXT_FIELDS);
export const compactEntry = (entry: GlossaryEntry): CompactEntry => ({ ...pageEntry(entry), ...cardTexts(entry) });
