import Papa from 'papaparse';
import { t } from './i18n';
import type { SavedTerm } from './saved-terms';

/**
 * The notebook as files to take along: a CSV for any spreadsheet, and a
 * tab-separated file Anki imports as flashcards (front: the term, back: its
 * plain definition). Both are written by papaparse, which quotes fields
 * holding separators, quotes or line breaks, as the reader's own glossaries'
 * export does (glossary/own/export.ts).
 */

// i18n-ignore: file format. The column names are the file's keys, the same in every interface language, so a
// spreadsheet formula or a script written against one export reads every other.
const CSV_FIELDS = ['term', 'definition', 'note', 'saved', 'page_title', 'page_url'];

export function notebookCsv(terms: readonly SavedTerm[], definitionOf: (t: SavedTerm) => string): string {
  const data = terms.map((t) => [
    t.headword,
    definitionOf(t),
    t.note,
    t.saved.slice(0, 10),
    t.pageTitle ?? '',
    t.pageUrl ?? '',
  ]);
  // A UTF-8 BOM so spreadsheet programs read accented letters correctly.
  return `\ufeff${Papa.unparse({ fields: CSV_FIELDS, data }, { newline: '\r\n' })}\r\n`;
}

/**
 * Anki's text import: header lines name the separator, say the fields are
 * plain text (not HTML, so a "<" in a note stays a "<") and name the columns.
 */
export function notebookAnki(terms: readonly SavedTerm[], definitionOf: (t: SavedTerm) => string): string {
  // i18n-ignore: file format. Anki reads these header lines as directives; they are not shown as text.
  const header = '#separator:tab\n#html:false\n#columns:Front\tBack\n';
  const data = terms.map((t) => [t.headword, definitionOf(t)]);
  return `${header}${Papa.unparse(data, { delimiter: '\t', newline: '\n' })}\n`;
}

/** A file name in the reader's language with today's date: termlens-my-terms-2026-11-30.csv */
export function notebookFileName(ext: 'csv' | 'txt', now = new Date()): string {
  return `${t('notebook.fileName', { date: now.toISOString().slice(0, 10) })}.${ext}`;
}
