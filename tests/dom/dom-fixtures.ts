import type { Occurrence, OccurrenceState } from '../../entrypoints/content/occurrences';
import { mapRange, rangeOf } from '../../entrypoints/content/ranges';
import type { Segment } from '../../entrypoints/content/scan';

/**
 * Building blocks for the `*.browser.test.ts` files beside the DOM modules
 * (Vitest browser mode, a real Chromium page): a piece of page, the segment
 * the scan would make of one block, and an occurrence of a term in it.
 */

/** Appends `html` inside a fresh <div> at the end of the body (tests clear the body after each run). */
export function mount(html: string, parent: ParentNode = document.body): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  parent.append(host);
  return host;
}

/** One segment over every text node under `block`, as the scan builds it for one line of prose. */
export function segmentOf(block: Element | ShadowRoot): Segment {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  return { block, nodes, starts, text };
}

/** Where `words` appears for the `nth` time (0: the first) in the text; fails loudly when it does not. */
export function offsetOf(text: string, words: string, nth = 0): number {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(words, start + 1);
    if (start < 0) throw new Error(`"${words}" does not appear ${nth + 1} time(s) in "${text}"`);
  }
  return start;
}

/** The occurrence of `words` in a block, as the engine records it. */
export function occurrenceIn(
  block: Element | ShadowRoot,
  words: string,
  entryId: string,
  state: OccurrenceState = 'shown',
  nth = 0,
): Occurrence {
  const segment = segmentOf(block);
  const start = offsetOf(segment.text, words, nth);
  const { range, spans } = mapRange(segment, start, start + words.length);
  return {
    entryId,
    text: words,
    range,
    spans,
    block,
    state,
    ambiguous: false,
    reading: true,
    heading: false,
    regions: [],
    section: block,
    dark: false,
    link: false,
  };
}

/** The `i`th text node under `root`. */
export function textNode(root: Node, i = 0): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let n = walker.nextNode();
  for (let k = 0; k < i && n; k++) n = walker.nextNode();
  if (!n) throw new Error(`no text node number ${i} under ${root.nodeName}`);
  return n as Text;
}

/** A StaticRange over the whole of a text node, as the engine's rangeOf makes one. */
export function wholeText(node: Node): StaticRange {
  return rangeOf([{ node: node as Text, from: 0, to: (node as Text).data.length }]);
}
