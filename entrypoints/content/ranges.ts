import type { Segment } from './scan';

/**
 * Maps offsets in a segment's text back to DOM positions. Ranges are
 * StaticRanges: they cost the page nothing when it changes (live Ranges are
 * updated on every DOM mutation), and TermLens rescans what changed anyway.
 */

export interface TextSpan {
  node: Text;
  from: number;
  to: number;
}

export interface MappedRange {
  range: StaticRange;
  spans: TextSpan[];
}

/** Index of the node holding the character at `offset` (binary search over starts). */
function nodeAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text nodes (and the part of each) that the characters start..end of a segment cover. */
export function mapSpans(segment: Segment, start: number, end: number): TextSpan[] {
  const { nodes, starts } = segment;
  const first = nodeAt(starts, start);
  const last = nodeAt(starts, end - 1);
  const spans: TextSpan[] = [];
  for (let i = first; i <= last; i++) {
    const node = nodes[i]!;
    const base = starts[i]!;
    spans.push({ node, from: Math.max(0, start - base), to: Math.min(node.data.length, end - base) });
  }
  return spans;
}

/** The StaticRange over spans (from mapSpans): from the first one's start to the last one's end. */
export function rangeOf(spans: readonly TextSpan[]): StaticRange {
  const head = spans[0]!;
  const tail = spans[spans.length - 1]!;
  return new StaticRange({
    startContainer: head.node,
    startOffset: head.from,
    endContainer: tail.node,
    endOffset: tail.to,
  });
}

export function mapRange(segment: Segment, start: number, end: number): MappedRange {
  const spans = mapSpans(segment, start, end);
  return { range: rangeOf(spans), spans };
}

/** A live Range for measuring (getClientRects) one occurrence, made only when needed. */
export function liveRange(r: AbstractRange): Range | null {
  try {
    const range = r.startContainer.ownerDocument!.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  } catch {
    return null; // the text changed under it; the rescan will replace it
  }
}
