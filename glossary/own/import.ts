import { canonical } from '../normalize';
import { readCsv } from './csv';
import { readJson } from './json';
import { MAX_FILE_BYTES, MAX_TERMS } from './limits';
import type { FileProblem, RowPlace } from './problems';
import { checkRow, type OwnTerm, type RawRow, type RowError } from './schema';
import { readTbx } from './tbx';

/**
 * One entry point for every format: the format is told by the content (a
 * file called .csv may hold TSV or JSON), every row is checked, good rows are
 * kept and each bad one is reported with where it is and why. Pure: text in,
 * terms and problem codes out (lib/import-messages.ts words them); nothing is
 * stored here.
 */

type ImportFormat = 'csv' | 'tsv' | 'tbx' | 'termlens-json' | 'json';

export interface ImportOptions {
  /** The file's size in bytes, when known before reading (File.size). */
  bytes?: number;
  /** The file's name, for the glossary's name when the file names none. */
  fileName?: string;
  /** TBX: the language section to take when the file has no English one. */
  language?: string;
}

export type ImportResult =
  /** `name` is empty when neither the file nor its file name gives one. */
  | { ok: true; format: ImportFormat; name: string; terms: OwnTerm[]; errors: RowError[]; language?: string }
  | { ok: false; error: FileProblem; languages?: string[] };

function detectFormat(text: string): 'xml' | 'json' | 'csv' {
  const start = text.trimStart()[0];
  return start === '<' ? 'xml' : start === '{' || start === '[' ? 'json' : 'csv';
}

export function importGlossary(input: string, options: ImportOptions = {}): ImportResult {
  const bytes = options.bytes ?? input.length;
  if (bytes > MAX_FILE_BYTES) return { ok: false, error: { code: 'too-large', bytes, max: MAX_FILE_BYTES } };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (!text.trim()) return { ok: false, error: { code: 'empty' } };

  let rows: RawRow[];
  let format: ImportFormat;
  let name: string | undefined;
  let language: string | undefined;
  const kind = detectFormat(text);
  if (kind === 'xml') {
    const read = readTbx(text, options.language);
    if (!read.ok) return read;
    ({ rows, language } = read);
    name = read.title;
    format = 'tbx';
  } else if (kind === 'json') {
    const read = readJson(text);
    if (!read.ok) return read;
    ({ rows, name } = read);
    format = read.own ? 'termlens-json' : 'json';
  } else {
    const read = readCsv(text);
    if (!read.ok) return read;
    rows = read.rows;
    format = read.delimiter === '\t' ? 'tsv' : 'csv';
  }

  const { terms, errors } = checkRows(rows);
  if (!terms.length) {
    const error: FileProblem = errors[0]
      ? { code: 'all-rows-skipped', first: errors[0], more: errors.length > 1 }
      : { code: 'no-rows' };
    return { ok: false, error };
  }
  if (terms.length > MAX_TERMS)
    return { ok: false, error: { code: 'too-many-terms', count: terms.length, max: MAX_TERMS } };
  const fallback = options.fileName?.replace(/(?:\.termlens)?\.[a-z0-9]{1,5}$/i, '').trim();
  return { ok: true, format, name: (name?.trim() || fallback || '').slice(0, 80), terms, errors, language };
}

/** Checks every row; a term written twice keeps its first row and reports the second. */
function checkRows(rows: readonly RawRow[]): { terms: OwnTerm[]; errors: RowError[] } {
  const terms: OwnTerm[] = [];
  const errors: RowError[] = [];
  const firstAt = new Map<string, RowPlace>();
  for (const row of rows) {
    const checked = checkRow(row);
    if ('error' in checked) {
      errors.push(checked.error);
      continue;
    }
    const key = termKey(checked.term);
    const first = firstAt.get(key);
    if (first) {
      errors.push({ where: row.where, reason: { code: 'duplicate', term: checked.term.term, first } });
      continue;
    }
    firstAt.set(key, row.where);
    terms.push(checked.term);
  }
  return { terms, errors };
}

/** Terms that read the same to the matcher are the same term. */
const termKey = (t: Pick<OwnTerm, 'term' | 'caseSensitive'>) => canonical(t.term, !t.caseSensitive);
