import { entries } from 'virtual:termlens-glossary';
import { createSearchIndex, type SearchIndex } from '../../glossary/search';
import { loadOwnEntries } from '../../lib/own-glossaries';

/** The whole glossary with the reader's own terms, searchable: loaded apart from the popup's first frame (see early.ts). */
export const loadIndex = (): Promise<SearchIndex> =>
  loadOwnEntries()
    .catch(() => [])
    .then((own) => createSearchIndex(own.length ? [...own, ...entries] : entries));
