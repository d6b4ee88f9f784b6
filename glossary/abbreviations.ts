import type { Match } from './matcher';

/**
 * Finds the abbreviations a page defines for itself, in either order:
 * "complex regional pain syndrome (CRPS)" or "CRPS (complex regional pain
 * syndrome)". The abbreviation must look like one (two or more capitals,
 * short) and start with the same letter as the term it stands for, so
 * "ketamine (Ketalar)" or "depression (see below)" define nothing.
 */

const AFTER = /^\s*\(\s*([\p{Lu}][\p{L}\p{N}-]{0,8}[\p{Lu}\p{N}])(s?)\s*[),;]/u;
const OPENS = /^\s*\(/;
const BEFORE = /([\p{Lu}][\p{L}\p{N}-]{0,8}[\p{Lu}\p{N}])(s?)\s*\(\s*$/u;

function looksLikeAbbreviation(abbr: string, term: string): boolean {
  const capitals = abbr.replace(/[^\p{Lu}]/gu, '').length;
  return capitals >= 2 && abbr[0]?.toLowerCase() === term.trim()[0]?.toLowerCase();
}

export interface Definition {
  abbr: string;
  entryId: string;
}

export function findDefinitions(text: string, matches: readonly Match[]): Definition[] {
  const out: Definition[] = [];
  for (const m of matches) {
    if (m.defined) continue;
    const term = text.slice(m.start, m.end);
    // Most terms are not followed by a bracket: the Unicode pattern then is never compiled (V8 compiles it
    // twice, interpreted then native, about 0.3 ms each in Node on this machine).
    const after = OPENS.test(text.slice(m.end, m.end + 8)) ? AFTER.exec(text.slice(m.end, m.end + 24)) : null;
    if (after?.[1] && after[1] !== term && looksLikeAbbreviation(after[1], term)) {
      out.push({ abbr: after[1], entryId: m.entryId });
      continue;
    }
    const close = /^\s*\)/.test(text.slice(m.end, m.end + 4));
    const before = close ? BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start)) : null;
    if (before?.[1] && before[1] !== term && looksLikeAbbreviation(before[1], term)) {
      out.push({ abbr: before[1], entryId: m.entryId });
    }
  }
  return out;
}
