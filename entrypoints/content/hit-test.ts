import type { Occurrence, OccurrenceIndex } from './occurrences';

/**
 * Which term is under the pointer? The browser tells which character is
 * nearest the point (caretPositionFromPoint, or caretRangeFromPoint where
 * that is missing); TermLens then checks the point really lies inside that
 * character's box (the nearest character may be far away at a line's end or
 * in a margin) and looks it up in the occurrence index. Nothing is attached
 * to the terms themselves.
 */

interface Caret {
  node: Node;
  offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): Caret | null {
  const doc = document as CaretDoc;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = shadowRoots.length
      ? doc.caretPositionFromPoint(x, y, { shadowRoots })
      : doc.caretPositionFromPoint(x, y);
    return pos?.offsetNode ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

const probe = document.createRange();

function charContains(node: Text, index: number, x: number, y: number): boolean {
  if (index < 0 || index >= node.data.length) return false;
  probe.setStart(node, index);
  probe.setEnd(node, index + 1);
  for (const r of probe.getClientRects()) {
    if (x >= r.left - 0.5 && x <= r.right + 0.5 && y >= r.top - 0.5 && y <= r.bottom + 0.5) return true;
  }
  return false;
}

export function termAtPoint(
  x: number,
  y: number,
  index: OccurrenceIndex,
  shadowRoots: Iterable<ShadowRoot>,
): Occurrence | null {
  let caret: Caret | null;
  try {
    caret = caretAt(x, y, [...shadowRoots]);
  } catch {
    return null;
  }
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const node = caret.node as Text;
  // The caret sits between two characters: the one under the point is on either side.
  for (const i of [caret.offset, caret.offset - 1]) {
    const occ = index.at(node, i);
    if (occ && charContains(node, i, x, y)) return occ;
  }
  return null;
}
