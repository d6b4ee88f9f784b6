import { loadPackedMatcher, type MatchableEntry, type PackedMatcher } from '../../glossary/matcher';
import { blockOf, INLINE_TAGS, isSkippedTag, type BlockKey } from '../../entrypoints/content/dom-rules';

/**
 * The finder floor's content script (bundled by bench/finder-floor.ts): the
 * least a term finder that respects a page's structure must do. One walk over
 * elements and text that skips what is never prose (dom-rules.ts) and cuts the
 * text at blocks, the bundled matcher on each block's text, and a range for
 * every match, registered in one highlight. No settings, no storage, no page
 * model (regions, context, density), no yielding, no observers, no tooltip.
 * Its walk is scan.ts walkText without the slicing, the attribute rules and
 * shadow roots, written out here so that nothing of TermLens's engine runs.
 */

declare const FINDER_DATA: { packed: PackedMatcher; entries: MatchableEntry[] };
declare const FINDER_DONE: string;

function find(root: Node): StaticRange[] {
  const matcher = loadPackedMatcher(FINDER_DATA.packed, FINDER_DATA.entries);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const cache = new Map<Node, BlockKey>();
  const ranges: StaticRange[] = [];
  let block: BlockKey | null = null;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;
  const at = (offset: number): [Text, number] => {
    let i = nodes.length - 1;
    while (i > 0 && starts[i]! > offset) i--;
    return [nodes[i]!, offset - starts[i]!];
  };
  const flush = () => {
    if (nodes.length)
      for (const m of matcher.match(parts.join(''))) {
        const [startContainer, startOffset] = at(m.start);
        const [endContainer, endOffset] = at(m.end - 1);
        ranges.push(new StaticRange({ startContainer, startOffset, endContainer, endOffset: endOffset + 1 }));
      }
    block = null;
    nodes = [];
    starts = [];
    parts = [];
    length = 0;
  };
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const name = (node as Element).localName;
      if (isSkippedTag(name)) {
        flush();
        node = walker.nextSibling();
        while (!node && walker.parentNode()) node = walker.nextSibling();
        continue;
      }
      if (!INLINE_TAGS.has(name)) flush();
    } else {
      const text = node as Text;
      const data = text.data;
      if (data.length) {
        const own = blockOf(text, cache);
        if (own !== block) {
          flush();
          block = own;
        }
        nodes.push(text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      }
    }
    node = walker.nextNode();
  }
  flush();
  return ranges;
}

const ranges = find(document.body ?? document.documentElement);
if (window === window.top) CSS.highlights.set(FINDER_DONE, new Highlight(...ranges));
