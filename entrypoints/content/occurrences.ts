import type { BlockKey } from './dom-rules';
import type { TextSpan } from './ranges';

/**
 * The page's occurrence index: every term found, by block (to drop them when
 * the block changes), by text node (for the pointer: node + offset → term),
 * and by entry (for the popup's counts and "next occurrence").
 */

export type OccurrenceState =
  /** Highlighted and hoverable. */
  | 'shown'
  /** An ambiguous form waiting for the page to prove it is medical. */
  | 'held'
  /** Counted but not marked ("first occurrence only"). */
  | 'extra';

export interface Occurrence {
  entryId: string;
  /** The words as the page writes them ("TRD", "NMDA receptors"). */
  text: string;
  range: StaticRange;
  spans: TextSpan[];
  block: BlockKey;
  state: OccurrenceState;
}

export class OccurrenceIndex {
  private readonly byBlock = new Map<BlockKey, Occurrence[]>();
  private readonly byNode = new Map<Text, Occurrence[]>();
  private readonly byEntry = new Map<string, Set<Occurrence>>();
  private ordered: Occurrence[] | null = null;

  add(occ: Occurrence): void {
    let list = this.byBlock.get(occ.block);
    if (!list) this.byBlock.set(occ.block, (list = []));
    list.push(occ);
    for (const span of occ.spans) {
      const at = this.byNode.get(span.node);
      if (at) at.push(occ);
      else this.byNode.set(span.node, [occ]);
    }
    let set = this.byEntry.get(occ.entryId);
    if (!set) this.byEntry.set(occ.entryId, (set = new Set()));
    set.add(occ);
    this.changed();
  }

  /** Drops and returns every occurrence found in the block. */
  removeBlock(block: BlockKey): Occurrence[] {
    const list = this.byBlock.get(block);
    if (!list) return [];
    this.byBlock.delete(block);
    for (const occ of list) {
      for (const span of occ.spans) {
        const at = this.byNode.get(span.node);
        if (!at) continue;
        const rest = at.filter((o) => o !== occ);
        if (rest.length) this.byNode.set(span.node, rest);
        else this.byNode.delete(span.node);
      }
      const set = this.byEntry.get(occ.entryId);
      set?.delete(occ);
      if (set && !set.size) this.byEntry.delete(occ.entryId);
    }
    this.changed();
    return list;
  }

  /** Blocks that have left the document (their subtree was removed). */
  detachedBlocks(): BlockKey[] {
    return [...this.byBlock.keys()].filter((b) => !(b as Node).isConnected);
  }

  /** The shown occurrence covering this character of a text node. */
  at(node: Text, offset: number): Occurrence | undefined {
    const list = this.byNode.get(node);
    if (!list) return undefined;
    for (const occ of list) {
      if (occ.state !== 'shown') continue;
      for (const span of occ.spans) if (span.node === node && offset >= span.from && offset < span.to) return occ;
    }
    return undefined;
  }

  entryHasShown(entryId: string): boolean {
    for (const occ of this.byEntry.get(entryId) ?? []) if (occ.state === 'shown') return true;
    return false;
  }

  all(): IterableIterator<Occurrence> {
    return (function* (blocks) {
      for (const list of blocks) yield* list;
    })(this.byBlock.values());
  }

  /** Per entry, how often the page shows it (held ambiguous forms do not count). */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [id, set] of this.byEntry) {
      let n = 0;
      for (const occ of set) if (occ.state !== 'held') n++;
      if (n) counts.set(id, n);
    }
    return counts;
  }

  /** Shown occurrences in document order (cached until the index changes). */
  inOrder(): Occurrence[] {
    if (!this.ordered) {
      this.ordered = [...this.all()].filter((o) => o.state === 'shown').sort(compareOccurrences);
    }
    return this.ordered;
  }

  get size(): { occurrences: number; nodes: number; blocks: number } {
    let occurrences = 0;
    for (const list of this.byBlock.values()) occurrences += list.length;
    return { occurrences, nodes: this.byNode.size, blocks: this.byBlock.size };
  }

  changed(): void {
    this.ordered = null;
  }

  clear(): void {
    this.byBlock.clear();
    this.byNode.clear();
    this.byEntry.clear();
    this.changed();
  }
}

function compareOccurrences(a: Occurrence, b: Occurrence): number {
  const na = a.range.startContainer;
  const nb = b.range.startContainer;
  if (na === nb) return a.range.startOffset - b.range.startOffset;
  const pos = na.compareDocumentPosition(nb);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}
