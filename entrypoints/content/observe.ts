/**
 * Watches the page for text that appears, changes or goes, and hands the
 * changed nodes to the engine in batches. A breaker keeps a page that
 * rewrites itself constantly from making TermLens burn a core: while
 * changes keep coming, batches are spaced further apart (up to MAX_DELAY_MS),
 * then everything is caught up in one pass when the page calms down.
 */

const BASE_DELAY_MS = 60;
const MAX_DELAY_MS = 2000;
/** More batches than this within a second counts as a page that never rests. */
const BUSY_BATCHES_PER_SECOND = 4;

export interface ChangeSink {
  changed(nodes: Node[], removedSomething: boolean): void;
}

export class ChangeObserver {
  private readonly observer: MutationObserver;
  private pending = new Set<Node>();
  private removed = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private delay = BASE_DELAY_MS;
  private recentBatches: number[] = [];
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
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      if (this.ignore(r.target)) continue;
      if (r.type === 'characterData') {
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
    if ((this.pending.size || this.removed) && !this.timer) {
      this.timer = setTimeout(() => this.flush(), this.delay);
    }
  }

  private flush(): void {
    this.timer = null;
    if (this.signal.aborted) return;
    const now = performance.now();
    this.recentBatches = this.recentBatches.filter((t) => now - t < 1000);
    this.recentBatches.push(now);
    this.delay =
      this.recentBatches.length > BUSY_BATCHES_PER_SECOND
        ? Math.min(MAX_DELAY_MS, this.delay * 2)
        : Math.max(BASE_DELAY_MS, this.delay / 2);
    if (this.delay > BASE_DELAY_MS) this.backoffs++;
    this.batches++;
    const nodes = [...this.pending];
    const removed = this.removed;
    this.pending.clear();
    this.removed = false;
    this.sink.changed(nodes, removed);
  }
}
