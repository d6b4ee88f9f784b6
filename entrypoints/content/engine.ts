import { findDefinitions } from '../../glossary/abbreviations';
import { MedicalContext } from '../../glossary/context';
import type { Match } from '../../glossary/matcher';
import type { EngineStats } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { ChangeObserver } from './observe';
import { blockOf, isInEditable, isInline, isSkippedElement, type BlockKey } from './dom-rules';
import { getMatcher, isNotEvidence } from './glossary-data';
import { Highlighter } from './highlight';
import { OccurrenceIndex, type Occurrence } from './occurrences';
import { mapRange } from './ranges';
import { walkText, type Segment } from './scan';
import { Slicer } from './slicer';

export type EngineSettings = Pick<Settings, 'highlightStyle' | 'firstOnly' | 'mutedTerms'>;

/**
 * Finds, indexes and highlights the terms of one document (and its open
 * shadow roots). The first scan walks the whole body in slices; later
 * changes arrive as dirty nodes and only their blocks are scanned again.
 */
export class PageEngine {
  readonly index = new OccurrenceIndex();
  readonly highlighter: Highlighter;
  readonly shadowRoots = new Set<ShadowRoot>();
  private readonly context = new MedicalContext(isNotEvidence);
  private readonly defined = new Map<string, string>();
  private readonly slicer: Slicer;
  private readonly scannedBlocks = new WeakSet<Element>();
  private readonly muted: Set<string>;
  private listeners = new Set<() => void>();
  private queue: Node[] = [];
  private running = false;
  readonly stats: EngineStats = {
    textNodes: 0,
    segments: 0,
    scanning: true,
    firstScanMs: null,
    longestSliceMs: 0,
    busyMs: 0,
    rescans: 0,
    shadowRoots: 0,
    startedAt: performance.now(),
  };

  /** Hands the engine the page's changes; it watches the document and every open shadow root the scan finds. */
  readonly observer: ChangeObserver;
  private readonly domListeners = new Set<() => void>();

  /** `isOwn`: TermLens's own nodes on the page (the tooltip), whose changes are not the page's. */
  constructor(
    private readonly settings: EngineSettings,
    private readonly signal: AbortSignal,
    isOwn: (node: Node) => boolean,
  ) {
    this.observer = new ChangeObserver(
      {
        changed: (nodes, removed) => {
          if (removed) this.sweepDetached();
          this.invalidate(nodes);
          for (const cb of this.domListeners) cb();
        },
      },
      isOwn,
      signal,
    );
    this.slicer = new Slicer(signal);
    this.muted = new Set(settings.mutedTerms);
    this.highlighter = new Highlighter(settings.highlightStyle);
    signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  /** Called after each batch of page changes the observer hands over, once the engine has taken it in. */
  onDomChange(cb: () => void): void {
    this.domListeners.add(cb);
  }

  /** Called whenever the set of occurrences changed (after a batch, not per term). */
  onChange(cb: () => void): void {
    this.listeners.add(cb);
  }

  /**
   * Scans the whole document body, then anything queued meanwhile. `watch` is where changes are looked for: on a
   * web page the whole document, not only the scanned root, as text can appear anywhere (a body added late, say);
   * the explain page reads and watches only the text it shows, not its own controls.
   */
  async start(root: Node, watch: Node = (root.ownerDocument ?? document).documentElement): Promise<void> {
    this.observer.observe(watch);
    this.slicer.begin();
    await this.scanRoots([root], null);
    this.slicer.end();
    this.stats.longestSliceMs = this.slicer.longestSliceMs;
    this.stats.busyMs = this.slicer.busyMs;
    this.highlighter.reveal();
    this.stats.firstScanMs = performance.now() - this.stats.startedAt;
    this.stats.scanning = false;
    this.emit();
    this.drain();
  }

  /** Marks nodes whose text changed or appeared; their blocks are scanned again soon. */
  invalidate(nodes: Iterable<Node>): void {
    for (const n of nodes) this.queue.push(n);
    if (!this.stats.scanning) this.drain();
  }

  /** Forgets occurrences in blocks that are no longer in the document. */
  sweepDetached(): void {
    let changed = false;
    for (const block of this.index.detachedBlocks()) changed = this.dropBlock(block) || changed;
    if (changed) this.emit();
  }

  private async drain(): Promise<void> {
    if (this.running || !this.queue.length || this.signal.aborted) return;
    this.running = true;
    try {
      while (this.queue.length && !this.signal.aborted) {
        const { roots, dirty } = this.blocksFor(this.queue.splice(0));
        this.stats.rescans++;
        this.slicer.begin();
        await this.scanRoots(roots, dirty);
        this.slicer.end();
        this.sweepDetached();
        this.emit();
      }
    } finally {
      this.running = false;
    }
  }

  /**
   * The blocks whose text changed (`dirty`) and the outermost of them to
   * walk (`roots`). A walk skips nested blocks it has already read unless
   * they are dirty too, so both sets are needed: one change may append to an
   * <article> and rewrite a paragraph inside it in the same batch.
   */
  private blocksFor(nodes: Node[]): { roots: Node[]; dirty: Set<Node> } {
    const dirty = new Set<Node>();
    for (const n of nodes) {
      if (!n.isConnected) continue;
      if (this.isExcluded(n)) {
        this.forgetExcluded(n, dirty);
        continue;
      }
      const isBlockElement = n.nodeType === Node.ELEMENT_NODE && !isInline(n as Element);
      dirty.add(isBlockElement ? n : (blockOf(n) as Node));
    }
    const roots = [...dirty].filter((b) => {
      for (let p = b.parentNode; p; p = p.parentNode) if (dirty.has(p)) return false;
      return true;
    });
    return { roots, dirty };
  }

  /**
   * A change inside a region TermLens does not read: typically the reader
   * typing into a region the page made editable after TermLens had read it.
   * Its old marks would now point at the wrong letters, so they go; the
   * block around it, if TermLens reads that one, is read again.
   */
  private forgetExcluded(node: Node, dirty: Set<Node>): void {
    const block = blockOf(node) as Node;
    if (this.isExcluded(block)) this.dropBlock(block as BlockKey);
    else dirty.add(block);
    // Only an editable region can hold marks made before it became one (a script or style never does).
    if (node.nodeType !== Node.ELEMENT_NODE || !isInEditable(node)) return;
    const inside = new Set<BlockKey>();
    for (const occ of this.index.all()) if (node.contains(occ.block as Node)) inside.add(occ.block);
    for (const b of inside) this.dropBlock(b);
  }

  /** Inside something TermLens never reads: an editable region, a script, its own UI... */
  private isExcluded(node: Node): boolean {
    if (node.ownerDocument?.designMode === 'on') return true;
    for (
      let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      el;
      el = el.parentElement
    ) {
      if (isSkippedElement(el)) return true;
    }
    return false;
  }

  /** Scans each root; `dirty` is null for the first full scan, else the blocks known to have changed. */
  private async scanRoots(roots: Node[], dirty: ReadonlySet<Node> | null): Promise<void> {
    const rescan = dirty !== null;
    const pending = [...roots];
    for (let root = pending.shift(); root && !this.signal.aborted; root = pending.shift()) {
      const touched = new Set<BlockKey>();
      await walkText(root, {
        slicer: this.slicer,
        onTextNode: () => this.stats.textNodes++,
        onShadowRoot: (sr) => {
          if (this.shadowRoots.has(sr)) return;
          this.shadowRoots.add(sr);
          this.stats.shadowRoots++;
          this.observer.observe(sr);
          pending.push(sr);
        },
        skipBlock: dirty ? (el) => this.scannedBlocks.has(el) && !dirty.has(el) && el !== root : undefined,
        onSegment: (segment) => {
          if (rescan && !touched.has(segment.block)) {
            touched.add(segment.block);
            this.dropBlock(segment.block);
          }
          this.addSegment(segment);
        },
      });
      // A changed block that yielded no text at all (emptied) still loses its old terms.
      if (dirty)
        for (const block of dirty)
          if (!touched.has(block as BlockKey) && root.contains(block)) this.dropBlock(block as BlockKey);
      this.stats.longestSliceMs = this.slicer.longestSliceMs;
      this.stats.busyMs = this.slicer.busyMs;
    }
  }

  private addSegment(segment: Segment): void {
    this.stats.segments++;
    if (segment.block.nodeType === Node.ELEMENT_NODE) this.scannedBlocks.add(segment.block as Element);
    const matcher = getMatcher();
    let matches = matcher.match(segment.text, this.defined);
    let learned = false;
    for (const d of findDefinitions(segment.text, matches)) {
      if (this.defined.has(d.abbr)) continue;
      this.defined.set(d.abbr, d.entryId);
      learned = true;
    }
    if (learned) matches = matcher.match(segment.text, this.defined);
    for (const m of matches) this.addMatch(segment, m);
  }

  private addMatch(segment: Segment, m: Match): void {
    if (this.muted.has(m.entryId)) return;
    if (this.context.add(m)) this.releaseHeld();
    const { range, spans } = mapRange(segment, m.start, m.end);
    const held = m.ambiguous && !this.context.satisfied;
    const extra = !held && this.settings.firstOnly && this.index.entryHasShown(m.entryId);
    const occ: Occurrence = {
      entryId: m.entryId,
      text: segment.text.slice(m.start, m.end),
      range,
      spans,
      block: segment.block,
      state: held ? 'held' : extra ? 'extra' : 'shown',
    };
    this.index.add(occ);
    if (occ.state === 'shown') this.highlighter.add(range);
  }

  /** The page just proved to be medical: show the ambiguous terms held back so far. */
  private releaseHeld(): void {
    for (const occ of this.index.all()) {
      if (occ.state !== 'held') continue;
      const extra = this.settings.firstOnly && this.index.entryHasShown(occ.entryId);
      occ.state = extra ? 'extra' : 'shown';
      if (occ.state === 'shown') this.highlighter.add(occ.range);
    }
    this.index.changed();
  }

  private dropBlock(block: BlockKey): boolean {
    const removed = this.index.removeBlock(block);
    for (const occ of removed) if (occ.state === 'shown') this.highlighter.delete(occ.range);
    return removed.length > 0;
  }

  get contextSatisfied(): boolean {
    return this.context.satisfied;
  }

  private emit(): void {
    this.highlighter.restore();
    for (const cb of this.listeners) cb();
  }

  private dispose(): void {
    this.queue = [];
    this.highlighter.dispose();
    this.index.clear();
    this.listeners.clear();
  }
}
