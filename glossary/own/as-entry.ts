import type { CategoryId, GlossaryEntry } from '../schema';
import type { OwnTerm } from './schema';

/**
 * A reader's term in the shape the search, the popup and the reference
 * show. It belongs to none of the bundled categories: views label it with
 * the name of its glossary instead (components/labels.ts), and it carries no
 * review date or related entries.
 */
export type ShownEntry = GlossaryEntry & { glossary?: string };

const OWN_CATEGORY = 'own' as CategoryId;

export function ownAsEntry(term: OwnTerm, id: string, glossary: string): ShownEntry {
  return {
    id,
    headword: term.term,
    forms: [term.term, ...term.aliases].map((text) => ({ text })),
    category: OWN_CATEGORY,
    short: term.definition,
    explanation: term.more ?? '',
    related: [],
    sources: term.source ? [{ title: term.source, publisher: glossary, url: term.source }] : [],
    reviewed: '',
    glossary,
  };
}
