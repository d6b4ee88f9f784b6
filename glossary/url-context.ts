import { lazyPattern } from './lazy-pattern';
import { ASCII_ONLY } from './normalize';

/**
 * Is a match part of a URL or an e-mail address? "www.who.int",
 * "ema.europa.eu", "https://example.org/ketamine" and "info@nimh.example"
 * are addresses, not prose, and get no highlight. Only runs for candidate
 * matches, so it may look around a little.
 */

const MAX_TOKEN = 300;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const PSEUDO_SCHEME = /^(?:mailto|tel|data|javascript|file|about):/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TLD = /^(?:[a-z]{2}|com|org|net|int|gov|edu|info|biz|mil|app|dev|health|care|clinic|io|ai|tv|me)$/;
const DOMAIN_LABEL = lazyPattern(() => /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u);
/** DOMAIN_LABEL for a label in ASCII, where \p{L} and \p{N} are A-Z, a-z and 0-9: "www.who.int" builds no Unicode class. */
const ASCII_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
/** Punctuation around an address in prose: "(see www.who.int)." */
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const LEADING = codes('([{<"\'‘“');
const TRAILING = codes('.,;:!?)]}>"\'’”');

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000;
}

function hasAddressMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x3a || c === 0x40 || c === 0x2f) return true;
  }
  return false;
}

export function isInsideUrl(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && !isSpace(text.charCodeAt(a - 1))) if (start - --a > MAX_TOKEN) return true;
  let b = end;
  while (b < text.length && !isSpace(text.charCodeAt(b))) if (++b - end > MAX_TOKEN) return true;
  if (a === start && b === end) return false;
  while (a < b && LEADING.has(text.charCodeAt(a))) a++;
  while (b > a && TRAILING.has(text.charCodeAt(b - 1))) b--;
  // Every address below holds one of . : @ /, and most words beside a term hold none once their punctuation is
  // off ("depression.", "(TRD),"): answered here, without the patterns, which each page compiled at its first
  // terms, in the task that marks them (1.4 ms a load in fixture/smoke.html's profile).
  if (!hasAddressMark(text, a, b)) return false;
  const token = text.slice(a, b);
  if (SCHEME.test(token) || PSEUDO_SCHEME.test(token) || /^www\./i.test(token)) return true;
  if (EMAIL.test(token)) return true;
  // A path: "/ketamine-therapy/". Its Unicode pattern only for a token that starts like one, so that a term
  // next to a comma does not compile it (see abbreviations.ts findDefinitions).
  if ((token[0] === '/' || token[0] === '.') && /^\.{0,2}\/[\p{L}\p{N}_-]/u.test(token)) return true;
  // A bare domain: labels joined by dots, ending in a lowercase top-level domain, maybe with a path.
  const host = token.split(/[/?#:]/, 1)[0] ?? '';
  const labels = host.split('.');
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1] ?? '';
  return TLD.test(tld) && labels.every((l) => (ASCII_ONLY.test(l) ? ASCII_LABEL : DOMAIN_LABEL()).test(l));
}
