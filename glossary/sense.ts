import type { Match } from './matcher';
import { ASCII_WORD } from './normalize';
import type { SenseGuard } from './schema';
import { SENSE_GUARDS } from './sense-guards';
import { lazyPattern } from './lazy-pattern';

/**
 * Sense checks on the matches of one block of text: the guards of
 * sense-guards.ts (and of the entries' own forms), and expansions written
 * with their abbreviation, which are one occurrence of one term.
 */

export type GuardLookup = (entryId: string, form: string) => SenseGuard | undefined;

interface GuardedEntry {
  id: string;
  forms: readonly { text: string; guard?: SenseGuard }[];
}

/** One lookup over the data file and the guards the entries carry themselves. */
export function buildGuards(entries: readonly GuardedEntry[], extra = SENSE_GUARDS): GuardLookup {
  const map = new Map<string, SenseGuard>();
  const put = (id: string, form: string, g: SenseGuard) => {
    const key = `${id}\u0000${form}`;
    const had = map.get(key);
    map.set(key, {
      notFollowedBy: [...(had?.notFollowedBy ?? []), ...(g.notFollowedBy ?? [])],
      notPrecededBy: [...(had?.notPrecededBy ?? []), ...(g.notPrecededBy ?? [])],
    });
  };
  for (const [id, forms] of Object.entries(extra)) for (const [form, g] of Object.entries(forms)) put(id, form, g);
  for (const e of entries) for (const f of e.forms) if (f.guard) put(e.id, f.text, f.guard);
  return (entryId, form) => map.get(`${entryId}\u0000${form}`);
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const LETTER_OR_DIGIT = lazyPattern(() => /[\p{L}\p{N}]/u);

/**
 * Is this one character a letter or a digit? ASCII answered from the table: compiling the Unicode class costs
 * 1–5 ms at its first use in a page (cold), and a guard is asked about nearly every page's first term; the class
 * only for the rare character past ASCII. "" (past the end of the text) is neither.
 */
function isLetterOrDigit(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return ASCII_WORD[code] === 1;
  return LETTER_OR_DIGIT().test(ch);
}

/** Do the words right after (or before) the match read as one of the guard's phrases? */
function startsWithPhrase(rest: string, phrases: readonly string[]): boolean {
  const text = norm(rest.replace(/^[\s\u00a0]+/, ''));
  return phrases.some((p) => {
    const phrase = norm(p);
    return text.startsWith(phrase) && !isLetterOrDigit(text.charAt(phrase.length));
  });
}

function endsWithPhrase(before: string, phrases: readonly string[]): boolean {
  const text = norm(before.replace(/[\s\u00a0]+$/, ''));
  return phrases.some((p) => {
    const phrase = norm(p);
    return text.endsWith(phrase) && !isLetterOrDigit(text.charAt(text.length - phrase.length - 1));
  });
}

/** Is this match, in its text, the everyday phrase rather than the term? */
export function failsGuard(text: string, m: Pick<Match, 'start' | 'end'>, guard: SenseGuard | undefined): boolean {
  if (!guard) return false;
  if (guard.notFollowedBy?.length && startsWithPhrase(text.slice(m.end, m.end + 60), guard.notFollowedBy)) return true;
  if (
    guard.notPrecededBy?.length &&
    endsWithPhrase(text.slice(Math.max(0, m.start - 60), m.start), guard.notPrecededBy)
  )
    return true;
  return false;
}

/** What may stand between two parts of one written term: spaces, and the parentheses round an abbreviation. */
const JOIN = /^[\s\u00a0]*[()]?[\s\u00a0]*$/;

/**
 * "intravenous (IV) infusion" and "complex regional pain syndrome (CRPS)"
 * are one term written with its abbreviation: neighbouring matches of the
 * same entry joined only by spaces and parentheses become one match.
 */
export function mergeExpansions<M extends Match>(text: string, matches: readonly M[]): M[] {
  const out: M[] = [];
  for (const m of matches) {
    const prev = out[out.length - 1];
    if (prev && prev.entryId === m.entryId && JOIN.test(text.slice(prev.end, m.start))) {
      // A closing parenthesis right after the abbreviation belongs to the term too.
      const close = /^[\s\u00a0]*\)/.exec(text.slice(m.end));
      const opened = text.slice(prev.end, m.start).includes('(');
      const end = opened && close ? m.end + close[0].length : m.end;
      out[out.length - 1] = {
        ...prev,
        end,
        ambiguous: prev.ambiguous && m.ambiguous,
        defined: prev.defined || m.defined,
      };
      continue;
    }
    out.push(m);
  }
  return out;
}
