import type { GlossaryEntry } from './schema';

/** The part of an entry the content script ships: enough to match and to fill a tooltip. */
export type CompactEntry = Pick<GlossaryEntry, 'id' | 'headword' | 'forms' | 'category' | 'badge' | 'short' | 'crisis'>;
