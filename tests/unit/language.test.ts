import { describe, expect, it } from 'vitest';
import { blockLanguage, declaredLanguage, guessLanguage, wordUnit } from '../../glossary/language';

describe('declared languages', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['de', 'other'],
    ['fr-CA', 'other'],
    ['es', 'other'],
    ['', 'unknown'],
    [null, 'unknown'],
    ['und', 'unknown'],
    // Latin-script words in Arabic, Hebrew or Russian text are borrowed: the text around them decides nothing.
    ['ar', 'unknown'],
    ['he', 'unknown'],
    ['ru-RU', 'unknown'],
  ] as const)('lang="%s" is %s', (lang, verdict) => {
    expect(declaredLanguage(lang)).toBe(verdict);
  });
});

describe('undeclared text judged by its stop words', () => {
  it.each([
    ['Ketamine is an anaesthetic that has been used for decades, and it is now studied for depression.', 'en'],
    [
      'Die Integration von Geflüchteten ist eine Aufgabe, die nicht nur den Staat betrifft, sondern auch die Gemeinden.',
      'other',
    ],
    ['La confusion règne au Parlement après le vote, et les députés ne savent pas qui est responsable.', 'other'],
    ['El gobierno anunció que la economía del país creció más de lo esperado durante el año pasado.', 'other'],
    ['THE TRIAL IS OPEN TO ADULTS WITH DEPRESSION, AND IT IS FREE FOR THOSE WHO TAKE PART.', 'en'],
    ['ÜBER DIE STUDIE: SIE IST NICHT FÜR ALLE, UND DIE KLINIK WIRD AUCH DIE NACHSORGE ÜBERNEHMEN.', 'other'],
    ['Depression, Hypertension, Anesthetics', 'unknown'],
    ['Ketamine Esketamine Spravato Ketalar NMDA glutamate dissociation BDNF mTOR AMPA', 'unknown'],
  ] as const)('%s → %s', (text, verdict) => {
    expect(guessLanguage(text)).toBe(verdict);
  });
});

describe('a verdict reached before the window ends', () => {
  const englishOpening =
    'The trial gave ketamine to patients who had not been helped by two or more medicines, and it was given with care.';
  const germanQuote =
    'Die Behandlung ist nicht für alle geeignet, sagt die Ärztin, und sie wird nur in der Klinik und mit der Aufsicht von einem Team gegeben, das auch die Nachsorge übernimmt.';

  it('takes the language a paragraph opens in, even when a longer quote in another follows', () => {
    expect(guessLanguage(`${englishOpening} ${germanQuote}`)).toBe('en');
    expect(guessLanguage(`${germanQuote} ${englishOpening}`)).toBe('other');
  });

  it('still calls a long list of names with a few stop words in it unknown', () => {
    const names = Array.from({ length: 120 }, (_, i) => `Name${String.fromCharCode(97 + (i % 26))}son`).join(', ');
    expect(guessLanguage(`${names} and the of to is that`)).toBe('unknown');
  });
});

describe('one block', () => {
  const german = 'Die Tolerance-Politik der Regierung wird von der Opposition kritisiert und ist nicht populär.';
  const english = 'The patients in the trial were given ketamine by infusion, and most of them felt better.';
  it.each([
    {
      name: 'an English quote marked lang=en in a German page',
      declared: 'en',
      text: english,
      page: 'other',
      out: 'en',
    },
    {
      name: 'a German quote marked lang=de in an English page',
      declared: 'de',
      text: english,
      page: 'en',
      out: 'other',
    },
    { name: 'an undeclared German quote in an English page', declared: 'en', text: german, page: 'en', out: 'other' },
    {
      name: 'a short menu item on an undeclared German page',
      declared: null,
      text: 'Integration',
      page: 'other',
      out: 'other',
    },
    { name: 'a short line on an English page', declared: 'en', text: 'Tolerance', page: 'en', out: 'en' },
  ] as const)('$name: $out', ({ declared, text, page, out }) => {
    expect(blockLanguage(declared, text, page)).toBe(out);
  });
});

describe('what counts as a letter when telling languages apart', () => {
  it('answers every character of the Basic Multilingual Plane as /\\p{L}/u does, apostrophe included', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0xd800; c++) {
      const ch = String.fromCharCode(c);
      const expected = /\p{L}/u.test(ch) || ch === "'" ? 1 : 0;
      if (wordUnit(ch, 0) !== expected) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('takes a letter outside the BMP as its two code units, and an emoji as none', () => {
    expect(wordUnit('𝐀b', 0)).toBe(2);
    expect(wordUnit('😀b', 0)).toBe(0);
  });
});
