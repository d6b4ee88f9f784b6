import { entries } from 'virtual:termlens-glossary';
import { createSearchIndex } from '../../glossary/search';

/** The whole glossary, searchable: loaded apart from the popup's first frame (see early.ts). */
export const index = createSearchIndex(entries);
