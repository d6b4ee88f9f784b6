import type { FileProblem } from './problems';
import type { RawRow } from './schema';

/**
 * JSON: TermLens's own export (`{ "format": "termlens-glossary", … }`, see
 * export.ts) or a plain array of `{ "term", "definition" }` objects with the
 * same optional fields. Rows are named by their position (item 3).
 */

export const JSON_FORMAT = 'termlens-glossary';

export type JsonRead = { ok: true; rows: RawRow[]; name?: string; own: boolean } | { ok: false; error: FileProblem };

const FIELDS: Record<string, string> = {
  term: 'term',
  definition: 'definition',
  aliases: 'aliases',
  casesensitive: 'caseSensitive',
  case_sensitive: 'caseSensitive',
  ambiguous: 'ambiguous',
  category: 'category',
  source: 'source',
  more: 'more',
};

export function readJson(text: string): JsonRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { code: 'not-json', detail } };
  }
  let items: unknown;
  let name: string | undefined;
  let own = false;
  if (Array.isArray(data)) items = data;
  else if (data && typeof data === 'object' && (data as { format?: unknown }).format === JSON_FORMAT) {
    const d = data as { version?: unknown; name?: unknown; terms?: unknown };
    if (typeof d.version === 'number' && d.version > 1) return { ok: false, error: { code: 'newer-export' } };
    items = d.terms;
    name = typeof d.name === 'string' ? d.name : undefined;
    own = true;
  }
  if (!Array.isArray(items)) return { ok: false, error: { code: 'json-shape' } };
  const rows = items.map((item, i): RawRow => {
    const where = { item: i + 1 };
    if (!item || typeof item !== 'object' || Array.isArray(item))
      return { where, fields: {}, problem: { code: 'not-an-object' } };
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(item)) {
      const field = FIELDS[key.toLowerCase()];
      if (field) fields[field] = value;
    }
    return { where, fields };
  });
  return { ok: true, rows, name, own };
}
