import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entries } from 'virtual:termlens-glossary';
import { findDefinitions } from '../../glossary/abbreviations';
import {
  compileMatcher,
  compileMatcherData,
  joinMatchers,
  loadMatcher,
  type Match,
  type MatchableEntry,
} from '../../glossary/matcher';
import { canonical, isApostrophe, isIgnorable, isWordChar } from '../../glossary/normalize';

// Pieces of forms: English, an acronym, a -y word (plural "-ies"), words ending in s/x/h ("-es"), non-Latin scripts.
const PIECES = [
  'ket',
  'amine',
  'nmda',
  'rec',
  'eptor',
  'de',
  'press',
  'ion',
  'iv',
  'trd',
  'ther',
  'apy',
  'box',
  'lash',
  'über',
  'año',
  'ßa',
  'σύν',
  'é',
];
const SEPARATORS = [' ', '-', '\u00a0', '\n', '\u2013', ' \n ', '\u00ad', '\u200b'];
const PUNCTUATION = ['.', ',', '(', ')', "'", '\u2019', '/', '@', ':', '"', '!', '?'];
const OTHER = [
  'é',
  '漢',
  '😀',
  '\u0301',
  'Ä',
  '2',
  'x',
  's',
  'es',
  "'s",
  '\u2019s',
  "s'",
  'ies',
  'www.',
  '.com',
  'https://',
  'a@',
];

type Casing = 'lower' | 'upper' | 'title';
const cased = (w: string, c: Casing) =>
  c === 'upper' ? w.toUpperCase() : c === 'title' ? w.charAt(0).toUpperCase() + w.slice(1) : w;
const casing = fc.constantFrom<Casing>('lower', 'upper', 'title');

const formArb = fc
  .record({
    words: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }),
    sep: fc.constantFrom(' ', '-', ''),
    casing,
    caseSensitive: fc.boolean(),
    ambiguous: fc.boolean(),
  })
  .map(({ words, sep, casing: c, caseSensitive, ambiguous }) => ({
    text: cased(words.join(sep), c),
    caseSensitive,
    ambiguous,
  }));

const glossaryArb = fc
  .array(fc.array(formArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 })
  .map((list): MatchableEntry[] => list.map((forms, i) => ({ id: `e${i}`, forms })));

const token = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...PIECES), casing).map(([w, c]) => cased(w, c)) },
  { weight: 3, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER) },
);
const textArb = fc.array(token, { maxLength: 24 }).map((t) => t.join(''));

function visibleBefore(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && isIgnorable(text.charCodeAt(k))) k--;
  return k;
}

/** A word starts here: no letter or digit before it, nor an apostrophe inside a word ("Medicine’s"). */
function startsWord(text: string, start: number): boolean {
  if (!isWordChar(text.charCodeAt(start))) return false;
  const k = visibleBefore(text, start);
  if (k < 0) return true;
  const c = text.charCodeAt(k);
  if (isWordChar(c)) return false;
  if (!isApostrophe(c)) return true;
  const k2 = visibleBefore(text, k);
  return k2 < 0 || !isWordChar(text.charCodeAt(k2));
}

function visibleFrom(text: string, i: number): number {
  let k = i;
  while (k < text.length && isIgnorable(text.charCodeAt(k))) k++;
  return k;
}

/** A word ends here: no letter or digit follows, nor an apostrophe that goes on with letters ("ket'amine"). */
function endsWord(text: string, end: number): boolean {
  const k = visibleFrom(text, end);
  if (k >= text.length) return true;
  const c = text.charCodeAt(k);
  if (isWordChar(c)) return false;
  if (!isApostrophe(c)) return true;
  const k2 = visibleFrom(text, k + 1);
  return k2 >= text.length || !isWordChar(text.charCodeAt(k2));
}

/** The canonical matched text with any regular plural or possessive ending taken off. */
function stems(found: string): string[] {
  const bases = [
    found,
    ...["'s", "s'", 's', 'es'].filter((e) => found.endsWith(e)).map((e) => found.slice(0, -e.length)),
  ];
  return [...bases, ...bases.filter((b) => b.endsWith('ies')).map((b) => `${b.slice(0, -3)}y`)];
}

function checkInvariants(text: string, glossary: MatchableEntry[], matches: Match[]) {
  let lastEnd = 0;
  for (const m of matches) {
    expect(m.start).toBeGreaterThanOrEqual(lastEnd); // sorted and never overlapping
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    lastEnd = m.end;
    expect(startsWord(text, m.start), `starts inside a word at ${m.start}`).toBe(true);
    expect(endsWord(text, m.end), `ends inside a word at ${m.end}`).toBe(true);
    // The reported form, spelt like the matched text once case (unless case-sensitive) and endings are set aside.
    const spelt = (glossary.find((e) => e.id === m.entryId)?.forms ?? []).filter(
      (f) =>
        f.text === m.form &&
        !!f.ambiguous === m.ambiguous &&
        stems(canonical(text.slice(m.start, m.end), !f.caseSensitive)).includes(canonical(f.text, !f.caseSensitive)),
    );
    expect(spelt, `"${text.slice(m.start, m.end)}" is not the form "${m.form}" of ${m.entryId}`).not.toEqual([]);
  }
}

describe('matcher properties (random text, random glossaries)', () => {
  it('finds only whole listed forms, in order, in bounds, never overlapping', () => {
    fc.assert(
      fc.property(glossaryArb, textArb, (glossary, text) => {
        checkInvariants(text, glossary, compileMatcher(glossary).match(text));
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('finds every form that stands as a word, with each ending it may take', () => {
    // Each ending a form may take (glossary/matcher.ts, endingAt): an abbreviation only lower-case "s" and the
    // possessives; any other form "-es" after s, x, z or h in either case, and "-ies" for a "-y" after a consonant.
    const endingsOf = (form: string, caseSensitive: boolean) => {
      const key = canonical(form, true);
      const out = ['', 's', "'s", '\u2019s', "s'"];
      if (!caseSensitive) out.push('S', ...(/[sxzh]$/i.test(form) ? ['es', 'ES'] : []));
      return out
        .map((e) => form + e)
        .concat(!caseSensitive && /[^aeiou]y$/.test(key) ? [`${form.slice(0, -1)}ies`] : []);
    };
    fc.assert(
      fc.property(glossaryArb, fc.nat(), fc.nat(), fc.constantFrom(' ', '(', '"'), (glossary, e, k, before) => {
        const entry = glossary[e % glossary.length]!;
        const form = entry.forms[k % entry.forms.length]!;
        fc.pre(isWordChar(form.text.charCodeAt(form.text.length - 1)));
        const matcher = compileMatcher(glossary);
        for (const written of endingsOf(form.text, !!form.caseSensitive)) {
          const text = `a${before}${written}, b`;
          const m = matcher.match(text).find((x) => x.start === 2);
          expect(m && text.slice(m.start, m.end), `"${written}" in ${JSON.stringify(glossary)}`).toBe(written);
        }
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('keeps matches in bounds and apart when the page defines abbreviations', () => {
    fc.assert(
      fc.property(glossaryArb, textArb, fc.constantFrom('NMDA', 'TRD', 'IV', 'KET'), (glossary, body, abbr) => {
        const matcher = compileMatcher(glossary);
        const text = `${glossary[0]!.forms[0]!.text} (${abbr}) ${body} ${abbr}s`;
        const defined = new Map(findDefinitions(text, matcher.match(text)).map((d) => [d.abbr, d.entryId]));
        let lastEnd = 0;
        for (const m of matcher.match(text, defined)) {
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          expect(m.end).toBeLessThanOrEqual(text.length);
          lastEnd = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds nothing in text that contains no form', () => {
    fc.assert(
      fc.property(glossaryArb, textArb, (glossary, text) => {
        const keys = glossary.flatMap((e) => e.forms.map((f) => canonical(f.text, true)));
        const plurals = keys.filter((k) => /[^aeiou]y$/.test(k)).map((k) => `${k.slice(0, -1)}ies`);
        const folded = canonical(text, true);
        fc.pre(![...keys, ...plurals].some((k) => folded.includes(k)));
        expect(compileMatcher(glossary).match(text)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('never matches an abbreviation in lower-case text', () => {
    fc.assert(
      fc.property(glossaryArb, textArb, (glossary, text) => {
        const abbreviations = new Set(
          glossary.flatMap((e) =>
            e.forms
              .filter((f) => f.caseSensitive && f.text !== f.text.toLowerCase())
              .filter((f) => !e.forms.some((twin) => twin.text === f.text && !twin.caseSensitive))
              .map((f) => `${e.id}\0${f.text}`),
          ),
        );
        const lower = text.toLowerCase();
        const hits = compileMatcher(glossary)
          .match(lower)
          .filter((m) => abbreviations.has(`${m.entryId}\0${m.form}`));
        expect(hits).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("glossaries compiled apart and joined (a reader's stored trie beside the bundled one)", () => {
  /** As a page gets it: compiled once, kept as JSON, decoded. */
  const stored = (glossary: MatchableEntry[]) =>
    loadMatcher(JSON.parse(JSON.stringify(compileMatcherData(glossary))), glossary);
  const glossariesArb = fc
    .array(glossaryArb, { minLength: 1, maxLength: 3 })
    .map((list) => list.map((g, k) => g.map((e) => ({ ...e, id: `g${k}-${e.id}` }))));

  it('matches exactly as one matcher compiled from scratch from all their entries, in order', () => {
    fc.assert(
      fc.property(glossariesArb, textArb, fc.boolean(), (glossaries, text, withBundled) => {
        const all = withBundled ? [...glossaries, entries as MatchableEntry[]] : glossaries;
        const joined = joinMatchers(all.map(stored));
        const scratch = compileMatcher(all.flat());
        expect(joined.match(text)).toEqual(scratch.match(text));
        expect(joined.formCount).toBe(scratch.formCount);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('lets the earlier glossary win where forms read the same, and the longest form win across glossaries', () => {
    const reader: MatchableEntry[] = [{ id: 'mine', forms: [{ text: 'ketamine' }, { text: 'ketamine clinic' }] }];
    const bundled: MatchableEntry[] = [
      { id: 'ketamine', forms: [{ text: 'Ketamine' }, { text: 'ketamine clinic visit' }] },
    ];
    const joined = joinMatchers([stored(reader), stored(bundled)]);
    const found = (text: string) => joined.match(text).map((m) => [text.slice(m.start, m.end), m.entryId]);
    expect(found('ketamine; a ketamine clinic; a ketamine clinic visit')).toEqual([
      ['ketamine', 'mine'],
      ['ketamine clinic', 'mine'],
      ['ketamine clinic visit', 'ketamine'],
    ]);
  });
});

describe('word boundaries found on real pages', () => {
  const real = compileMatcher(entries);
  const found = (text: string) => real.match(text).map((m) => [text.slice(m.start, m.end), m.entryId]);

  it('does not start a match after an apostrophe inside a word', () => {
    // From a real article heading: "’s Ketamine" used to match the form "S-ketamine".
    expect(found('Modern Medicine’s Ketamine Usage')).toEqual([['Ketamine', 'ketamine']]);
    expect(found("it's ketamine, the patient's ketamine")).toEqual([
      ['ketamine', 'ketamine'],
      ['ketamine', 'ketamine'],
    ]);
    expect(found('S-ketamine, or esketamine')).toEqual([
      ['S-ketamine', 'esketamine'],
      ['esketamine', 'esketamine'],
    ]);
  });

  it('does not end a match before a soft hyphen inside a word', () => {
    // "ketamine\u00adlike" is one word, "ketaminelike", split by an invisible hyphenation point.
    expect(found('ketamine\u00adlike and TRD\u00ad2 and ketamine\u00ad.')).toEqual([['ketamine', 'ketamine']]);
  });
});
