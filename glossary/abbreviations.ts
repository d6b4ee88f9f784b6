import type { Match } from './matcher';
import { lazyPattern } from './lazy-pattern';
import { ASCII_ONLY } from './normalize';

/**
 * Finds the abbreviations a page defines for itself, in either order:
 * "complex regional pain syndrome (CRPS)" or "CRPS (complex regional pain
 * syndrome)". The abbreviation must look like one (two or more capitals,
 * short) and start with the same letter as the term it stands for, so
 * "ketamine (Ketalar)" or "depression (see below)" define nothing.
 */

const AFTER = lazyPattern(() => /^\s*\(\s*([\p{Lu}][\p{L}\p{N}-]{0,8}[\p{Lu}\p{N}])(s?)\s*[),;]/u);
const OPENS = /^\s*\(/;
const BEFORE = lazyPattern(() => /([\p{Lu}][\p{L}\p{N}-]{0,8}[\p{Lu}\p{N}])(s?)\s*\(\s*$/u);
/**
 * The same patterns for text without a character past ASCII, where \p{Lu} is A-Z, \p{L} a-z and A-Z and \p{N}
 * 0-9: they find exactly what the Unicode ones find there. Compiling a Unicode letter class is the cost: V8
 * builds it at a page's first "(CRPS)", cold, in the task of that paragraph (1.1–5.4 ms in a fresh Chromium page;
 * 1.9–4.8 ms of self time per load in profiles of fixture/smoke.html), where these take under 0.4 ms. A window
 * with any other character takes the Unicode ones.
 */
const AFTER_ASCII = /^\s*\(\s*([A-Z][A-Za-z0-9-]{0,8}[A-Z0-9])(s?)\s*[),;]/;
const BEFORE_ASCII = /([A-Z][A-Za-z0-9-]{0,8}[A-Z0-9])(s?)\s*\(\s*$/;

const capitalCount = (abbr: string) =>
  (ASCII_ONLY.test(abbr) ? abbr.replace(/[^A-Z]/g, '') : abbr.replace(/[^\p{Lu}]/gu, '')).length;

function looksLikeAbbreviation(abbr: string, term: string): boolean {
  return capitalCount(abbr) >= 2 && abbr[0]?.toLowerCase() === term.trim()[0]?.toLowerCase();
}

const execIn = (window: string, ascii: RegExp, unicode: () => RegExp) =>
  (ASCII_ONLY.test(window) ? ascii : unicode()).exec(window);

export interface Definition {
  abbr: string;
  entryId: string;
}

export function findDefinitions(text: string, matches: readonly Match[]): Definition[] {
  const out: Definition[] = [];
  for (const m of matches) {
    if (m.defined) continue;
    const term = text.slice(m.start, m.end);
    // Most terms are not followed by a bracket, and the pattern is not tried (V8 compiles a pattern at its first
    // use, interpreted, and again natively once it is used often).
    const after = OPENS.test(text.slice(m.end, m.end + 8))
      ? execIn(text.slice(m.end, m.end + 24), AFTER_ASCII, AFTER)
      : null;
    if (after?.[1] && after[1] !== term && looksLikeAbbreviation(after[1], term)) {
      out.push({ abbr: after[1], entryId: m.entryId });
      continue;
    }
    const close = /^\s*\)/.test(text.slice(m.end, m.end + 4));
    const before = close ? execIn(text.slice(Math.max(0, m.start - 24), m.start), BEFORE_ASCII, BEFORE) : null;
    if (before?.[1] && before[1] !== term && looksLikeAbbreviation(before[1], term)) {
      out.push({ abbr: before[1], entryId: m.entryId });
    }
  }
  return out;
}
