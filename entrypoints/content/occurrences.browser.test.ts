import { afterEach, describe, expect, test } from 'vitest';
import { occurrenceIn, textNode } from '../../tests/dom/dom-fixtures';
import { OccurrenceIndex } from './occurrences';

function paragraph(html: string, parent: ParentNode = document.body): HTMLParagraphElement {
  const p = document.createElement('p');
  p.innerHTML = html;
  parent.append(p);
  return p;
}

afterEach(() => document.body.replaceChildren());

describe('the term at a character', () => {
  test('every character of a shown term finds it; the characters around it find nothing', () => {
    const p = paragraph('the TRD trial');
    const index = new OccurrenceIndex();
    const trd = occurrenceIn(p, 'TRD', 'trd');
    index.add(trd);
    const node = textNode(p);
    expect([4, 5, 6].map((i) => index.at(node, i))).toEqual([trd, trd, trd]);
    expect(index.at(node, 3)).toBeUndefined();
    expect(index.at(node, 7)).toBeUndefined();
  });

  test('a term split across nodes is found from each of them', () => {
    const p = paragraph('<b>NMDA</b> receptor');
    const index = new OccurrenceIndex();
    const occ = occurrenceIn(p, 'NMDA receptor', 'nmda-receptor');
    index.add(occ);
    expect(index.at(textNode(p, 0), 0)).toBe(occ);
    expect(index.at(textNode(p, 1), 8)).toBe(occ);
  });

  test('held and muted occurrences are not under the pointer; unmarked later and menu mentions are', () => {
    const p = paragraph('depression and ketamine, then esketamine and NMDA');
    const index = new OccurrenceIndex();
    index.add(occurrenceIn(p, 'depression', 'depression', 'held'));
    index.add(occurrenceIn(p, 'ketamine', 'ketamine', 'extra'));
    index.add(occurrenceIn(p, 'esketamine', 'esketamine', 'quiet'));
    index.add(occurrenceIn(p, 'NMDA', 'nmda-receptor', 'muted'));
    expect(index.at(textNode(p), 2)).toBeUndefined();
    expect(index.at(textNode(p), 17)?.entryId).toBe('ketamine');
    expect(index.at(textNode(p), 32)?.entryId).toBe('esketamine');
    expect(index.at(textNode(p), 46)).toBeUndefined();
  });
});

describe('counts for the popup', () => {
  test('count shown and counted-only occurrences per entry, never held ones', () => {
    const p = paragraph('ketamine, ketamine, ketamine and depression');
    const index = new OccurrenceIndex();
    index.add(occurrenceIn(p, 'ketamine', 'ketamine', 'shown', 0));
    index.add(occurrenceIn(p, 'ketamine', 'ketamine', 'extra', 1));
    index.add(occurrenceIn(p, 'ketamine', 'ketamine', 'extra', 2));
    index.add(occurrenceIn(p, 'depression', 'depression', 'held'));
    expect(Object.fromEntries(index.counts())).toEqual({ ketamine: 3 });
    expect(index.shownIn('ketamine', p)).toBe(true);
    expect(index.shownIn('depression', p)).toBe(false);
  });
});

describe('changes to the page', () => {
  test("dropping a block forgets its terms everywhere and leaves other blocks' terms", () => {
    const first = paragraph('ketamine');
    const second = paragraph('ketamine and <b>esketamine</b>');
    const index = new OccurrenceIndex();
    index.add(occurrenceIn(first, 'ketamine', 'ketamine'));
    index.add(occurrenceIn(second, 'ketamine', 'ketamine'));
    const eske = occurrenceIn(second, 'esketamine', 'esketamine');
    index.add(eske);

    const dropped = index.removeBlock(second);
    expect(dropped.map((o) => o.entryId)).toEqual(['ketamine', 'esketamine']);
    expect(Object.fromEntries(index.counts())).toEqual({ ketamine: 1 });
    expect(index.at(textNode(second, 1), 0)).toBeUndefined();
    expect(index.at(textNode(first), 0)?.entryId).toBe('ketamine');
    expect(index.shownIn('esketamine', second)).toBe(false);
    expect(index.removeBlock(second)).toEqual([]);
  });

  test('blocks whose subtree left the document are reported as detached', () => {
    const stays = paragraph('ketamine');
    const goes = document.body.appendChild(document.createElement('section'));
    const inner = paragraph('esketamine', goes);
    const index = new OccurrenceIndex();
    index.add(occurrenceIn(stays, 'ketamine', 'ketamine'));
    index.add(occurrenceIn(inner, 'esketamine', 'esketamine'));
    expect(index.detachedBlocks()).toEqual([]);
    goes.remove();
    expect(index.detachedBlocks()).toEqual([inner]);
  });

  test('clear forgets everything', () => {
    const p = paragraph('ketamine');
    const index = new OccurrenceIndex();
    index.add(occurrenceIn(p, 'ketamine', 'ketamine'));
    index.clear();
    expect(index.size).toEqual({ occurrences: 0, nodes: 0, blocks: 0 });
    expect(index.at(textNode(p), 0)).toBeUndefined();
    expect([...index.all()]).toEqual([]);
  });
});

describe('document order (for next and previous term)', () => {
  test('shown terms come in the order the page shows them, whatever order they were found in', () => {
    const a = paragraph('alpha <i>ketamine</i> then TRD');
    const b = paragraph('CRPS');
    const index = new OccurrenceIndex();
    index.add(occurrenceIn(b, 'CRPS', 'crps'));
    index.add(occurrenceIn(a, 'TRD', 'trd'));
    index.add(occurrenceIn(a, 'ketamine', 'ketamine'));
    index.add(occurrenceIn(a, 'alpha', 'alpha', 'held'));
    expect(index.inOrder().map((o) => o.text)).toEqual(['ketamine', 'TRD', 'CRPS']);
  });

  test('the order follows later additions and state changes once the index is told', () => {
    const p = paragraph('ketamine and depression');
    const index = new OccurrenceIndex();
    const held = occurrenceIn(p, 'depression', 'depression', 'held');
    index.add(held);
    index.add(occurrenceIn(p, 'ketamine', 'ketamine'));
    expect(index.inOrder().map((o) => o.text)).toEqual(['ketamine']);
    held.state = 'shown';
    index.changed();
    expect(index.inOrder().map((o) => o.text)).toEqual(['ketamine', 'depression']);
  });
});
