import type { MarkState } from '../../glossary/page-model';
import type { BlockKey } from './dom-rules';
import { rangeOf, type TextSpan } from './ranges';

/**
 * The page's occurrence index: every term found, by block (to drop them when
 * the block changes), by text node (for the pointer: node + offset → term),
 * and by entry (for the popup's counts and "next occurrence").
 */

/** See glossary/page-model.ts for what each state means to the reader. */
export type OccurrenceState = MarkState;

/** States the pointer, touch and keyboard answer to with a tooltip. */
export const HOVERABLE: ReadonlySet<OccurrenceState> = new Set(['shown', 'extra', 'quiet']);
/** States the popup and the badge count. */
const COUNTED: ReadonlySet<OccurrenceState> = new Set(['shown', 'extra']);

export interface Occurrence {
  entryId: string;
  /** The words as the page writes them ("TRD", "NMDA receptors"). */
  text: string;
  range: StaticRange;
  spans: TextSpan[];
  block: BlockKey;
  state: OccurrenceState;
  /** An ambiguous form: marked only where its region is medical. */
  ambiguous: boolean;
  /** Where it stands (entrypoints/content/block-facts.ts). */
  reading: boolean;
  heading: boolean;
  regions: readonly Node[];
  section: Node;
  /** Drawn with the ink for dark backgrounds. */
  dark: boolean;
  /** Inside a link, which has an underline of its own. */
  link: boolean;
  /** `dark` and `link` have been read from the page (see PageEngine.look). */
  looked?: boolean;
}

/**
 * An occurrence as the engine finds it, in state "held". Its StaticRange is
 * made when first asked for: most terms a page holds are never drawn (only
 * the first in each section, say), and the spans already say where they are.
 */
export class FoundTerm implements Occurrence {
  state: OccurrenceState = 'held';
  dark = false;
  link = false;
  looked?: boolean;
  readonly reading: boolean;
  readonly heading: boolean;
  readonly section: Node;
  private made: StaticRange | null = null;

  constructor(
    readonly entryId: string,
    readonly text: string,
    readonly spans: TextSpan[],
    readonly block: BlockKey,
    readonly ambiguous: boolean,
    place: { reading: boolean; heading: boolean; section: Node },
    readonly regions: readonly Node[],
  ) {
    this.reading = place.reading;
    this.heading = place.heading;
    this.section = place.section;
  }

  get range(): StaticRange {
    return (this.made ??= rangeOf(this.spans));
  }
}

export class OccurrenceIndex {
  private readonly byBlock = new Map<BlockKey, Occurrence[]>();
  private readonly byNode = new Map<Text, Occurrence[]>();
  private readonly byEntry = new Map<string, Set<Occurrence>>();
  /** Marked occurrences per section and entry, so "already marked in this section?" costs one lookup. */
  private readonly shownBySection = new Map<Node, Map<string, number>>();
  /** Occurrences waiting for their region's context: a region that turns medical looks only at these. */
  private readonly heldSet = new Set<Occurrence>();
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
    if (occ.state === 'shown') this.countShown(occ, 1);
    if (occ.state === 'held') this.heldSet.add(occ);
    this.changed();
  }

  /** Changes an indexed occurrence's state (keeps the per-section counts right). */
  setState(occ: Occurrence, state: OccurrenceState): void {
    if (occ.state === state) return;
    if (occ.state === 'shown') this.countShown(occ, -1);
    if (occ.state === 'held') this.heldSet.delete(occ);
    occ.state = state;
    if (state === 'shown') this.countShown(occ, 1);
    if (state === 'held') this.heldSet.add(occ);
  }

  private countShown(occ: Occurrence, delta: 1 | -1): void {
    let bySection = this.shownBySection.get(occ.section);
    if (!bySection) this.shownBySection.set(occ.section, (bySection = new Map()));
    const n = (bySection.get(occ.entryId) ?? 0) + delta;
    if (n > 0) bySection.set(occ.entryId, n);
    else bySection.delete(occ.entryId);
    if (!bySection.size) this.shownBySection.delete(occ.section);
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
      if (occ.state === 'shown') this.countShown(occ, -1);
      this.heldSet.delete(occ);
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

  /** The occurrence a reader can hover covering this character of a text node. */
  at(node: Text, offset: number): Occurrence | undefined {
    const list = this.byNode.get(node);
    if (!list) return undefined;
    for (const occ of list) {
      if (!HOVERABLE.has(occ.state)) continue;
      for (const span of occ.spans) if (span.node === node && offset >= span.from && offset < span.to) return occ;
    }
    return undefined;
  }

  /** Is the entry already marked in this section (for the density "first in each section")? */
  shownIn(entryId: string, section: Node): boolean {
    return !!this.shownBySection.get(section)?.has(entryId);
  }

  /** The occurrences of one entry the popup counts, in document order. */
  countedOf(entryId: string): Occurrence[] {
    return [...(this.byEntry.get(entryId) ?? [])].filter((o) => COUNTED.has(o.state)).sort(compareOccurrences);
  }

  /** The occurrences in state "held", in no particular order. */
  held(): ReadonlySet<Occurrence> {
    return this.heldSet;
  }

  all(): IterableIterator<Occurrence> {
    return (function* (blocks) {
      for (const list of blocks) yield* list;
    })(this.byBlock.values());
  }

  /** Per entry, how often the reading content uses it, marked or not (held, muted and menu occurrences do not count). */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [id, set] of this.byEntry) {
      let n = 0;
      for (const occ of set) if (COUNTED.has(occ.state)) n++;
      if (n) counts.set(id, n);
    }
    return counts;
  }

  /** Marked occurrences in document order (cached until the index changes). */
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
    this.shownBySection.clear();
    this.heldSet.clear();
    this.byBlock.clear();
    this.byNode.clear();
    this.byEntry.clear();
    this.changed();
  }
}

export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  // The first span is where the range starts (ranges.ts rangeOf); reading it makes no range.
  const na = a.spans[0]!.node;
  const nb = b.spans[0]!.node;
  if (na === nb) return a.spans[0]!.from - b.spans[0]!.from;
  const pos = na.compareDocumentPosition(nb);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}
