import { afterEach, expect, test } from 'vitest';
import { wholeText } from '../../tests/dom/dom-fixtures';
import { HIGHLIGHT_NAMES, Highlighter } from './highlight';

/**
 * Past `windowFrom` marks only those near the view are drawn (mark-window.ts WINDOW_FROM): each paragraph here
 * stands alone on a stretch of page several screens tall, so "near" is unambiguous whatever the test frame's size.
 */

const screens = (n: number) => `${Math.round(n * innerHeight)}px`;

/** A paragraph with one word marked, `gap` screens below the one before it. */
function paragraph(word: string, gap: number): StaticRange {
  const spacer = document.body.appendChild(document.createElement('div'));
  spacer.style.height = screens(gap);
  const p = document.body.appendChild(document.createElement('p'));
  p.textContent = word;
  return wholeText(p.firstChild!);
}

const PLAIN = { dark: false, link: false };
/** A highlighter still in its first scan (its marks not yet revealed). */
const made: Highlighter<StaticRange>[] = [];
function scanning(windowFrom: number): Highlighter<StaticRange> {
  const h = new Highlighter<StaticRange>(
    'underline',
    {
      range: (r) => r,
      look: () => PLAIN,
      anchor: (r) => r.startContainer.parentElement,
    },
    windowFrom,
  );
  made.push(h);
  return h;
}

function windowed(windowFrom: number): Highlighter<StaticRange> {
  const h = scanning(windowFrom);
  h.reveal();
  return h;
}

/** The words drawn, sorted; polled where the browser reports nearness after a frame. */
const drawn = () =>
  [...(CSS.highlights.get(HIGHLIGHT_NAMES.underline) ?? [])].map((r) => r.startContainer.textContent).sort();

afterEach(() => {
  for (const h of made.splice(0)) h.dispose();
  CSS.highlights.clear();
  document.body.replaceChildren();
  scrollTo(0, 0);
});

test('up to the limit every mark is drawn at once, near the view or not', () => {
  const h = windowed(3);
  for (const [word, gap] of [
    ['ketamine', 0],
    ['esketamine', 5],
    ['dissociation', 5],
  ] as const)
    h.add(paragraph(word, gap));
  expect(drawn()).toEqual(['dissociation', 'esketamine', 'ketamine']);
  expect(h.count).toBe(3);
});

test('past the limit the marks are shown at once, without waiting for the first scan to end', () => {
  const h = scanning(1);
  h.add(paragraph('ketamine', 0));
  expect(CSS.highlights.has(HIGHLIGHT_NAMES.underline)).toBe(false);
  h.add(paragraph('esketamine', 0));
  expect(drawn()).toEqual(['esketamine', 'ketamine']);
});

test('past the limit only the marks near the view stay drawn, and the count still holds them all', async () => {
  const h = windowed(2);
  const marks = [
    paragraph('ketamine', 0),
    paragraph('esketamine', 0.2),
    paragraph('dissociation', 8),
    paragraph('anaesthesia', 8),
  ];
  for (const m of marks) h.add(m);
  await expect.poll(drawn).toEqual(['esketamine', 'ketamine']);
  expect([h.count, h.drawn]).toEqual([4, 2]);
});

test('scrolling draws the marks coming near and drops those left far behind', async () => {
  const h = windowed(1);
  const near = paragraph('ketamine', 0);
  const far = paragraph('dissociation', 8);
  h.add(near);
  h.add(far);
  await expect.poll(drawn).toEqual(['ketamine']);
  far.startContainer.parentElement!.scrollIntoView();
  await expect.poll(drawn).toEqual(['dissociation']);
  scrollTo(0, 0);
  await expect.poll(drawn).toEqual(['ketamine']);
});

test('a mark deleted while far from the view is never drawn when the reader gets there', async () => {
  const h = windowed(1);
  h.add(paragraph('ketamine', 0));
  const far = paragraph('dissociation', 8);
  h.add(far);
  await expect.poll(drawn).toEqual(['ketamine']);
  h.delete(far);
  far.startContainer.parentElement!.scrollIntoView();
  // Two frames for the browser to report what came near: nothing of the deleted mark is drawn.
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  await expect.poll(drawn).toEqual([]);
  expect(h.count).toBe(1);
});

test('a paragraph with no box of its own (display: contents) has its marks drawn, wherever it is', async () => {
  const h = windowed(0);
  h.add(paragraph('ketamine', 0));
  const boxless = paragraph('dissociation', 8);
  boxless.startContainer.parentElement!.style.display = 'contents';
  h.add(boxless);
  await expect.poll(drawn).toEqual(['dissociation', 'ketamine']);
});

test('a rewritten paragraph near the view gets its new mark drawn at once, not a frame later', async () => {
  const h = windowed(0);
  const before = paragraph('ketamine', 0);
  h.add(before);
  await expect.poll(drawn).toEqual(['ketamine']);
  const p = before.startContainer.parentElement!;
  h.delete(before);
  p.textContent = 'esketamine';
  h.add(wholeText(p.firstChild!));
  expect(drawn()).toEqual(['esketamine']);
});

test('after dispose nothing is drawn, whatever the browser reports', async () => {
  const h = windowed(0);
  h.add(paragraph('ketamine', 0));
  const far = paragraph('dissociation', 8);
  h.add(far);
  const terms = CSS.highlights.get(HIGHLIGHT_NAMES.underline)!;
  h.dispose();
  far.startContainer.parentElement!.scrollIntoView();
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  expect(CSS.highlights.has(HIGHLIGHT_NAMES.underline)).toBe(false);
  expect(terms.size).toBe(0);
});

test('inside a scrolling box, a mark is drawn while still out of the box’s visible part', async () => {
  const h = windowed(0);
  h.add(paragraph('ketamine', 0));
  const box = document.body.appendChild(document.createElement('div'));
  box.style.cssText = `height: ${screens(0.5)}; overflow: auto`;
  const inner = box.appendChild(document.createElement('div'));
  inner.style.height = screens(0.9);
  const p = box.appendChild(document.createElement('p'));
  p.textContent = 'dissociation';
  box.appendChild(document.createElement('div')).style.height = screens(3);
  h.add(wholeText(p.firstChild!));
  // Hidden below the box's visible half screen, but less than a screen further down.
  await expect.poll(drawn).toEqual(['dissociation', 'ketamine']);
});

test('for printing every mark is drawn, and afterwards again only those near the view', async () => {
  const h = windowed(1);
  h.add(paragraph('ketamine', 0));
  h.add(paragraph('dissociation', 8));
  await expect.poll(drawn).toEqual(['ketamine']);
  dispatchEvent(new Event('beforeprint'));
  expect(drawn()).toEqual(['dissociation', 'ketamine']);
  dispatchEvent(new Event('afterprint'));
  expect(drawn()).toEqual(['ketamine']);
});
