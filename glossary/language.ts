/**
 * Is a stretch of text English? TermLens's glossary is English: a German
 * "Integration" or a French "confusion" is not the medical term. A declared
 * `lang` decides (the nearest one on the element or its ancestors); where
 * nothing is declared, a stop-word count over the text does. Pure: strings in.
 */

export type LanguageVerdict = 'en' | 'other' | 'unknown';

/**
 * Languages not written in the Latin alphabet: a Latin-script glossary term
 * in their text ("ketamine" in an Arabic sentence) is a borrowed English
 * word, not a native one that merely looks like it.
 */
const NON_LATIN =
  /^(?:ar|he|iw|fa|ur|ps|yi|ru|uk|be|bg|sr|mk|kk|ky|mn|el|zh|ja|ko|hi|mr|ne|bn|pa|gu|ta|te|kn|ml|si|th|lo|km|my|ka|hy|am|ti)(?:-|$)/;

/** "en", "en-GB", "EN-us" are English; "", "und" and "zxx" say nothing; anything else is another language. */
export function declaredLanguage(lang: string | null | undefined): LanguageVerdict {
  const tag = (lang ?? '').trim().toLowerCase();
  if (!tag || tag === 'und' || tag === 'zxx' || tag === 'mul') return 'unknown';
  if (NON_LATIN.test(tag)) return 'unknown';
  return tag === 'en' || tag.startsWith('en-') ? 'en' : 'other';
}

// Short, frequent words that mostly belong to one language; words shared by
// several (de/en "in", fr/es "la") are left out so they cannot tip a count.
const STOP_WORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'that',
    'with',
    'for',
    'this',
    'are',
    'was',
    'it',
    'be',
    'by',
    'from',
    'which',
    'have',
    'has',
    'not',
    'or',
    'their',
    'they',
    'you',
    'can',
    'may',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'mit',
    'von',
    'den',
    'dem',
    'ein',
    'eine',
    'einer',
    'sich',
    'auf',
    'für',
    'auch',
    'wird',
    'werden',
    'sind',
    'zu',
    'im',
    'wie',
    'nach',
    'bei',
    'über',
  ],
  fr: [
    'le',
    'les',
    'des',
    'est',
    'et',
    'une',
    'dans',
    'pour',
    'qui',
    'que',
    'sur',
    'pas',
    'au',
    'aux',
    'du',
    'ce',
    'cette',
    'sont',
    'avec',
    'mais',
    'règne',
    'ils',
    'elle',
    'nous',
  ],
  es: [
    'el',
    'los',
    'las',
    'es',
    'y',
    'del',
    'una',
    'por',
    'para',
    'con',
    'que',
    'se',
    'su',
    'sus',
    'al',
    'como',
    'más',
    'pero',
    'está',
    'sobre',
    'este',
    'esta',
    'fue',
  ],
  it: ['il', 'gli', 'della', 'delle', 'di', 'che', 'è', 'per', 'non', 'sono', 'una', 'nel', 'alla', 'con', 'anche'],
  nl: ['het', 'een', 'van', 'en', 'niet', 'met', 'voor', 'zijn', 'wordt', 'ook', 'bij', 'naar', 'dat', 'deze'],
  pt: ['os', 'as', 'não', 'uma', 'com', 'para', 'do', 'da', 'dos', 'das', 'em', 'é', 'são', 'ao', 'pelo', 'pela'],
};

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOP_WORDS))
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);

/** Fewer words than this and the text (a menu item, a heading) cannot be judged. */
const MIN_WORDS_TO_GUESS = 8;

const LONGEST_STOP_WORD = Math.max(...[...LOOKUP.keys()].map((w) => w.length));
const LETTER = /\p{L}/u;

/** How many code units the word character at `i` takes (a letter or an apostrophe, as /[\p{L}']/u reads), 0 if none. */
export function wordUnit(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 ? 1 : 0;
  // Without the regular expression for what pages hold most beyond ASCII: Latin-1 (its letters are À–ÿ but
  // × and ÷, and ª µ º), Latin Extended-A and -B (all letters), and General Punctuation's curly quotes and
  // dashes (no letters). tests/unit/language.test.ts holds them to /\p{L}/u.
  if (c < 0x100) return (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) || c === 0xaa || c === 0xb5 || c === 0xba ? 1 : 0;
  if (c < 0x250) return 1;
  if (c >= 0x2000 && c < 0x2070) return 0;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  return LETTER.test(s[i]!) ? 1 : 0;
}

/**
 * The language of undeclared text by its stop words: English when English
 * stop words lead, another language when that language's lead clearly, and
 * "unknown" when the text is too short or too mixed to tell. Only the first
 * `maxWords` words are read, one character at a time: this runs on every
 * paragraph that holds a term, and a word list of the whole paragraph cost
 * more than finding its terms.
 */
export function guessLanguage(text: string, maxWords = 400): LanguageVerdict {
  const lower = text.toLowerCase();
  const counts = new Map<string, number>();
  let words = 0;
  for (let i = 0, n = lower.length; i < n && words < maxWords;) {
    let step = wordUnit(lower, i);
    if (!step) {
      i++;
      continue;
    }
    const start = i;
    while (step) {
      i += step;
      step = i < n ? wordUnit(lower, i) : 0;
    }
    words++;
    if (i - start > LONGEST_STOP_WORD) continue;
    for (const lang of LOOKUP.get(lower.slice(start, i)) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  if (words < MIN_WORDS_TO_GUESS) return 'unknown';
  const en = counts.get('en') ?? 0;
  let other = 0;
  for (const [lang, n] of counts) if (lang !== 'en') other = Math.max(other, n);
  const hits = Math.max(en, other);
  // A real sentence has a stop word in every four or five words; less than that is a list of names.
  if (hits < Math.max(2, words * 0.08)) return 'unknown';
  if (en >= other * 1.5) return 'en';
  if (other >= en * 1.5 && other >= 3) return 'other';
  return 'unknown';
}

const BLOCK_WORDS = 80;

/**
 * The verdict for one block: its own declared language first (the nearest
 * `lang`); a block in a page declared English or undeclared that reads
 * plainly as another language (an unmarked quote) is not English either.
 */
export function blockLanguage(
  declared: string | null | undefined,
  text: string,
  pageGuess: LanguageVerdict,
): LanguageVerdict {
  const verdict = declaredLanguage(declared);
  if (verdict === 'other') return 'other';
  // A paragraph's first 80 words tell its language as well as its first 400 (a sentence has a stop word in
  // every four or five words), at a fifth of the cost on pages with hundreds of term-holding paragraphs.
  const own = guessLanguage(text, BLOCK_WORDS);
  if (own === 'other') return 'other';
  if (verdict === 'en' || own === 'en') return 'en';
  return pageGuess;
}
