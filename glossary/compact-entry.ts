import type { GlossaryEntry } from './schema';

/**
 * The fields of an entry the content script ships: enough to match and to fill
 * a tooltip at either reading level (short or clinical) with its pronunciation.
 */
const COMPACT_FIELDS = [
  'id',
  'headword',
  'forms',
  'category',
  'badge',
  'short',
  'clinical',
  'pronunciation',
  'crisis',
] as const;

export type CompactEntry = Pick<GlossaryEntry, (typeof COMPACT_FIELDS)[number]>;

export function compactEntry(entry: GlossaryEntry): CompactEntry {
  const compact: Partial<Record<keyof CompactEntry, unknown>> = {};
  for (const field of COMPACT_FIELDS) compact[field] = entry[field];
  return compact as CompactEntry;
}
