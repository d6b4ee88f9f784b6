import type { Match } from '../../glossary/matcher';
import { countsAsEvidence, decide, matchBlock, RegionContexts } from '../../glossary/page-model';
import type { EngineStats } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { ChangeObserver } from './observe';
import { blockOf, isInEditable, isInline, isSkippedElement, type BlockKey } from './dom-rules';
import { BlockFacts, type BlockPlace } from './block-facts';
import { getGuards, getMatcher, isNotEvidence } from './glossary-data';
import { Highlighter } from './highlight';
import { compareOccurrences, FoundTerm, OccurrenceIndex, type Occurrence } from './occurrences';
import { mapSpans } from './ranges';
import { walkText, type Segment } from './scan';
import { Slicer } from './slicer';

export type EngineSettings = Pick<Settings, 'highlightStyle' | 'density' | 'markEverywhere' | 'mutedTerms'>;

/** Regions of a page without sections or windows (glossary/regions.ts contextRootIndices gave none). */
const WHOLE_PAGE: readonly Node[] = [];

/**
 * Finds, indexes and highlights the terms of one document (and its open
 * shadow roots). The first scan walks the whole body in slices; later
 * changes arrive as dirty nodes and only their blocks are scanned again.
 */
export class PageEngine {
  readonly index = new OccurrenceIndex();
  readonly highlighter: Highlighter<Occurrence>;
  readonly shadowRoots = new Set<ShadowRoot>();
  private readonly contexts = new RegionContexts<Node>(isNotEvidence);
  private readonly facts = new BlockFacts(document);
  private readonly defined = new Map<string, string>();
  private readonly slicer: Slicer;
  /**
   * Blocks whose terms were taken in: a rescan walks past them unless they changed. Not every block read: one
   * entry per paragraph kept a long page's paragraphs alive in TermLens's world (see BlockFacts); a block
   * without terms is read again when a change around it is rescanned.
   */
  private readonly blocksWithTerms = new WeakSet<Element>();
  private muted: Set<string>;
  private listeners = new Set<() => void>();
  private queue: Node[] = [];
  private running = false;
  /** A segment with terms has been found (see addSegment). */
  private foundAny = false;
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
    this.highlighter = new Highlighter<Occurrence>(settings.highlightStyle, {
      range: (occ) => occ.range,
      look: (occ) => this.look(occ),
      anchor: (occ) => anchorOf(occ.block),
    });
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
    // The set-up before this (storage, settings, listeners) ran in the same task: the walk starts in a task
    // of its own, so that task and the walk's first slice do not add up to one long stretch. The matcher is
    // loaded in a task of its own as well: 1-3 ms cold, it landed in the walk's first slice together with the
    // first paragraph's cold work (fixture/frames.html, `npm run bench -- --profile`).
    if (!(await this.slicer.yield())) return;
    getMatcher();
    if (!(await this.slicer.yield()) || !(await this.facts.prepare(this.slicer))) return;
    // The walk's first step reads every element of the page once more (scan.ts walkText): after the reading
    // root's last paragraphs in the same slice, 17.9-21.0 ms on the HTML standard (`--profile html-spec`).
    if (!(await this.slicer.yield())) return;
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
        this.facts.forget();
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
   * walk (`roots`). A walk skips nested blocks whose terms it holds unless
   * they are dirty too or hold a dirty one, so both sets are needed: one
   * change may append to an <article> and rewrite a paragraph inside it in
   * the same batch.
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
    // The blocks that hold a changed one: walked into even when their own text is unchanged, or the change is skipped.
    const holding = new Set<Node>();
    for (const block of dirty ?? [])
      for (let p = block.parentNode; p && !holding.has(p); p = p.parentNode) holding.add(p);
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
        skipBlock: dirty
          ? (el) => this.blocksWithTerms.has(el) && !dirty.has(el) && !holding.has(el) && el !== root
          : undefined,
        onSegment: (segment) => {
          if (rescan && !touched.has(segment.block)) {
            touched.add(segment.block);
            this.dropBlock(segment.block);
          }
          return this.addSegment(segment);
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

  /**
   * True when the segment held terms (the walk's sign that it cost more than reading text). The first
   * segment with terms is taken in after a yield: its matching built the sense guards, and taking it in builds
   * the language tables and the first marks, all cold, and together they made the longest task of small
   * frames (fixture/frames.html, `npm run bench -- --profile`).
   */
  private addSegment(segment: Segment): boolean | Promise<boolean> {
    this.stats.segments++;
    const matches = matchBlock(segment.text, getMatcher(), this.defined, getGuards());
    if (!matches.length) return false;
    if (segment.block.nodeType === Node.ELEMENT_NODE) this.blocksWithTerms.add(segment.block as Element);
    if (this.foundAny) {
      this.takeIn(segment, matches);
      return true;
    }
    this.foundAny = true;
    return this.slicer.yield().then((on) => {
      // The page may have changed the segment's text meanwhile: the observer has its change, and a rescan reads it.
      if (on && segment.nodes.every((n) => n.isConnected) && segment.nodes.map((n) => n.data).join('') === segment.text)
        this.takeIn(segment, matches);
      return on;
    });
  }

  private takeIn(segment: Segment, matches: readonly Match[]): void {
    const place = this.facts.place(segment.block);
    // Only English is read: "Integration" in a German article is not the therapy step.
    if (this.facts.language(place, segment.text) !== 'other') for (const m of matches) this.addMatch(segment, m, place);
  }

  private addMatch(segment: Segment, m: Match, place: BlockPlace): void {
    const regions = place.regions.length ? place.regions : WHOLE_PAGE;
    const everywhere = this.settings.markEverywhere;
    const turned = countsAsEvidence(place, everywhere) ? this.contexts.add(regionKeys(regions), m) : [];
    const occ: Occurrence = new FoundTerm(
      m.entryId,
      segment.text.slice(m.start, m.end),
      mapSpans(segment, m.start, m.end),
      segment.block,
      m.ambiguous,
      place,
      regions,
    );
    if (turned.length) this.releaseHeld(turned);
    this.decide(occ, false);
    this.index.add(occ);
  }

  /** Takes an occurrence's state from the page model and draws it (or not) accordingly. */
  private decide(occ: Occurrence, indexed = true): void {
    const was = occ.state;
    const state = decide({
      ambiguous: occ.ambiguous,
      contextSatisfied: this.contexts.satisfied(regionKeys(occ.regions)),
      reading: occ.reading,
      heading: occ.heading,
      shownInSection: this.index.shownIn(occ.entryId, occ.section),
      muted: this.muted.has(occ.entryId),
      density: this.settings.density,
      everywhere: this.settings.markEverywhere,
    });
    if (indexed) this.index.setState(occ, state);
    else occ.state = state;
    if (state === was) return;
    if (was === 'shown') this.highlighter.delete(occ);
    if (occ.state === 'shown') this.highlighter.add(occ);
  }

  /** How the occurrence's mark (and its tooltip, in "auto") must look where it stands; read once, when first needed. */
  look(occ: Occurrence): Occurrence {
    if (occ.looked) return occ;
    const node = occ.range.startContainer;
    occ.dark = this.facts.isDark(node);
    occ.link = !!node.parentElement?.closest('a[href]');
    occ.looked = true;
    return occ;
  }

  /** A region just proved to be medical: its ambiguous terms held back so far are decided again, in page order. */
  private releaseHeld(turned: readonly Node[]): void {
    const keys = new Set(turned);
    const held = [...this.index.held()].filter((o) => regionKeys(o.regions).some((k) => keys.has(k)));
    for (const occ of held.sort(compareOccurrences)) this.decide(occ);
    if (held.length) this.index.changed();
  }

  /** The reader muted or unmuted terms: their occurrences change state in place, without a new scan. */
  setMuted(ids: readonly string[]): void {
    const next = new Set(ids);
    const changed = new Set([...next, ...this.muted].filter((id) => next.has(id) !== this.muted.has(id)));
    this.muted = next;
    if (!changed.size) return;
    const affected = [...this.index.all()].filter((o) => changed.has(o.entryId)).sort(compareOccurrences);
    // Unmuting starts from scratch so "first in each section" is counted again in page order.
    for (const occ of affected) {
      if (occ.state === 'shown') this.highlighter.delete(occ);
      this.index.setState(occ, 'held');
    }
    for (const occ of affected) this.decide(occ);
    this.index.changed();
    this.emit();
  }

  private dropBlock(block: BlockKey): boolean {
    const removed = this.index.removeBlock(block);
    for (const occ of removed) if (occ.state === 'shown') this.highlighter.delete(occ);
    return removed.length > 0;
  }

  /** Has any region of the page shown it is medical? */
  get contextSatisfied(): boolean {
    return this.contexts.anySatisfied;
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

/** The element whose box holds a block's text: the block itself, or a shadow root's host (none for a document). */
function anchorOf(block: BlockKey): Element | null {
  if (block.nodeType === Node.ELEMENT_NODE) return block as Element;
  return block instanceof ShadowRoot ? block.host : null;
}

/** The page as a whole is one region, keyed by the document. */
function regionKeys(regions: readonly Node[]): readonly Node[] {
  return regions.length ? regions : [document];
}
