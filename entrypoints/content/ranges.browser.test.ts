import { afterEach, describe, expect, test } from 'vitest';
import { offsetOf, segmentOf } from '../../tests/dom/dom-fixtures';
import { liveRange, mapRange } from './ranges';
import type { Segment } from './scan';

function paragraph(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.innerHTML = html;
  document.body.append(p);
  return p;
}

/** The words a range covers, read back from the page. */
const wordsOf = (r: AbstractRange) => liveRange(r)!.toString();

/** Maps the first place `term` appears in the segment text. */
function mapTerm(segment: Segment, term: string) {
  const start = offsetOf(segment.text, term);
  return mapRange(segment, start, start + term.length);
}

afterEach(() => document.body.replaceChildren());

describe('offsets to DOM ranges', () => {
  test('a term inside one text node', () => {
    const p = paragraph('Treatment-resistant depression (TRD) is common.');
    const { range, spans } = mapTerm(segmentOf(p), 'TRD');
    const node = p.firstChild as Text;
    expect([range.startContainer, range.startOffset, range.endContainer, range.endOffset]).toEqual([
      node,
      32,
      node,
      35,
    ]);
    expect(spans).toEqual([{ node, from: 32, to: 35 }]);
    expect(wordsOf(range)).toBe('TRD');
  });

  test('a term running across inline elements covers each text node it touches', () => {
    const p = paragraph('the <b>NMDA</b> receptor<i> site</i>');
    const [, bold, rest] = segmentOf(p).nodes;
    const { range, spans } = mapTerm(segmentOf(p), 'NMDA receptor');
    expect(spans).toEqual([
      { node: bold, from: 0, to: 4 },
      { node: rest, from: 0, to: 9 },
    ]);
    expect(range.startContainer).toBe(bold);
    expect(range.endContainer).toBe(rest);
    expect(wordsOf(range)).toBe('NMDA receptor');
  });

  test('a term across three nodes has a span in the middle node covering all of it', () => {
    const p = paragraph('es<i>ket</i>amine');
    const { spans } = mapTerm(segmentOf(p), 'esketamine');
    expect(spans.map((s) => [s.node.data, s.from, s.to])).toEqual([
      ['es', 0, 2],
      ['ket', 0, 3],
      ['amine', 0, 5],
    ]);
  });

  test('a term that starts where a node starts begins in that node, not at the end of the one before', () => {
    const p = paragraph('see <em>ketamine</em> here');
    const { range, spans } = mapTerm(segmentOf(p), 'ketamine');
    expect(range.startContainer).toBe(p.querySelector('em')!.firstChild);
    expect(range.startOffset).toBe(0);
    expect(spans).toHaveLength(1);
  });

  test('a term that ends where a node ends does not reach into the next node', () => {
    const p = paragraph('<em>ketamine</em> helps');
    const { range, spans } = mapTerm(segmentOf(p), 'ketamine');
    expect(range.endContainer).toBe(p.querySelector('em')!.firstChild);
    expect(range.endOffset).toBe(8);
    expect(spans).toHaveLength(1);
  });

  test('a term later in a long run of nodes is found in the right node', () => {
    const p = paragraph(Array.from({ length: 40 }, (_, i) => `<span>w${i} </span>`).join(''));
    const segment = segmentOf(p);
    const { range } = mapTerm(segment, 'w27');
    expect(range.startContainer).toBe(p.children[27]!.firstChild);
    expect(wordsOf(range)).toBe('w27');
  });

  test('a term inside a shadow root maps to the text nodes in that shadow root', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>dose of <b>esketamine</b> nasal spray</p>';
    const segment = segmentOf(shadow.querySelector('p')!);
    const { range } = mapTerm(segment, 'esketamine nasal spray');
    expect(range.startContainer.getRootNode()).toBe(shadow);
    expect(wordsOf(range)).toBe('esketamine nasal spray');
  });
});

describe('live ranges for measuring', () => {
  test('cover the same words and have a box on screen', () => {
    const p = paragraph('about <b>NMDA</b> receptors');
    const live = liveRange(mapTerm(segmentOf(p), 'NMDA receptors').range)!;
    expect(live.toString()).toBe('NMDA receptors');
    expect(live.getClientRects().length).toBeGreaterThan(0);
  });

  test('are null when the text shrank under the range (the rescan replaces it)', () => {
    const p = paragraph('a long sentence about ketamine');
    const { range } = mapTerm(segmentOf(p), 'ketamine');
    (p.firstChild as Text).data = 'short';
    expect(liveRange(range)).toBeNull();
  });
});
