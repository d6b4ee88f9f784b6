import { isWordChar } from '../../glossary/normalize';
import {
  blockOf,
  INLINE_TAGS,
  isSkippedByAttribute,
  isSkippedTag,
  SKIPPED_BY_ATTRIBUTE,
  skipSubtree,
  type BlockKey,
} from './dom-rules';
import type { Slicer } from './slicer';

/**
 * Walks the text under a root in document order and cuts it into segments:
 * runs of text nodes that read as one line of prose (a paragraph, a list
 * item, a cell), split at block elements and line breaks. A term may run
 * across inline elements ("<b>NMDA</b> receptor") but never across blocks.
 */

export interface Segment {
  block: BlockKey;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

export interface WalkOptions {
  slicer: Slicer;
  /**
   * True when the segment cost real work (it held terms): the walk then looks at the clock before going on. A
   * promise: the walk waits for it (the segment's terms are taken in after a yield) and stops if it says false.
   */
  onSegment(segment: Segment): boolean | void | Promise<boolean>;
  onShadowRoot(root: ShadowRoot): void;
  /** During a rescan: nested blocks that are up to date and need no second look. */
  skipBlock?(el: Element): boolean;
  onTextNode?(): void;
}

const SHOW = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;
/**
 * Could the text hold a term? Every match starts at a word character. A loop, not /[\p{L}\p{N}]/u: compiling
 * that Unicode class cost every frame about 0.7 ms at its first segment (guardian-1's profile).
 */
function hasWordChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isWordChar(text.charCodeAt(i))) return true;
  return false;
}

/** Resolves false when the walk was cut short (switched off, or its place in the page was removed). */
export async function walkText(root: Node, o: WalkOptions): Promise<boolean> {
  const doc = root.ownerDocument ?? (root as Document);
  if (doc.designMode === 'on') return true;
  const walker = doc.createTreeWalker(root, SHOW);
  // The few elements whose attributes could take them out of reading, found in one native query: asking every
  // element for two attributes made up a fifth of walking wikipedia-2 (15.0 vs 11.8 ms, the walk alone).
  const byAttribute = new Set(
    'querySelectorAll' in root ? (root as ParentNode).querySelectorAll(SKIPPED_BY_ATTRIBUTE) : [],
  );
  const cache = new Map<Node, BlockKey>();
  let block: BlockKey | null = null;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;

  /** A segment with terms went out since the last look at the clock: its terms can cost far more than walking nodes. */
  let worked = false;
  /**
   * Hands the segment over. When its work goes on after a yield: a promise of whether the walk may go on, false
   * when TermLens was switched off or `next` (where the walk stands) left the page meanwhile.
   */
  const flush = (next: Node | null): Promise<boolean> | undefined => {
    let goOn: Promise<boolean> | undefined;
    if (block && nodes.length) {
      const text = parts.length === 1 ? parts[0]! : parts.join('');
      const held = hasWordChar(text) ? o.onSegment({ block, nodes, starts, text }) : false;
      if (held instanceof Promise) goOn = held.then((on) => on && (!next || next.isConnected));
      if (held) worked = true;
    }
    block = null;
    nodes = [];
    starts = [];
    parts = [];
    length = 0;
    return goOn;
  };
  let waits: Promise<boolean> | undefined;

  let node = walker.nextNode();
  let steps = 0;
  while (node) {
    // After every segment with terms, and every 16 nodes: a cold page's first paragraphs can cost
    // milliseconds each (code not yet optimised, a page's first style lookups), so checking every 128 nodes
    // let one slice run far past its end (39 ms on the bench's medical page). Not after every segment: on
    // the HTML standard's 40,000 the clock itself cost 14 ms.
    if ((worked || (++steps & 15) === 0) && o.slicer.due()) {
      if ((waits = flush(node)) && !(await waits)) return false;
      if (!(await o.slicer.yield()) || !node.isConnected) return false;
    }
    worked = false;
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      const name = el.localName;
      if (isSkippedTag(name) || (byAttribute.has(el) && isSkippedByAttribute(el)) || o.skipBlock?.(el)) {
        if ((waits = flush(el)) && !(await waits)) return false;
        node = skipSubtree(walker);
        continue;
      }
      if (el.shadowRoot) o.onShadowRoot(el.shadowRoot);
      if (!INLINE_TAGS.has(name) && (waits = flush(el)) && !(await waits)) return false;
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    o.onTextNode?.();
    const data = text.data;
    if (data.length) {
      const own = blockOf(text, cache);
      if (own !== block) {
        if ((waits = flush(text)) && !(await waits)) return false;
        block = own;
      }
      nodes.push(text);
      starts.push(length);
      parts.push(data);
      length += data.length;
    }
    node = walker.nextNode();
  }
  return flush(null) ?? true;
}
