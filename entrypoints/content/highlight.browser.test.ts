import { afterEach, describe, expect, test } from 'vitest';
import { HIGHLIGHT_NAMES, Highlighter, highlightApiAvailable } from './highlight';

function rangeOver(text: string): StaticRange {
  const p = document.body.appendChild(document.createElement('p'));
  p.textContent = text;
  const node = p.firstChild!;
  return new StaticRange({ startContainer: node, startOffset: 0, endContainer: node, endOffset: text.length });
}

const registered = () => [...CSS.highlights.keys()].sort();

afterEach(() => {
  CSS.highlights.clear();
  document.body.replaceChildren();
});

test('the Custom Highlight API is there in Chromium', () => {
  expect(highlightApiAvailable()).toBe(true);
});

describe('painting terms', () => {
  test('terms are registered under the name of the chosen style', () => {
    const h = new Highlighter('underline');
    const range = rangeOver('ketamine');
    h.add(range);
    expect(registered()).toEqual([HIGHLIGHT_NAMES.active, HIGHLIGHT_NAMES.underline]);
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.underline)!.has(range)).toBe(true);
    expect(h.count).toBe(1);
  });

  test('the tint style registers under its own name', () => {
    const h = new Highlighter('tint');
    h.add(rangeOver('ketamine'));
    expect(registered()).toEqual([HIGHLIGHT_NAMES.active, HIGHLIGHT_NAMES.tint]);
  });

  test('with the style "none" terms are collected (for hover) but nothing is painted', () => {
    const h = new Highlighter('none');
    h.add(rangeOver('ketamine'));
    expect(h.count).toBe(1);
    expect(registered()).toEqual([HIGHLIGHT_NAMES.active]);
  });

  test('a deleted term is no longer painted', () => {
    const h = new Highlighter('underline');
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
  test('gets the stronger mark, one term at a time, and loses it when the tooltip closes', () => {
    const h = new Highlighter('underline');
    const a = rangeOver('ketamine');
    const b = rangeOver('esketamine');
    const active = () => [...CSS.highlights.get(HIGHLIGHT_NAMES.active)!];
    h.setActive(a);
    expect(active()).toEqual([a]);
    h.setActive(b);
    expect(active()).toEqual([b]);
    h.setActive(null);
    expect(active()).toEqual([]);
  });

  test('loses the stronger mark when its term is deleted', () => {
    const h = new Highlighter('underline');
    const a = rangeOver('ketamine');
    h.add(a);
    h.setActive(a);
    h.delete(a);
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.active)!.size).toBe(0);
  });

  test('the open term is drawn above the other marks', () => {
    const h = new Highlighter('underline');
    h.add(rangeOver('ketamine'));
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.active)!.priority).toBeGreaterThan(
      CSS.highlights.get(HIGHLIGHT_NAMES.underline)!.priority,
    );
  });
});

describe('sharing the registry with the page', () => {
  test("a page that clears every highlight gets TermLens's marks put back by restore()", () => {
    const h = new Highlighter('underline');
    const range = rangeOver('ketamine');
    h.add(range);
    CSS.highlights.clear();
    h.restore();
    expect(registered()).toEqual([HIGHLIGHT_NAMES.active, HIGHLIGHT_NAMES.underline]);
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.underline)!.has(range)).toBe(true);
  });

  test('restore() never replaces a highlight the page registered under the same name', () => {
    const h = new Highlighter('underline');
    CSS.highlights.clear();
    const pages = new Highlight();
    CSS.highlights.set(HIGHLIGHT_NAMES.underline, pages);
    h.restore();
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.underline)).toBe(pages);
  });

  test("dispose() removes TermLens's marks and leaves the page's own highlights", () => {
    const pages = new Highlight(rangeOver('page mark'));
    CSS.highlights.set('page-search', pages);
    const h = new Highlighter('underline');
    h.add(rangeOver('ketamine'));
    h.dispose();
    expect(registered()).toEqual(['page-search']);
    expect(h.count).toBe(0);
    h.restore();
    expect(registered()).toEqual(['page-search']);
  });

  test('dispose() leaves a highlight the page registered under a TermLens name', () => {
    const h = new Highlighter('underline');
    const pages = new Highlight();
    CSS.highlights.set(HIGHLIGHT_NAMES.underline, pages);
    h.dispose();
    expect(CSS.highlights.get(HIGHLIGHT_NAMES.underline)).toBe(pages);
  });
});
