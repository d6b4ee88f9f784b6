/**
 * What can be wrong with an imported glossary file or one of its rows, as
 * codes with the values a message needs (a line number, a limit). Pure: the
 * reader's sentence is written at the edge, in the interface's language
 * (lib/import-messages.ts).
 */

/** Where a row is in its file, as a reader can find it: a line of CSV, TSV or TBX, an item of a JSON array. */
export type RowPlace = { line: number } | { item: number };

/** Why one row was skipped (or a typed term refused). */
export type RowProblem =
  | {
      code:
        | 'no-term'
        | 'no-definition'
        | 'term-start'
        | 'alias-start'
        | 'alias-separator'
        | 'aliases-not-text'
        | 'aliases-not-list'
        | 'category-not-text'
        | 'source-not-https'
        | 'more-not-text'
        | 'quote-not-closed'
        | 'not-an-object'
        | 'unusable';
    }
  | {
      code: 'term-too-long' | 'alias-too-long' | 'definition-too-long' | 'category-too-long' | 'more-too-long';
      max: number;
    }
  | { code: 'too-many-aliases'; max: number }
  | { code: 'not-yes-or-no'; column: 'case_sensitive' | 'ambiguous' }
  | { code: 'no-term-in-language'; language: string }
  | { code: 'duplicate'; term: string; first: RowPlace };

/** Why a whole file was refused: nothing of it is imported. */
export type FileProblem =
  | { code: 'too-large'; bytes: number; max: number }
  | { code: 'empty' }
  | { code: 'no-rows' }
  | { code: 'all-rows-skipped'; first: { where: RowPlace; reason: RowProblem }; more: boolean }
  | { code: 'too-many-terms'; count: number; max: number }
  | { code: 'missing-column'; column: 'term' | 'definition'; separator: 'tab' | 'semicolon' | 'comma' }
  | { code: 'not-json'; detail: string }
  | { code: 'newer-export' }
  | { code: 'json-shape' }
  | { code: 'xml-entities' }
  | { code: 'not-xml'; detail: string; line?: number }
  | { code: 'no-tbx-entries' }
  | { code: 'no-english-section' }
  | { code: 'no-language-section'; language: string };
