import Papa from 'papaparse';
import type { FileProblem } from './problems';
import type { RawRow } from './schema';

/**
 * CSV and TSV: comma, semicolon or tab separated, quoted fields with
 * separators, quotes and line breaks (papaparse reads those). Columns are
 * found by their header name, in any case and order; unknown columns are
 * ignored. Each row keeps the line it starts on, so a reason can point at it.
 */

const COLUMNS: Record<string, string> = {
  term: 'term',
  definition: 'definition',
  aliases: 'aliases',
  case_sensitive: 'caseSensitive',
  ambiguous: 'ambiguous',
  category: 'category',
  source: 'source',
  more: 'more',
};

/**
 * Spreadsheets evaluate a cell that begins with = + - @ (or a tab or carriage
 * return before one) as a formula, so a definition such as "=HYPERLINK(…)" in
 * a shared glossary could run in the reader's spreadsheet. TermLens's CSV
 * export puts an apostrophe before such a cell (spreadsheets show it as text),
 * and before any cell that already begins with apostrophes and then one of
 * those characters; its import takes exactly one apostrophe off such cells.
 * Every cell so comes back as it was written (glossary/own/export.ts).
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
export const neutraliseFormula = (cell: string) => (FORMULA_LIKE.test(cell) ? `'${cell}` : cell);
const restoreFormula = (cell: string) => (cell.startsWith("'") && FORMULA_LIKE.test(cell) ? cell.slice(1) : cell);

export type CsvRead = { ok: true; rows: RawRow[]; delimiter: string } | { ok: false; error: FileProblem };

/** The separator the header line uses: the most frequent of tab, semicolon and comma outside quotes. */
function guessDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const count = (c: string) => header.split(c).length - 1;
  const candidates = ['\t', ';', ','].map((c) => [c, count(c)] as const);
  const [best] = [...candidates].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

export function readCsv(text: string): CsvRead {
  const delimiter = guessDelimiter(text);
  let header: (string | null)[] | null = null;
  const rows: RawRow[] = [];
  // Line starts, to turn papaparse's character offsets into line numbers.
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  let rowStart = 0;
  let missing: 'term' | 'definition' | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      const start = rowStart;
      rowStart = result.meta.cursor;
      const cells = result.data;
      if (cells.every((c) => c.trim() === '')) return; // blank line
      if (!header) {
        header = cells.map(
          (c) =>
            COLUMNS[
              c
                .trim()
                .toLowerCase()
                .replace(/[\s-]+/g, '_')
            ] ?? null,
        );
        for (const required of ['term', 'definition'] as const)
          if (!header.includes(required)) {
            missing = required;
            parser.abort();
            return;
          }
        return;
      }
      const where = { line: lineAt(start) };
      if (result.errors.some((e) => e.type === 'Quotes')) {
        rows.push({ where, fields: { term: cells[0] ?? '', definition: '' }, problem: { code: 'quote-not-closed' } });
        return;
      }
      const fields: Record<string, unknown> = {};
      header.forEach((name, i) => {
        if (name && cells[i] !== undefined && fields[name] === undefined) fields[name] = restoreFormula(cells[i]);
      });
      rows.push({ where, fields });
    },
  });
  if (missing) {
    const separator = delimiter === '\t' ? 'tab' : delimiter === ';' ? 'semicolon' : 'comma';
    return { ok: false, error: { code: 'missing-column', column: missing, separator } };
  }
  if (!header) return { ok: false, error: { code: 'empty' } };
  return { ok: true, rows, delimiter };
}
