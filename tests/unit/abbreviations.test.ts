import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDefinitions } from '../../glossary/abbreviations';
import type { Match } from '../../glossary/matcher';

const match = (text: string, term: string, entryId = 'term'): Match => {
  const start = text.indexOf(term);
  return { start, end: start + term.length, entryId, form: term, ambiguous: false };
};

/** The rule as the module states it, with the Unicode patterns only: what the ASCII shortcut must not change. */
function byUnicodePatterns(text: string, m: Match): string | null {
  const term = text.slice(m.start, m.end);
  const looks = (abbr: string) =>
    abbr.replace(/[^\p{Lu}]/gu, '').length >= 2 && abbr[0]?.toLowerCase() === term.trim()[0]?.toLowerCase();
  const after = /^\s*\(/.test(text.slice(m.end, m.end + 8))
    ? /^\s*\(\s*([\p{Lu}][\p{L}\p{N}-]{0,8}[\p{Lu}\p{N}])(s?)\s*[),;]/u.exec(text.slice(m.end, m.end + 24))
    : null;
  if (after?.[1] && after[1] !== term && looks(after[1])) return after[1];
  const before = /^\s*\)/.test(text.slice(m.end, m.end + 4))
    ? /([\p{Lu}][\p{L}\p{N}-]{0,8}[\p{Lu}\p{N}])(s?)\s*\(\s*$/u.exec(text.slice(Math.max(0, m.start - 24), m.start))
    : null;
  return before?.[1] && before[1] !== term && looks(before[1]) ? before[1] : null;
}

describe('abbreviations a page defines', () => {
  it('reads "term (ABBR)" and "ABBR (term)", plurals and the separators a sentence puts after them', () => {
    const text = 'Living with complex regional pain syndrome (CRPS), and NMDAs (N-methyl-D-aspartate) too.';
    const found = findDefinitions(text, [
      match(text, 'complex regional pain syndrome', 'crps'),
      match(text, 'N-methyl-D-aspartate', 'nmda'),
    ]);
    expect(found).toEqual([
      { abbr: 'CRPS', entryId: 'crps' },
      { abbr: 'NMDA', entryId: 'nmda' },
    ]);
  });

  it('defines nothing with a bracket that is not an abbreviation of the term', () => {
    const text = 'ketamine (Ketalar) and depression (see below) and ketamine (TRD)';
    const last = text.lastIndexOf('ketamine');
    const matches = [
      match(text, 'ketamine'),
      match(text, 'depression'),
      { ...match(text, 'ketamine'), start: last, end: last + 8 },
    ];
    expect(findDefinitions(text, matches)).toEqual([]);
  });

  it('finds abbreviations in letters past ASCII', () => {
    const text = 'Die Ärztliche Behandlung (ÄB) beginnt; ΟΜΑ (ομάδα μελέτης αναλγησίας) folgt.';
    const found = findDefinitions(text, [
      match(text, 'Ärztliche Behandlung', 'a'),
      match(text, 'ομάδα μελέτης αναλγησίας', 'b'),
    ]);
    expect(found.map((d) => d.abbr)).toEqual(['ÄB', 'ΟΜΑ']);
  });

  it('finds in ASCII text exactly what the Unicode patterns find', () => {
    const abbr = fc.array(fc.constantFrom(...'CKTckt09-s'), { minLength: 1, maxLength: 13 }).map((c) => c.join(''));
    const space = fc.constantFrom('', ' ', '  ', '\t');
    const around = fc.constantFrom('', 'Seen ', ' and more.', 'x', 'é ', ' Ω');
    const term = fc.constantFrom('Chronic pain', 'treatment', 'Ketamine', 'tk');
    const shape = fc.constantFrom('term (abbr)', 'abbr (term)');
    fc.assert(
      fc.property(
        shape,
        around,
        term,
        space,
        abbr,
        space,
        fc.constantFrom(')', ',', ';', '.', 's)'),
        around,
        (how, a, t, sp, ab, sp2, close, b) => {
          const text =
            how === 'term (abbr)'
              ? `${a}${t}${sp}(${sp2}${ab}${sp}${close}${b}`
              : `${a}${ab}${sp}(${sp2}${t}${sp})${b}`;
          const at = how === 'term (abbr)' ? a.length : text.lastIndexOf(t);
          const m: Match = { start: at, end: at + t.length, entryId: 'term', form: t, ambiguous: false };
          const expected = byUnicodePatterns(text, m);
          expect(findDefinitions(text, [m])).toEqual(expected ? [{ abbr: expected, entryId: 'term' }] : []);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
