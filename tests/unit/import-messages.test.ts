import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importGlossary } from '../../glossary/own/import';
import type { FileProblem, RowProblem } from '../../glossary/own/problems';
import { fileProblemText, importSummary, rowErrorText, rowProblemText } from '../../lib/import-messages';
import { chromeMessages } from '../../scripts/lib/locale-messages';

/** `browser.i18n.getMessage` as Chrome answers it from _locales/<locale>/messages.json. */
function answerIn(locale: string) {
  const messages = chromeMessages(locale);
  return (name: string, substitutions?: string | string[]) => {
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    return (messages[name] ?? '').replace(/\$(\$|[1-9])/g, (_, d: string) =>
      d === '$' ? '$' : (subs[Number(d) - 1] ?? ''),
    );
  };
}

/** One problem of every kind (a missing kind fails to compile), with the values its message needs. */
const ROW_PROBLEMS: { [C in RowProblem['code']]: RowProblem & { code: C } } = {
  'no-term': { code: 'no-term' },
  'no-definition': { code: 'no-definition' },
  'term-start': { code: 'term-start' },
  'alias-start': { code: 'alias-start' },
  'alias-separator': { code: 'alias-separator' },
  'aliases-not-text': { code: 'aliases-not-text' },
  'aliases-not-list': { code: 'aliases-not-list' },
  'category-not-text': { code: 'category-not-text' },
  'source-not-https': { code: 'source-not-https' },
  'more-not-text': { code: 'more-not-text' },
  'quote-not-closed': { code: 'quote-not-closed' },
  'not-an-object': { code: 'not-an-object' },
  unusable: { code: 'unusable' },
  'term-too-long': { code: 'term-too-long', max: 80 },
  'alias-too-long': { code: 'alias-too-long', max: 80 },
  'definition-too-long': { code: 'definition-too-long', max: 1000 },
  'category-too-long': { code: 'category-too-long', max: 60 },
  'more-too-long': { code: 'more-too-long', max: 5000 },
  'too-many-aliases': { code: 'too-many-aliases', max: 30 },
  'not-yes-or-no': { code: 'not-yes-or-no', column: 'ambiguous' },
  'no-term-in-language': { code: 'no-term-in-language', language: 'fr' },
  duplicate: { code: 'duplicate', term: 'EEG', first: { item: 2 } },
};
const FILE_PROBLEMS: { [C in FileProblem['code']]: FileProblem & { code: C } } = {
  'too-large': { code: 'too-large', bytes: 12.4 * 1024 * 1024, max: 10 * 1024 * 1024 },
  empty: { code: 'empty' },
  'no-rows': { code: 'no-rows' },
  'all-rows-skipped': {
    code: 'all-rows-skipped',
    first: { where: { line: 2 }, reason: { code: 'no-term' } },
    more: true,
  },
  'too-many-terms': { code: 'too-many-terms', count: 24_500, max: 20_000 },
  'missing-column': { code: 'missing-column', column: 'term', separator: 'tab' },
  'not-json': { code: 'not-json', detail: 'Unexpected token' },
  'newer-export': { code: 'newer-export' },
  'json-shape': { code: 'json-shape' },
  'xml-entities': { code: 'xml-entities' },
  'not-xml': { code: 'not-xml', detail: 'unclosed tag: termEntry', line: 1 },
  'no-tbx-entries': { code: 'no-tbx-entries' },
  'no-english-section': { code: 'no-english-section' },
  'no-language-section': { code: 'no-language-section', language: 'de' },
};

const unfilled = /\{[A-Za-z0-9_]+\}|\$\d/;

describe('import problems in Spanish', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(answerIn('es'));
  });
  afterEach(() => vi.restoreAllMocks());

  it('names the row and says why, with its values in place', () => {
    expect(rowErrorText({ where: { line: 17 }, reason: { code: 'no-definition' } })).toBe(
      'línea 17: falta la definición',
    );
    expect(rowErrorText({ where: { item: 3 }, reason: { code: 'not-an-object' } })).toBe(
      'elemento 3: no es un objeto con "term" y "definition"',
    );
    expect(rowErrorText({ where: { line: 10 }, reason: ROW_PROBLEMS['definition-too-long'] })).toBe(
      'línea 10: la definición tiene más de 1000 caracteres',
    );
    expect(
      rowErrorText({ where: { line: 8 }, reason: { code: 'duplicate', term: 'Good One', first: { line: 2 } } }),
    ).toBe('línea 8: “Good One” ya aparece antes (línea 2)');
    expect(rowProblemText(ROW_PROBLEMS['not-yes-or-no'])).toBe('ambiguous no es yes ni no');
  });

  it('writes numbers the Spanish way in file refusals', () => {
    expect(fileProblemText(FILE_PROBLEMS['too-large'])).toBe(
      'Este archivo ocupa 12,4 MB. TermLens importa archivos de glosario de hasta 10 MB.',
    );
    expect(fileProblemText(FILE_PROBLEMS['too-many-terms'])).toBe(
      'Este archivo tiene 24.500 términos. TermLens guarda hasta 20.000 términos en total.',
    );
    expect(fileProblemText(FILE_PROBLEMS['all-rows-skipped'])).toBe(
      'Ninguna fila se puede usar: se han omitido todas (línea 2: falta el término, …).',
    );
  });

  it.each([
    [4998, 2, '4998 términos importados, 2 filas omitidas'],
    [1, 1, '1 término importado, 1 fila omitida'],
    [12_000, 0, '12.000 términos importados'],
    [0, 3, '0 términos importados, 3 filas omitidas'],
  ])('summarises %i imported, %i skipped with the right plural', (imported, skipped, text) => {
    expect(importSummary(imported, skipped)).toBe(text);
  });

  it('words what a real file reports', () => {
    const r = importGlossary('term,definition\nquiet hours,Rest time.\nobs round,\n,No term.\n');
    expect(r.ok && r.errors.map(rowErrorText)).toEqual(['línea 3: falta la definición', 'línea 4: falta el término']);
    expect(r.ok && importSummary(r.terms.length, r.errors.length)).toBe('1 término importado, 2 filas omitidas');
  });

  it('has a filled-in Spanish sentence, unlike the English one, for every kind of problem', () => {
    const spanish = [
      ...Object.values(ROW_PROBLEMS).map(rowProblemText),
      ...Object.values(FILE_PROBLEMS).map(fileProblemText),
    ];
    vi.restoreAllMocks();
    const english = [
      ...Object.values(ROW_PROBLEMS).map(rowProblemText),
      ...Object.values(FILE_PROBLEMS).map(fileProblemText),
    ];
    expect(spanish.filter((s) => s.trim() === '' || unfilled.test(s))).toEqual([]);
    expect(english.filter((s) => s.trim() === '' || unfilled.test(s))).toEqual([]);
    expect(spanish.filter((s, i) => s === english[i])).toEqual([]);
  });
});

describe('import problems in English (the sentences the other tests and the e2e specs read)', () => {
  it('one sentence per kind, with values', () => {
    expect(rowErrorText({ where: { line: 17 }, reason: { code: 'no-definition' } })).toBe('line 17: no definition');
    expect(rowProblemText(ROW_PROBLEMS['duplicate'])).toBe('“EEG” is already on item 2');
    expect(rowProblemText(ROW_PROBLEMS['too-many-aliases'])).toBe('more than 30 aliases');
    expect(fileProblemText(FILE_PROBLEMS['too-many-terms'])).toBe(
      'This file has 24,500 terms. TermLens keeps up to 20,000 terms in all.',
    );
    expect(fileProblemText(FILE_PROBLEMS['not-xml'])).toBe(
      'This is not well-formed XML (line 1: unclosed tag: termEntry).',
    );
  });
});
