import type { OwnTerm } from './schema';

/**
 * A stored term, read without the schema library: the content script reads
 * terms for its tooltips and must stay small, and stored terms were checked
 * in full when they were saved. This only makes sure a damaged or
 * hand-edited value has the right types, so nothing downstream can trip on it.
 */
export function readStoredTerm(raw: unknown): OwnTerm | null {
  if (!raw || typeof raw !== 'object') return null;
  const t = raw as Record<string, unknown>;
  if (typeof t.term !== 'string' || typeof t.definition !== 'string' || !t.term || !t.definition) return null;
  const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const out: OwnTerm = {
    term: t.term,
    definition: t.definition,
    aliases: Array.isArray(t.aliases) ? t.aliases.filter((a): a is string => typeof a === 'string' && !!a) : [],
    caseSensitive: t.caseSensitive === true,
    ambiguous: t.ambiguous === true,
  };
  const category = text(t.category);
  const source = text(t.source);
  const more = text(t.more);
  if (category) out.category = category;
  if (source) out.source = source;
  if (more) out.more = more;
  return out;
}
