import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileGlossaryModule, loadGlossaryFromDisk } from '../../scripts/glossary-build';
import { formatProblems, validateGlossary } from '../../glossary/validate';

/** A well-formed entry to break one field at a time. */
function entry(id: string, changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    headword: 'Example term',
    forms: [{ text: 'Example term' }],
    category: 'condition',
    short: 'A made-up condition used only to test the glossary checks.',
    clinical: 'A fictitious condition for the validation tests; every field is well formed.',
    pronunciation: 'ig-ZAM-pul turm',
    explanation: 'This entry exists only in tests. It is well formed, so each test can break exactly one field of it.',
    related: [],
    sources: [{ title: 'Example source', publisher: 'MedlinePlus', url: 'https://medlineplus.gov/example.html' }],
    reviewed: '2026-01-01',
    ...changes,
  };
}

/** The build's error text for this raw glossary. */
function problemsOf(raw: unknown[]): string {
  const result = validateGlossary(raw);
  return result.ok ? '' : formatProblems(result.problems);
}

describe('glossary validation messages name the entry and the field', () => {
  it('accepts a well-formed glossary', () => {
    expect(validateGlossary([entry('alpha'), entry('beta', { related: ['alpha'] })]).ok).toBe(true);
  });

  it.each([
    ['a missing field', entry('alpha', { short: undefined }), 'alpha', 'short', /./],
    [
      'a source on a host that is not allowed',
      entry('alpha', { sources: [{ title: 'Blog', publisher: 'Someone', url: 'https://example.com/ketamine' }] }),
      'alpha',
      'sources.0.url',
      /allowed host/,
    ],
    [
      'an http source',
      entry('alpha', {
        sources: [{ title: 'Old link', publisher: 'MedlinePlus', url: 'http://medlineplus.gov/x.html' }],
      }),
      'alpha',
      'sources.0.url',
      /https/,
    ],
    [
      'markup in the text',
      entry('alpha', { short: 'A <b>bold</b> claim that should never reach a tooltip.' }),
      'alpha',
      'short',
      /< or >/,
    ],
    ['a bad category', entry('alpha', { category: 'miscellaneous' }), 'alpha', 'category', /./],
    ['no text for clinicians', entry('alpha', { clinical: undefined }), 'alpha', 'clinical', /./],
    [
      'a condition without a pronunciation',
      entry('alpha', { pronunciation: undefined }),
      'alpha',
      'pronunciation',
      /required for an acronym, drug, mechanism or condition/,
    ],
    [
      'an acronym without a pronunciation, whatever its category',
      entry('alpha', {
        headword: 'XYZ',
        forms: [{ text: 'XYZ', caseSensitive: true }],
        category: 'organisation',
        pronunciation: undefined,
      }),
      'alpha',
      'pronunciation',
      /required/,
    ],
    [
      'a pronunciation that is not a respelling',
      entry('alpha', { pronunciation: '/ɪɡˈzæmpəl/' }),
      'alpha',
      'pronunciation',
      /respelling/,
    ],
    ['an id that is not kebab-case', entry('Alpha Beta'), 'Alpha Beta', 'id', /kebab-case/],
    ['a date that is not a date', entry('alpha', { reviewed: 'last week' }), 'alpha', 'reviewed', /YYYY-MM-DD/],
    [
      'a form with markup',
      entry('alpha', { forms: [{ text: 'Example term' }, { text: '<i>x</i>' }] }),
      'alpha',
      'forms.1.text',
      /< or >/,
    ],
  ])('%s', (_what, bad, id, field, message) => {
    const text = problemsOf([entry('other'), bad]);
    expect(text).toContain(`glossary entry "${id}", field "${field}"`);
    expect(text.split('\n').find((line) => line.includes(`field "${field}"`))).toMatch(message);
    expect(text).not.toContain('"other"');
  });

  it('lets an everyday word go without a pronunciation', () => {
    const dizzy = entry('alpha', { headword: 'Dizziness', forms: [{ text: 'Dizziness' }], category: 'effect-risk' });
    expect(validateGlossary([{ ...dizzy, pronunciation: undefined }]).ok).toBe(true);
  });

  it('names a related id that is not an entry', () => {
    expect(problemsOf([entry('alpha', { related: ['no-such-entry'] })])).toBe(
      'glossary entry "alpha", field "related.0": names "no-such-entry", which is not an entry',
    );
  });

  it('names an id used twice', () => {
    expect(problemsOf([entry('alpha'), entry('alpha')])).toBe(
      'glossary entry "alpha", field "id": is used by more than one entry',
    );
  });

  it('names an entry without an id by its position', () => {
    expect(problemsOf([entry('alpha'), entry('x', { id: undefined })])).toContain(
      'glossary entry "entries[1]", field "id"',
    );
  });

  it('requires the headword among the forms', () => {
    expect(problemsOf([entry('alpha', { forms: [{ text: 'Something else' }] })])).toBe(
      'glossary entry "alpha", field "forms": must include the headword itself',
    );
  });
});

describe('the build fails on a bad glossary file', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const withFiles = (files: Record<string, string>) => {
    dir = mkdtempSync(join(tmpdir(), 'termlens-glossary-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  };
  const bad = JSON.stringify([
    entry('alpha', { sources: [{ title: 'Blog', publisher: 'Someone', url: 'http://example.com/' }] }),
  ]);

  it('loads a good directory', () => {
    expect(loadGlossaryFromDisk(withFiles({ 'a.json': JSON.stringify([entry('alpha')]) })).map((e) => e.id)).toEqual([
      'alpha',
    ]);
  });

  it('names the entry and field when loading from disk', () => {
    expect(() => loadGlossaryFromDisk(withFiles({ 'a.json': JSON.stringify([entry('beta')]), 'b.json': bad }))).toThrow(
      /The glossary has errors:\nglossary entry "alpha", field "sources\.0\.url"/,
    );
  });

  it('names the file that is not JSON', () => {
    expect(() => loadGlossaryFromDisk(withFiles({ 'broken.json': '[{"id": "alpha",' }))).toThrow(
      /broken\.json is not valid JSON/,
    );
  });

  it('serves a page only what it needs before a tooltip, and the tooltip’s texts apart, nothing lost between them', async () => {
    // Quotes of every kind in the texts: the modules write them escaped (scripts/glossary-build.ts `quoted`).
    const beta = entry('beta', { headword: "Beta's term", forms: [{ text: "Beta's term" }, { text: '`odd` "beta"' }] });
    const plugin = compileGlossaryModule(withFiles({ 'a.json': JSON.stringify([entry('alpha'), beta]) }));
    const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => string;
    const serve = async (name: string): Promise<unknown> => {
      const code = load.call({ addWatchFile: () => {} }, `\0virtual:termlens-glossary-${name}`);
      const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<string, unknown>;
      return Object.values(module)[0];
    };
    const page = (await serve('page')) as Record<string, unknown>[];
    const texts = (await serve('texts')) as [string, Record<string, unknown>][];
    const compact = (await serve('compact')) as Record<string, unknown>[];
    expect(page[1]).toMatchObject({
      headword: "Beta's term",
      forms: [{ text: "Beta's term" }, { text: '`odd` "beta"' }],
    });
    // Every frame parses the page part: no definition, explanation or source in it.
    expect(JSON.stringify(page)).not.toMatch(/made-up condition|fictitious|exists only in tests|Example source/);
    expect(page.map((e) => e.id)).toEqual(['alpha', 'beta']);
    expect(texts.map(([id, t]) => [id, Object.keys(t).sort()])).toEqual([
      ['alpha', ['clinical', 'pronunciation', 'short']],
      ['beta', ['clinical', 'pronunciation', 'short']],
    ]);
    // Together they are the compact entry the options page reads.
    expect(page.map((e, i) => ({ ...e, ...texts[i]![1] }))).toEqual(compact);
  });

  it('stops the Vite plugin that serves the glossary module', () => {
    const plugin = compileGlossaryModule(withFiles({ 'b.json': bad }));
    const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => unknown;
    expect(() => load.call({ addWatchFile: () => {} }, '\0virtual:termlens-glossary')).toThrow(
      /glossary entry "alpha", field "sources\.0\.url": must be an https URL on an allowed host/,
    );
  });
});
