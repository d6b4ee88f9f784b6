import { lazyPattern } from './lazy-pattern';

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

const LANGS = Object.keys(STOP_WORDS);
const EN = LANGS.indexOf('en');

/**
 * A short word as a number, lower-cased as it is read: each character (ASCII
 * or Latin-1, the only ones stop words hold) is a digit in base 384, and six
 * fit in a double exactly. Looking words up by number spares the slice and
 * lower-case copy of every word of every paragraph that holds a term.
 */
const KEY_BASE = 384;
/** The character folded to lower case as toLowerCase() would, for ASCII and Latin-1; others as they are. */
const foldLatin = (c: number): number => ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c);
/** The key with one more (folded) character; a character beyond Latin-1 makes a key no stop word has. */
const extendKey = (key: number, folded: number): number =>
  folded < KEY_BASE ? key * KEY_BASE + folded : Number.POSITIVE_INFINITY;
const keyOf = (word: string): number => {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = extendKey(key, foldLatin(word.charCodeAt(i)));
  return key;
};

let lookup: Map<number, number[]> | null = null;
/**
 * Each stop word's languages, as indices into LANGS: the count per paragraph
 * is then an array, not a map. Built at the first paragraph that holds a
 * term, not when the script loads: most frames never need it.
 */
function stopWords(): Map<number, number[]> {
  if (lookup) return lookup;
  const table = new Map<number, number[]>();
  LANGS.forEach((lang, index) => {
    for (const w of STOP_WORDS[lang]!) {
      const key = keyOf(w);
      table.set(key, [...(table.get(key) ?? []), index]);
      longestStopWord = Math.max(longestStopWord, w.length);
    }
  });
  return (lookup = table);
}
/** Longer words are not looked up (set with the lookup). */
let longestStopWord = 0;

/** Fewer words than this and the text (a menu item, a heading) cannot be judged. */
const MIN_WORDS_TO_GUESS = 8;
/** Stop words of one language, with none of another, that settle a verdict before the window ends. */
const DECISIVE = 6;
/** The least share of stop words in a sentence; below it the text is a list of names. */
const STOP_SHARE = 0.08;

const LETTER = lazyPattern(() => /\p{L}/u);

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
  if (c >= 0xd800 && c <= 0xdbff) return LETTER().test(s.slice(i, i + 2)) ? 2 : 0;
  return LETTER().test(s[i]!) ? 1 : 0;
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
  const table = stopWords();
  const counts: number[] = LANGS.map(() => 0);
  let words = 0;
  let other = 0; // the highest count of a language other than English
  for (let i = 0, n = text.length; i < n && words < maxWords;) {
    let step = wordUnit(text, i);
    if (!step) {
      i++;
      continue;
    }
    const start = i;
    let key = 0;
    while (step) {
      key = extendKey(key, step === 1 ? foldLatin(text.charCodeAt(i)) : KEY_BASE);
      i += step;
      step = i < n ? wordUnit(text, i) : 0;
    }
    words++;
    const langs = i - start <= longestStopWord ? table.get(key) : undefined;
    if (!langs) continue;
    for (const lang of langs) if (++counts[lang]! > other && lang !== EN) other = counts[lang]!;
    // Six stop words of one language and none of another settle it, as dense as a sentence's: the verdict the
    // whole window would give, but for a long quote in another language further in (the paragraph's opening
    // language wins). Stopping here read a third of the words on the bench's medical page.
    const en = counts[EN]!;
    const lead = other === 0 ? en : en === 0 ? other : 0;
    if (words >= MIN_WORDS_TO_GUESS && lead >= DECISIVE && lead >= words * STOP_SHARE)
      return other === 0 ? 'en' : 'other';
  }
  if (words < MIN_WORDS_TO_GUESS) return 'unknown';
  const en = counts[EN]!;
  const hits = Math.max(en, other);
  // A real sentence has a stop word in every four or five words; less than that is a list of names.
  if (hits < Math.max(2, words * STOP_SHARE)) return 'unknown';
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
