/**
 * The reader's sentences for what glossary/own/ reports as codes: a row
 * skipped ("line 17: no definition"), a file refused, the summary of an
 * import ("4,998 terms imported, 2 rows skipped"), in the interface's
 * language with its plural forms and number format.
 */
import type { FileProblem, RowPlace, RowProblem } from '../glossary/own/problems';
import type { RowError } from '../glossary/own/schema';
import { formatNumber, t } from './i18n';

/** "line 17", "item 3". */
const rowPlaceText = (where: RowPlace): string =>
  'line' in where ? t('import.line', { line: where.line }) : t('import.item', { item: where.item });

/** Why a row was skipped, as the lower-case phrase that follows "line 17: ". */
export function rowProblemText(p: RowProblem): string {
  switch (p.code) {
    case 'no-term':
      return t('import.noTerm');
    case 'no-definition':
      return t('import.noDefinition');
    case 'term-start':
      return t('import.termStart');
    case 'alias-start':
      return t('import.aliasStart');
    case 'alias-separator':
      return t('import.aliasSeparator');
    case 'aliases-not-text':
      return t('import.aliasesNotText');
    case 'aliases-not-list':
      return t('import.aliasesNotList');
    case 'category-not-text':
      return t('import.categoryNotText');
    case 'source-not-https':
      return t('import.sourceNotHttps');
    case 'more-not-text':
      return t('import.moreNotText');
    case 'quote-not-closed':
      return t('import.quoteNotClosed');
    case 'not-an-object':
      return t('import.notAnObject');
    case 'unusable':
      return t('import.unusable');
    case 'term-too-long':
      return t('import.termTooLong', { max: formatNumber(p.max) });
    case 'alias-too-long':
      return t('import.aliasTooLong', { max: formatNumber(p.max) });
    case 'definition-too-long':
      return t('import.definitionTooLong', { max: formatNumber(p.max) });
    case 'category-too-long':
      return t('import.categoryTooLong', { max: formatNumber(p.max) });
    case 'more-too-long':
      return t('import.moreTooLong', { max: formatNumber(p.max) });
    case 'too-many-aliases':
      return t('import.tooManyAliases', { max: formatNumber(p.max) });
    case 'not-yes-or-no':
      return t('import.notYesOrNo', { column: p.column });
    case 'no-term-in-language':
      return t('import.noTermInLanguage', { language: p.language });
    case 'duplicate':
      return t('import.duplicate', { term: p.term, place: rowPlaceText(p.first) });
  }
}

/** "line 17: no definition" */
export const rowErrorText = (e: RowError): string =>
  t('import.rowError', { place: rowPlaceText(e.where), reason: rowProblemText(e.reason) });

const megabytes = (bytes: number) =>
  formatNumber(bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Why a glossary file was refused, as a sentence. */
export function fileProblemText(p: FileProblem): string {
  switch (p.code) {
    case 'too-large':
      return t('import.tooLarge', { size: megabytes(p.bytes), max: formatNumber(p.max / 1024 / 1024) });
    case 'empty':
      return t('import.empty');
    case 'no-rows':
      return t('import.noRows');
    case 'all-rows-skipped':
      return t(p.more ? 'import.allRowsSkippedMore' : 'import.allRowsSkipped', { row: rowErrorText(p.first) });
    case 'too-many-terms':
      return t('import.tooManyTerms', { count: formatNumber(p.count), max: formatNumber(p.max) });
    case 'missing-column':
      return p.separator === 'tab'
        ? t('import.missingColumnTab', { column: p.column })
        : p.separator === 'semicolon'
          ? t('import.missingColumnSemicolon', { column: p.column })
          : t('import.missingColumnComma', { column: p.column });
    case 'not-json':
      return t('import.notJson', { detail: p.detail });
    case 'newer-export':
      return t('import.newerExport');
    case 'json-shape':
      return t('import.jsonShape');
    case 'xml-entities':
      return t('import.xmlEntities');
    case 'not-xml':
      return p.line === undefined
        ? t('import.notXml', { detail: p.detail })
        : t('import.notXmlAtLine', { line: p.line, detail: p.detail });
    case 'no-tbx-entries':
      return t('import.noTbxEntries');
    case 'no-english-section':
      return t('import.noEnglishSection');
    case 'no-language-section':
      return t('import.noLanguageSection', { language: p.language });
  }
}

/** "4,998 terms imported, 2 rows skipped" */
export function importSummary(imported: number, skipped: number): string {
  const terms = t('import.termsImported', imported, [formatNumber(imported)]);
  if (!skipped) return terms;
  return t('import.summaryWithSkipped', {
    imported: terms,
    skipped: t('import.rowsSkipped', skipped, [formatNumber(skipped)]),
  });
}
