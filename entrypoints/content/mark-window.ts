import { canWatchViewport, NearViewport } from './near-viewport';

/**
 * From this many marks on, only those near the view are drawn. Every frame in which the page changes anything,
 * Chromium checks every registered mark again, and an underline also makes it redraw their text: on the bench's
 * medical page (1,748 marks) showing a popover took a frame of 14-21 ms with every mark registered, 4-6 ms with
 * the 61 near the view, 2-3 ms with none (headless Chromium 156). Below it (the demo article: 84 marks, +1-2 ms
 * per changed frame) every mark is drawn at once, and the reader never sees one arrive.
 */
export const WINDOW_FROM = 200;

/**
 * Which of the page's marks are to be drawn: all of them until the page holds more than `limit`, then those whose
 * anchor (the element whose box holds the mark's text; null: none, always drawn) is near the view. It tells
 * `show` of each mark whose turn changes, and calls `started` once, when it starts watching the view.
 */
export class MarkWindow<M> {
  private readonly byAnchor = new Map<Element | null, Set<M>>();
  private readonly anchorOf = new Map<M, Element | null>();
  private near: NearViewport | null = null;
  /** Ends the print listeners on dispose(). */
  private readonly listening = new AbortController();

  constructor(
    private readonly limit: number,
    private readonly show: (mark: M, drawn: boolean) => void,
    private readonly started: () => void,
  ) {}

  /** Places a mark; true when it is to be drawn now. */
  add(mark: M, anchor: Element | null): boolean {
    this.anchorOf.set(mark, anchor);
    let group = this.byAnchor.get(anchor);
    if (!group) {
      this.byAnchor.set(anchor, (group = new Set()));
      if (anchor) this.near?.watch(anchor, false);
    }
    group.add(mark);
    if (!this.near && this.anchorOf.size > this.limit && canWatchViewport()) this.start();
    return this.isDrawn(anchor);
  }

  delete(mark: M): void {
    if (!this.anchorOf.has(mark)) return;
    const anchor = this.anchorOf.get(mark)!;
    this.anchorOf.delete(mark);
    const group = this.byAnchor.get(anchor)!;
    group.delete(mark);
    if (group.size) return;
    this.byAnchor.delete(anchor);
    if (anchor) this.near?.unwatch(anchor);
  }

  dispose(): void {
    this.near?.dispose();
    this.listening.abort();
    this.byAnchor.clear();
    this.anchorOf.clear();
  }

  private isDrawn(anchor: Element | null): boolean {
    return !anchor || !this.near || this.near.isNear(anchor);
  }

  /**
   * The marks drawn so far stay drawn until the browser says where their anchors are; new anchors wait for it.
   * From now on a change to the drawn marks is rare (a block near the view gains or loses a term), so they can
   * be shown at once instead of when the first scan ends: on a 50,000-paragraph page, a second and a half sooner.
   */
  private start(): void {
    this.near = new NearViewport((anchor, near) => {
      for (const mark of this.byAnchor.get(anchor) ?? []) this.show(mark, near);
    });
    for (const anchor of this.byAnchor.keys()) if (anchor) this.near.watch(anchor, true);
    this.started();
    // A printout shows every page at once: every mark is drawn for it, as below the limit.
    const { signal } = this.listening;
    addEventListener('beforeprint', () => this.showAll(true), { signal });
    addEventListener('afterprint', () => this.showAll(false), { signal });
  }

  /** Every mark drawn (`all`), or again only those near the view. */
  private showAll(all: boolean): void {
    for (const [anchor, marks] of this.byAnchor) {
      const drawn = all || this.isDrawn(anchor);
      for (const mark of marks) this.show(mark, drawn);
    }
  }
}
