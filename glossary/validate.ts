import { entrySchema, type GlossaryEntry } from './schema';

export interface GlossaryProblem {
  /** The entry's id when it has one, else its position: "entries[3]". */
  entry: string;
  /** Dotted path to the field: "sources.0.url". */
  field: string;
  message: string;
}

export type ValidationResult = { ok: true; entries: GlossaryEntry[] } | { ok: false; problems: GlossaryProblem[] };

/**
 * Checks raw glossary data against the schema and the rules that span
 * entries (unique ids, related ids that exist). Every problem names the entry
 * and the field, so a bad edit fails the build with a message a person can act on.
 */
export function validateGlossary(raw: unknown): ValidationResult {
  const problems: GlossaryProblem[] = [];
  if (!Array.isArray(raw)) {
    return { ok: false, problems: [{ entry: '(glossary)', field: '', message: 'must be an array of entries' }] };
  }
  const entries: GlossaryEntry[] = [];
  raw.forEach((item, index) => {
    const name =
      item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : `entries[${index}]`;
    const parsed = entrySchema.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        problems.push({ entry: name, field: issue.path.join('.'), message: issue.message });
  });

  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) problems.push({ entry: e.id, field: 'id', message: 'is used by more than one entry' });
    ids.add(e.id);
  }
  for (const e of entries) {
    e.related.forEach((rel, i) => {
      if (!ids.has(rel))
        problems.push({ entry: e.id, field: `related.${i}`, message: `names "${rel}", which is not an entry` });
      if (rel === e.id) problems.push({ entry: e.id, field: `related.${i}`, message: 'names the entry itself' });
    });
    if (!e.forms.some((f) => f.text.toLowerCase() === e.headword.toLowerCase()))
      problems.push({ entry: e.id, field: 'forms', message: 'must include the headword itself' });
  }
  return problems.length ? { ok: false, problems } : { ok: true, entries };
}

export function formatProblems(problems: GlossaryProblem[]): string {
  return problems.map((p) => `glossary entry "${p.entry}", field "${p.field || '(entry)'}": ${p.message}`).join('\n');
}
