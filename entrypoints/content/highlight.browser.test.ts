import { afterEach, describe, expect, test } from 'vitest';
import type { HighlightStyle } from '../../lib/settings';
import { wholeText } from '../../tests/dom/dom-fixtures';
import { HIGHLIGHT_NAMES, Highlighter, type Look } from './highlight';
import { highlightApiAvailable } from './highlight-api';

function rangeOver(text: string): StaticRange {
  const p = document.body.appendChild(document.createElement('p'));
  p.textContent = text;
  return wholeText(p.firstChild!);
}

/** A mark on a light background, outside any link. */
const PLAIN = { dark: false, link: false };
/** The marks of these tests are their ranges; a look other than light ink outside links is set in `looks`. */
const looksOf = new Map<StaticRange, Look>();
const highlighter = (style: HighlightStyle) =>
  new Highlighter<StaticRange>(style, {
    range: (r) => r,
    look: (r) => looksOf.get(r) ?? PLAIN,
    anchor: (r) => r.startContainer.parentElement,
  });

/** A highlighter past its first scan: what it collects is painted as it comes. */
function shown(style: HighlightStyle): Highlighter<StaticRange> {
  const h = highlighter(style);
  h.reveal();
  return h;
}

/** The task after the next frame: the stronger mark is drawn by then (highlight.ts afterNextPaint). */
const painted = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
const registered = () => [...CSS.highlights.keys()].sort();
/** The open term's two marks (light and dark ink), and a style's four looks (light or dark ink, in a link or not). */
const ACTIVE = [HIGHLIGHT_NAMES.active, `${HIGHLIGHT_NAMES.active}-dark`];
const looks = (base: string) => [base, `${base}-dark`, `${base}-link`, `${base}-link-dark`];

afterEach(() => {
  looksOf.clear();
  CSS.highlights.clear();
  document.body.replaceChildren();
});

test('the Custom Highlight API is there in Chromium', () => {
  expect(highlightApiAvailable()).toBe(true);
});

describe('painting terms', () => {
  test('marks collected during the first scan are painted all at once, when it ends', () => {
    const h = highlighter('underline');
    const first = rangeOver('ketamine');
    h.add(first);
    expect(CSS.highlights.has(HIGHLIGHT_NAMES.underline)).toBe(false);
    h.reveal();
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.underline)!.has(first)).toBe(true);
    const later = rangeOver('esketamine');
    h.add(later);
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.underline)!.has(later)).toBe(true);
  });

  test('terms are registered under the name of the chosen style', () => {
    const h = shown('underline');
    const range = rangeOver('ketamine');
    h.add(range);
    expect(registered()).toEqual([...ACTIVE, ...looks(HIGHLIGHT_NAMES.underline)].sort());
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.underline)!.has(range)).toBe(true);
    expect(h.count).toBe(1);
  });

  test('the tint style registers under its own name', () => {
    const h = shown('tint');
    h.add(rangeOver('ketamine'));
    expect(registered()).toEqual([...ACTIVE, ...looks(HIGHLIGHT_NAMES.tint)].sort());
  });

  test('with the style "none" terms are collected (for hover) but nothing is painted', () => {
    const h = shown('none');
    h.add(rangeOver('ketamine'));
    expect(h.count).toBe(1);
    expect(registered()).toEqual(ACTIVE);
  });

  test('each mark is painted in the highlight of its look: dark ink, inside a link', () => {
    const h = shown('underline');
    const dark = rangeOver('ketamine');
    const link = rangeOver('esketamine');
    looksOf.set(dark, { dark: true, link: false });
    looksOf.set(link, { dark: true, link: true });
    h.add(dark);
    h.add(link);
    const ranges = (name: string) => [...CSS.highlights.get(name)!];
    expect(ranges(`${HIGHLIGHT_NAMES.underline}-dark`)).toEqual([dark]);
    expect(ranges(`${HIGHLIGHT_NAMES.underline}-link-dark`)).toEqual([link]);
    expect(ranges(HIGHLIGHT_NAMES.underline)).toEqual([]);
  });

  test('a deleted term is no longer painted', () => {
    const h = shown('underline');
    const keep = rangeOver('ketamine');
    const drop = rangeOver('esketamine');
    h.add(keep);
    h.add(drop);
    h.delete(drop);
    const painted = CSS.highlights.get(HIGHLIGHT_NAMES.underline)!;
    expect([painted.has(keep), painted.has(drop)]).toEqual([true, false]);
  });
});

describe('the term whose tooltip is open', () => {
  test('gets the stronger mark, one term at a time, and loses it when the tooltip closes', async () => {
    const h = shown('underline');
    const a = rangeOver('ketamine');
    const b = rangeOver('esketamine');
    const active = () => [...CSS.highlights.get(HIGHLIGHT_NAMES.active)!];
    h.setActive(a);
    await painted();
    expect(active()).toEqual([a]);
    h.setActive(b);
    await painted();
    expect(active()).toEqual([b]);
    h.setActive(null);
    await painted();
    expect(active()).toEqual([]);
  });

  test('is drawn after the frame that shows the tooltip, and only as last asked', async () => {
    const h = shown('underline');
    const a = rangeOver('ketamine');
    const b = rangeOver('esketamine');
    const active = () => [...CSS.highlights.get(HIGHLIGHT_NAMES.active)!];
    h.setActive(a);
    expect(active()).toEqual([]);
    h.setActive(b);
    await painted();
    expect(active()).toEqual([b]);
    // Opened and closed before a frame: nothing is drawn.
    h.setActive(a);
    h.setActive(null);
    await painted();
    expect(active()).toEqual([]);
  });

  test('loses the stronger mark when its term is deleted, drawn or not', async () => {
    const h = shown('underline');
    const a = rangeOver('ketamine');
    h.add(a);
    h.setActive(a);
    await painted();
    h.delete(a);
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.active)!.size).toBe(0);
    h.add(a);
    h.setActive(a);
    h.delete(a);
    await painted();
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.active)!.size).toBe(0);
  });

  test('the open term is drawn above the other marks', () => {
    const h = shown('underline');
    h.add(rangeOver('ketamine'));
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.active)!.priority).toBeGreaterThan(
      CSS.highlights.get(HIGHLIGHT_NAMES.underline)!.priority,
    );
  });
});

describe('sharing the registry with the page', () => {
  test("a page that clears every highlight gets TermLens's marks put back by restore()", () => {
    const h = shown('underline');
    const range = rangeOver('ketamine');
    h.add(range);
    CSS.highlights.clear();
    h.restore();
    expect(registered()).toEqual([...ACTIVE, ...looks(HIGHLIGHT_NAMES.underline)].sort());
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.underline)!.has(range)).toBe(true);
  });

  test('restore() never replaces a highlight the page registered under the same name', () => {
    const h = shown('underline');
    CSS.highlights.clear();
    const pages = new Highlight();
    CSS.highlights.set(HIGHLIGHT_NAMES.underline, pages);
    h.restore();
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.underline)).toBe(pages);
  });

  test("dispose() removes TermLens's marks and leaves the page's own highlights", () => {
    const pages = new Highlight(rangeOver('page mark'));
    CSS.highlights.set('page-search', pages);
    const h = shown('underline');
    h.add(rangeOver('ketamine'));
    h.dispose();
    expect(registered()).toEqual(['page-search']);
    expect(h.count).toBe(0);
    h.restore();
    expect(registered()).toEqual(['page-search']);
  });

  test('dispose() leaves a highlight the page registered under a TermLens name', () => {
    const h = shown('underline');
    const pages = new Highlight();
    CSS.highlights.set(HIGHLIGHT_NAMES.underline, pages);
    h.dispose();
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.underline)).toBe(pages);
  });
});
