import { foldedWords } from './search-text';

/**
 * Why a definition matched, shown in the result list: a short piece of the
 * definition around the searched words, with those words marked. Parts are
 * plain text; the interface wraps marked parts in <mark> elements, never
 * building markup from strings.
 */

export interface SnippetPart {
  text: string;
  mark: boolean;
}

const CONTEXT_BEFORE = 40;
const SNIPPET_LENGTH = 140;
const MARKS = /\p{M}+/gu;

/** Folds text letter by letter (lower case, no diacritics), remembering where each folded letter came from. */
function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = text[i]!.normalize('NFKD').replace(MARKS, '').toLowerCase();
    for (const c of f) {
      folded += c;
      map.push(i);
    }
  }
  return { folded, map };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spans [start, end) of the original text where the typed words occur: as a phrase if they do, else each alone. */
function findSpans(text: string, words: string[]): [number, number][] {
  if (words.length === 0) return [];
  const { folded, map } = foldWithMap(text);
  const toOriginal = (start: number, end: number): [number, number] => [map[start]!, map[end - 1]! + 1];
  const phrase = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('[^\\p{L}\\p{N}]+')}`, 'u');
  const whole = phrase.exec(folded);
  if (whole) return [toOriginal(whole.index, whole.index + whole[0].length)];
  const spans: [number, number][] = [];
  for (const word of words) {
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}`, 'u').exec(folded);
    if (m) spans.push(toOriginal(m.index, m.index + m[0].length));
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** The piece of `texts` (the first that holds the words) around them, with the words marked. */
export function definitionSnippet(texts: string[], query: string): SnippetPart[] {
  const words = foldedWords(query);
  let text = texts[0] ?? '';
  let spans: [number, number][] = [];
  for (const t of texts) {
    const found = findSpans(t, words);
    if (found.length > 0) {
      text = t;
      spans = found;
      break;
    }
  }
  const first = spans[0]?.[0] ?? 0;
  // Start at a word boundary a little before the first match, and end at one after about SNIPPET_LENGTH letters.
  // A text that fits is shown whole; a longer one from a little before the first match, or its last part.
  let start = Math.max(0, Math.min(first - CONTEXT_BEFORE, text.length - SNIPPET_LENGTH));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (start > first) start = first;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > (spans.at(-1)?.[1] ?? start)) end = space;
  }
  const parts: SnippetPart[] = [];
  let at = start;
  for (const [s, e] of spans) {
    if (s < at || e > end) continue;
    if (s > at) parts.push({ text: text.slice(at, s), mark: false });
    parts.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < end) parts.push({ text: text.slice(at, end), mark: false });
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}
