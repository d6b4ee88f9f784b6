import Papa from 'papaparse';
import { neutraliseFormula } from './csv';
import { JSON_FORMAT } from './json';
import type { OwnTerm } from './schema';

/**
 * The two export formats, documented in the README: CSV (opens in any
 * spreadsheet) and TermLens JSON (the lossless one). Importing either gives
 * back the same terms. In CSV, a cell a spreadsheet would take for a formula
 * gets a leading apostrophe, which TermLens's import takes off again
 * (glossary/own/csv.ts).
 */

const CSV_COLUMNS = ['term', 'definition', 'aliases', 'case_sensitive', 'ambiguous', 'category', 'source', 'more'];

export function toCsv(terms: readonly OwnTerm[]): string {
  const rows = terms.map((t) =>
    [
      t.term,
      t.definition,
      t.aliases.join(' | '),
      t.caseSensitive ? 'yes' : '',
      t.ambiguous ? 'yes' : '',
      t.category ?? '',
      t.source ?? '',
      t.more ?? '',
    ].map(neutraliseFormula),
  );
  // A UTF-8 BOM so spreadsheet programs read accented letters correctly; TermLens's import skips it.
  return `\ufeff${Papa.unparse({ fields: CSV_COLUMNS, data: rows }, { newline: '\r\n' })}\r\n`;
}

interface JsonExport {
  format: typeof JSON_FORMAT;
  version: 1;
  name: string;
  exported: string;
  terms: Partial<OwnTerm>[];
}

export function toJson(name: string, terms: readonly OwnTerm[], now = new Date()): string {
  const out: JsonExport = {
    format: JSON_FORMAT,
    version: 1,
    name,
    exported: now.toISOString().slice(0, 10),
    terms: terms.map((t) => {
      const o: Partial<OwnTerm> = { term: t.term, definition: t.definition };
      if (t.aliases.length) o.aliases = t.aliases;
      if (t.caseSensitive) o.caseSensitive = true;
      if (t.ambiguous) o.ambiguous = true;
      if (t.category) o.category = t.category;
      if (t.source) o.source = t.source;
      if (t.more) o.more = t.more;
      return o;
    }),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** A file name for a glossary: its name with anything unsafe replaced. */
export function exportFileName(name: string, ext: 'csv' | 'json'): string {
  const base =
    name
      .replace(/[^\p{L}\p{N} ._-]+/gu, '')
      .trim()
      .replace(/\s+/g, '-') || 'glossary';
  return `${base}.termlens.${ext}`;
}
