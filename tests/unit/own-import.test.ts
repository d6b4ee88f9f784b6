import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, toJson } from '../../glossary/own/export';
import { importGlossary, type ImportResult } from '../../glossary/own/import';
import { fileProblemText, importSummary, rowErrorText } from '../../lib/import-messages';
import type { OwnTerm } from '../../glossary/own/schema';

// The import reports codes; the reader's sentences are written by lib/import-messages.ts (English here).
const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(`expected success, got: ${fileProblemText(r.error)}`);
  return r;
};
const reasons = (r: ImportResult) => ok(r).errors.map(rowErrorText);
const errorOf = (r: ImportResult) => (r.ok ? 'imported' : fileProblemText(r.error));
const terms = (r: ImportResult) => ok(r).terms.map((t) => t.term);

describe('CSV and TSV', () => {
  it.each([
    ['commas', 'term,definition\nlumbar puncture,A needle takes fluid from the lower back.\n'],
    ['semicolons', 'term;definition\nlumbar puncture;A needle takes fluid from the lower back.\n'],
    ['tabs', 'term\tdefinition\nlumbar puncture\tA needle takes fluid from the lower back.\n'],
    ['a BOM and CRLF', '\ufeffterm,definition\r\nlumbar puncture,A needle takes fluid from the lower back.\r\n'],
    ['header case and order', 'Definition,TERM\nA needle takes fluid from the lower back.,lumbar puncture\n'],
  ])('reads %s', (_, file) => {
    const r = ok(importGlossary(file));
    expect(r.terms).toEqual([
      {
        term: 'lumbar puncture',
        definition: 'A needle takes fluid from the lower back.',
        aliases: [],
        caseSensitive: false,
        ambiguous: false,
      },
    ]);
    expect(r.errors).toEqual([]);
  });

  it('tells TSV from CSV by content, not by name', () => {
    expect(ok(importGlossary('term\tdefinition\nA\tB b\n', { fileName: 'x.csv' })).format).toBe('tsv');
  });

  it('keeps separators, quotes and line breaks inside quoted fields, and numbers rows by their first line', () => {
    const file = [
      'term,definition,aliases',
      '"CSF","Fluid around the brain, ""clear"" and\nwatery.","cerebrospinal fluid | spinal fluid"',
      'EEG,"Records the brain\'s\nelectrical\nactivity.",',
      'MRI,',
    ].join('\n');
    const r = importGlossary(file);
    expect(ok(r).terms[0]).toMatchObject({
      term: 'CSF',
      definition: 'Fluid around the brain, "clear" and\nwatery.',
      aliases: ['cerebrospinal fluid', 'spinal fluid'],
    });
    expect(terms(r)).toEqual(['CSF', 'EEG']);
    expect(reasons(r)).toEqual(['line 7: no definition']);
  });

  it('reads every optional column', () => {
    const file =
      'term;definition;aliases;case_sensitive;ambiguous;category;source;more\n' +
      'LP;Lumbar puncture.;spinal tap|lumbar tap;yes;no;Procedures;https://example.org/lp;A longer text.\n';
    expect(ok(importGlossary(file)).terms[0]).toEqual({
      term: 'LP',
      definition: 'Lumbar puncture.',
      aliases: ['spinal tap', 'lumbar tap'],
      caseSensitive: true,
      ambiguous: false,
      category: 'Procedures',
      source: 'https://example.org/lp',
      more: 'A longer text.',
    });
  });

  it('reports each bad row with its line and reason, and keeps the good ones', () => {
    const long = 'x'.repeat(81);
    const file = [
      'term,definition,source,case_sensitive',
      'good one,Fine.,,',
      ',No term here.,,',
      `${long},Too long.,,`,
      'link,Has a bad source.,http://example.org,',
      'js,Has a script source.,javascript:alert(1),',
      'flag,Odd flag.,,maybe',
      'Good One,Same term again in another case.,,',
      '<b>bold</b>,Starts with markup.,,',
      `huge,${'y'.repeat(1001)},,`,
      'last,Also fine.,https://example.org/a?b=c,',
    ].join('\n');
    const r = importGlossary(file);
    expect(terms(r)).toEqual(['good one', 'last']);
    expect(reasons(r)).toEqual([
      'line 3: no term',
      'line 4: term longer than 80 characters',
      'line 5: source is not an https URL',
      'line 6: source is not an https URL',
      'line 7: case_sensitive is not yes or no',
      'line 8: “Good One” is already on line 2',
      'line 9: term does not begin with a letter or a digit',
      'line 10: definition longer than 1,000 characters',
    ]);
  });

  it('a case-sensitive term is not a duplicate of the same letters in another case', () => {
    const r = importGlossary('term,definition,case_sensitive\nAIDS,The syndrome.,yes\naids,Devices that help.,\n');
    expect(terms(r)).toEqual(['AIDS', 'aids']);
  });

  it('reports a quoted field that never closes', () => {
    const r = importGlossary('term,definition\nok,Fine.\nbad,"never closed\nmore,text\n');
    expect(terms(r)).toEqual(['ok']);
    expect(reasons(r)).toEqual(['line 3: a quoted field is not closed']);
  });

  it.each([
    [
      'no definition column',
      'term,meaning\na,b\n',
      'No “definition” column. The first line must name the columns, separated by commas: term, definition, and optionally aliases, case_sensitive, ambiguous, category, source, more.',
    ],
    [
      'no term column',
      'name;definition\na;b\n',
      'No “term” column. The first line must name the columns, separated by semicolons: term, definition, and optionally aliases, case_sensitive, ambiguous, category, source, more.',
    ],
    ['only a header', 'term,definition\n', 'No usable row: it has no rows under the header.'],
    ['no usable row', 'term,definition\n,x\ny,\n', 'No usable row: every row was skipped (line 2: no term, …).'],
    ['an empty file', '', 'The file is empty.'],
    ['only a BOM and blanks', '\ufeff \n\n', 'The file is empty.'],
  ])('refuses %s with a reason', (_, file, error) => {
    expect(errorOf(importGlossary(file))).toBe(error);
  });

  it('refuses a file over 10 MB before reading it', () => {
    expect(errorOf(importGlossary('term,definition\n', { bytes: 12.4 * 1024 * 1024 }))).toBe(
      'This file is 12.4 MB. TermLens imports glossary files of up to 10 MB.',
    );
    const big = `term,definition\n${'a,b\n'.repeat(2_700_000)}`;
    expect(importGlossary(big).ok).toBe(false);
  });

  it('names the glossary after the file', () => {
    expect(ok(importGlossary('term,definition\na,b\n', { fileName: 'Clinic leaflet.csv' })).name).toBe(
      'Clinic leaflet',
    );
  });
});

describe('JSON', () => {
  it('reads a plain array of { term, definition }', () => {
    const r = importGlossary(JSON.stringify([{ term: 'EEG', definition: 'Records brain waves.' }, { term: 'X' }, 5]));
    expect(terms(r)).toEqual(['EEG']);
    expect(reasons(r)).toEqual(['item 2: no definition', 'item 3: not an object with "term" and "definition"']);
  });

  it.each([
    ['broken JSON', '[{"term": "a",}]', /^This is not valid JSON \(/],
    ['another shape', '{"terms": []}', /^This JSON is neither a TermLens glossary export nor an array/],
    ['a newer export', '{"format":"termlens-glossary","version":2,"terms":[]}', /exported by a newer TermLens/],
  ])('refuses %s', (_, file, error) => {
    expect(errorOf(importGlossary(file))).toMatch(error);
  });
});

describe('TBX', () => {
  const basic = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader><fileDesc><titleStmt><title>Ward terms</title></titleStmt></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c1">
      <langSet xml:lang="en">
        <descrip type="definition">A needle takes fluid from the <hi>lower</hi> back.</descrip>
        <tig><term>lumbar puncture</term></tig>
        <ntig><termGrp><term>spinal tap</term></termGrp></ntig>
      </langSet>
      <langSet xml:lang="de"><tig><term>Lumbalpunktion</term></tig></langSet>
    </termEntry>
    <termEntry id="c2">
      <langSet xml:lang="en"><tig><term>triage</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>`;

  it('reads TBX-Basic: English terms, aliases, definitions, the title as name; an entry without definition is reported', () => {
    const r = ok(importGlossary(basic));
    expect(r.format).toBe('tbx');
    expect(r.name).toBe('Ward terms');
    expect(r.terms).toEqual([
      {
        term: 'lumbar puncture',
        definition: 'A needle takes fluid from the lower back.',
        aliases: ['spinal tap'],
        caseSensitive: false,
        ambiguous: false,
      },
    ]);
    expect(reasons(r)).toEqual(['line 14: no definition']);
  });

  const v3 = `<?xml version="1.0"?>
<tbx type="TBX-Min" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="1">
      <descrip type="definition">Prélèvement de liquide dans le bas du dos.</descrip>
      <langSec xml:lang="fr"><termSec><term>ponction lombaire</term></termSec></langSec>
      <langSec xml:lang="nl"><termSec><term>lumbaalpunctie</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`;

  it('asks for a language when there is no English section, then takes the one chosen', () => {
    const refused = importGlossary(v3);
    expect(errorOf(refused)).toBe('The file has no English section. Choose the language to import.');
    expect(!refused.ok && refused.languages).toEqual(['fr', 'nl']);
    expect(errorOf(importGlossary(v3, { language: 'de' }))).toBe('The file has no “de” section.');
    const r = ok(importGlossary(v3, { language: 'fr' }));
    expect(r.terms[0]).toMatchObject({
      term: 'ponction lombaire',
      definition: 'Prélèvement de liquide dans le bas du dos.',
    });
    expect(r.language).toBe('fr');
  });

  const bomb = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&lol9;</term></tig>
<descrip type="definition">&lol9;</descrip></langSet></termEntry></body></text></martif>`;
  const external = `<?xml version="1.0"?>
<!DOCTYPE martif [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>leak</term></tig>
<descrip type="definition">&xxe;</descrip></langSet></termEntry></body></text></martif>`;

  it.each([
    ['a billion-laughs entity bomb', bomb],
    ['an external entity', external],
  ])('refuses %s without expanding or fetching anything', (_, file) => {
    const r = importGlossary(file);
    expect(!r.ok && r.error).toEqual({ code: 'xml-entities' });
    expect(errorOf(r)).toMatch(
      /^This XML file declares its own entities \(a DOCTYPE with \[ … \]\)\. TermLens does not read/,
    );
  });

  it.each([
    ['unclosed elements', '<martif><text><body><termEntry>', /^This is not well-formed XML \(line 1: .+\)\.$/],
    [
      'an undeclared entity',
      '<martif><termEntry><langSet xml:lang="en"><term>&nbsp;</term></langSet></termEntry></martif>',
      /^This is not well-formed XML \(.*undefined entity/i,
    ],
    ['XML that is not TBX', '<html><body><p>Hello</p></body></html>', /^No term entries found/],
  ])('refuses %s', (_, file, error) => {
    expect(errorOf(importGlossary(file))).toMatch(error);
  });
});

describe('export and import again', () => {
  const file = [
    'term;definition;aliases;case_sensitive;ambiguous;category;source;more',
    'LP;"Lumbar puncture; a ""spinal tap"".";spinal tap|lumbar tap;yes;;Procedures;https://example.org/lp?a=1&b=2;"Two\nlines."',
    '<img src=x onerror=alert(1)>;x;;;;;;',
    'Ödem;Swelling from fluid, <b>not</b> fat.;;;yes;;;',
    '=SUM(A1);Looks like a formula.;;;;;;',
  ].join('\n');

  it('CSV → import → CSV export → import gives the same terms, and so does TermLens JSON', () => {
    const first = ok(importGlossary(file));
    expect(first.terms.map((t) => t.term)).toEqual(['LP', 'Ödem']);
    const viaCsv = ok(importGlossary(toCsv(first.terms)));
    expect(viaCsv.terms).toEqual(first.terms);
    expect(viaCsv.errors).toEqual([]);
    const viaJson = ok(importGlossary(toJson('Ward terms', first.terms)));
    expect(viaJson.format).toBe('termlens-json');
    expect(viaJson.name).toBe('Ward terms');
    expect(viaJson.terms).toEqual(first.terms);
  });
});

describe('CSV export and formulas', () => {
  const risky = ['=HYPERLINK("https://example.org","x")', '+1 tablet', '-2 dose', '@SUM(A1)', '\t=1+1', '\r=1+1'];
  const tricky = ["'=already quoted", "''+two apostrophes", "'plain apostrophe", 'plain = later'];
  const sheet: OwnTerm[] = [...risky, ...tricky].map((text, i) => ({
    term: `term ${i}`,
    definition: text,
    aliases: [],
    caseSensitive: false,
    ambiguous: false,
    category: text.trim() || 'x',
    more: text,
  }));

  it('no cell of the exported file begins as a spreadsheet formula', () => {
    const cells = Papa.parse<string[]>(toCsv(sheet).replace(/^\ufeff/, ''), { skipEmptyLines: true }).data.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("https://example.org","x")`);
    expect(cells).toContain("'plain apostrophe");
  });

  it("TermLens's own import reads every cell back exactly as it was", () => {
    // As stored: checked and trimmed (a leading tab or line break does not survive that).
    const stored = ok(importGlossary(toJson('Doses', sheet))).terms;
    expect(stored.map((t) => t.definition)).toContain("''+two apostrophes");
    const back = ok(importGlossary(toCsv(stored)));
    expect(back.errors).toEqual([]);
    expect(back.terms).toEqual(stored);
  });
});

describe('summary', () => {
  it.each([
    [4998, 2, '4,998 terms imported, 2 rows skipped'],
    [1, 1, '1 term imported, 1 row skipped'],
    [12, 0, '12 terms imported'],
  ])('%i imported, %i skipped', (a, b, text) => expect(importSummary(a, b)).toBe(text));
});
