/**
 * Watches the page for text that appears, changes or goes, and hands the
 * changed nodes to the engine. On a calm page each batch is handled at once,
 * inside the observer callback, so new text is marked before the browser
 * paints it and a page that re-renders a few times a second never shows
 * unmarked text. A breaker keeps a page that rewrites itself constantly
 * (every frame) from making TermLens burn a core: once batches come faster
 * than BUSY_CHANGES_PER_SECOND, they are spaced further apart (from
 * BASE_DELAY_MS up to MAX_DELAY_MS), then everything is caught up in one pass
 * and handling goes back to immediate when the page calms down.
 */

const BASE_DELAY_MS = 60;
const MAX_DELAY_MS = 2000;
/** The page changing its DOM more often than this per second counts as a page that never rests. */
const BUSY_CHANGES_PER_SECOND = 20;

export interface ChangeSink {
  changed(nodes: Node[], removedSomething: boolean): void;
}

export class ChangeObserver {
  private readonly observer: MutationObserver;
  private pending = new Set<Node>();
  private removed = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** 0: handle changes at once; otherwise the breaker's current spacing. */
  private delay = 0;
  /** How often the page changes: mutation callbacks in this second and the last. */
  private windowStart = 0;
  private windowCount = 0;
  private lastWindowCount = 0;
  batches = 0;
  backoffs = 0;

  constructor(
    private readonly sink: ChangeSink,
    private readonly ignore: (node: Node) => boolean,
    private readonly signal: AbortSignal,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    signal.addEventListener(
      'abort',
      () => {
        this.observer.disconnect();
        if (this.timer) clearTimeout(this.timer);
        this.pending.clear();
      },
      { once: true },
    );
  }

  observe(root: Node): void {
    if (this.signal.aborted) return;
    // contenteditable too: text that becomes editable must lose its marks before the reader types.
    this.observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      attributeFilter: ['contenteditable'],
    });
  }

  private countChange(): void {
    const now = performance.now();
    if (now - this.windowStart >= 1000) {
      this.lastWindowCount = now - this.windowStart < 2000 ? this.windowCount : 0;
      this.windowStart = now;
      this.windowCount = 0;
    }
    this.windowCount++;
  }

  private collect(records: MutationRecord[]): void {
    this.countChange();
    for (const r of records) {
      if (this.ignore(r.target)) continue;
      if (r.type === 'characterData' || r.type === 'attributes') {
        this.pending.add(r.target);
        continue;
      }
      let relevant = false;
      for (const n of r.addedNodes) {
        if (this.ignore(n)) continue;
        this.pending.add(n);
        relevant = true;
      }
      for (const n of r.removedNodes) {
        if (this.ignore(n)) continue;
        this.removed = true;
        relevant = true;
      }
      // Removing or adding a node changes the text of the block it sat in.
      if (relevant) this.pending.add(r.target);
    }
    if (!(this.pending.size || this.removed) || this.timer) return;
    if (this.delay === 0) this.flush();
    else this.timer = setTimeout(() => this.flush(), this.delay);
  }

  private flush(): void {
    this.timer = null;
    if (this.signal.aborted) return;
    if (Math.max(this.windowCount, this.lastWindowCount) > BUSY_CHANGES_PER_SECOND) {
      this.delay = Math.min(MAX_DELAY_MS, Math.max(BASE_DELAY_MS, this.delay * 2));
      this.backoffs++;
    } else {
      this.delay = this.delay / 2 < BASE_DELAY_MS ? 0 : this.delay / 2;
    }
    this.batches++;
    const nodes = [...this.pending];
    const removed = this.removed;
    this.pending.clear();
    this.removed = false;
    this.sink.changed(nodes, removed);
  }
}
