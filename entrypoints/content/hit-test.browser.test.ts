import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { mount, occurrenceIn } from '../../tests/dom/dom-fixtures';
import { termAtPoint } from './hit-test';
import { OccurrenceIndex, type Occurrence } from './occurrences';

/** The centre of one character of a term (by default its first), as the reader's pointer would rest on it. */
function pointOn(occ: Occurrence, char = 0): { x: number; y: number } {
  const { node, from } = occ.spans[0]!;
  const r = document.createRange();
  r.setStart(node, from + char);
  r.setEnd(node, from + char + 1);
  const box = r.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** The middle of the gap between the end of one term and the start of the next on the same line. */
function pointBetween(a: Occurrence, b: Occurrence): { x: number; y: number } {
  const right = new Range();
  right.setStart(a.range.endContainer, a.range.endOffset - 1);
  right.setEnd(a.range.endContainer, a.range.endOffset);
  const left = new Range();
  left.setStart(b.range.startContainer, b.range.startOffset);
  left.setEnd(b.range.startContainer, b.range.startOffset + 1);
  const ra = right.getBoundingClientRect();
  const rb = left.getBoundingClientRect();
  return { x: (ra.right + rb.left) / 2, y: (ra.top + ra.bottom) / 2 };
}

let index: OccurrenceIndex;
const noShadowRoots: ShadowRoot[] = [];

beforeEach(() => {
  index = new OccurrenceIndex();
  document.body.style.cssText = 'margin: 0; font: 24px/1.5 monospace';
});
afterEach(() => document.body.replaceChildren());

describe('the term under the pointer', () => {
  test('any character of a term finds that term', () => {
    const p = mount('<p>ketamine and esketamine</p>').firstElementChild!;
    const ket = occurrenceIn(p, 'ketamine', 'ketamine');
    const esk = occurrenceIn(p, 'esketamine', 'esketamine');
    index.add(ket);
    index.add(esk);
    for (const char of [0, 4, 7]) {
      const { x, y } = pointOn(ket, char);
      expect(termAtPoint(x, y, index, noShadowRoots)).toBe(ket);
    }
    const { x, y } = pointOn(esk, 9);
    expect(termAtPoint(x, y, index, noShadowRoots)).toBe(esk);
  });

  test('a term running across an inline element is found from either part', () => {
    const p = mount('<p>the <b>NMDA</b> receptor here</p>').firstElementChild!;
    const occ = occurrenceIn(p, 'NMDA receptor', 'nmda-receptor');
    index.add(occ);
    const bold = pointOn(occ, 1);
    expect(termAtPoint(bold.x, bold.y, index, noShadowRoots)).toBe(occ);
    const tail = occ.spans[1]!;
    const r = document.createRange();
    r.setStart(tail.node, tail.from + 5);
    r.setEnd(tail.node, tail.from + 6);
    const box = r.getBoundingClientRect();
    expect(termAtPoint(box.left + 2, box.top + box.height / 2, index, noShadowRoots)).toBe(occ);
  });
});

describe('nothing under the pointer', () => {
  test('the space between two terms finds nothing', () => {
    const p = mount('<p>ketamine   esketamine</p>').firstElementChild!;
    const ket = occurrenceIn(p, 'ketamine', 'ketamine');
    const esk = occurrenceIn(p, 'esketamine', 'esketamine');
    index.add(ket);
    index.add(esk);
    const { x, y } = pointBetween(ket, esk);
    expect(termAtPoint(x, y, index, noShadowRoots)).toBeNull();
  });

  test('the empty part of a line after its last word finds nothing, even when that word is a term', () => {
    const p = mount('<p>about ketamine</p>').firstElementChild!;
    const ket = occurrenceIn(p, 'ketamine', 'ketamine');
    index.add(ket);
    const last = pointOn(ket, 7);
    expect(termAtPoint(last.x, last.y, index, noShadowRoots)).toBe(ket);
    expect(termAtPoint(last.x + 200, last.y, index, noShadowRoots)).toBeNull();
  });

  test('the margin below the text finds nothing', () => {
    const p = mount('<p style="margin-bottom: 200px">ketamine</p>').firstElementChild!;
    const ket = occurrenceIn(p, 'ketamine', 'ketamine');
    index.add(ket);
    const { x, y } = pointOn(ket, 3);
    expect(termAtPoint(x, y + 100, index, noShadowRoots)).toBeNull();
  });

  test('a term held back (ambiguous, page not yet medical) is not under the pointer', () => {
    const p = mount('<p>depression</p>').firstElementChild!;
    const held = occurrenceIn(p, 'depression', 'depression', 'held');
    index.add(held);
    const { x, y } = pointOn(held, 3);
    expect(termAtPoint(x, y, index, noShadowRoots)).toBeNull();
  });

  test('words that are not terms find nothing', () => {
    const p = mount('<p>plain words only</p>').firstElementChild!;
    const box = p.getBoundingClientRect();
    expect(termAtPoint(box.left + 30, box.top + box.height / 2, index, noShadowRoots)).toBeNull();
  });
});

describe('shadow roots', () => {
  test('a term inside an open shadow root is found when TermLens knows that shadow root', () => {
    const host = mount('').appendChild(document.createElement('div'));
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>about ketamine</p>';
    const occ = occurrenceIn(shadow.querySelector('p')!, 'ketamine', 'ketamine');
    index.add(occ);
    const { x, y } = pointOn(occ, 2);
    expect(termAtPoint(x, y, index, [shadow])).toBe(occ);
    // Without the shadow root, the browser answers with the host: no text, no term.
    expect(termAtPoint(x, y, index, noShadowRoots)).toBeNull();
  });
});
