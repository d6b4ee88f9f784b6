/**
 * Which of a set of elements are within reach of the reader's view: on
 * screen, or within a screen or more of it (above, below or to either side). The
 * browser works this out in its own frame (IntersectionObserver, rooted at
 * the frame's own document so that an iframe watches its own scrolling) and
 * tells only of the elements that crossed that line since it last told.
 */

/**
 * How far beyond the view an element still counts as near: at least one whole screen, so a mark is drawn before it
 * scrolls in. Chromium 156 also applies the scroll margin to the page's own scrolling, which takes the reach to
 * about four screens below and above there (Firefox 153: one).
 */
const REACH = '100%';

export class NearViewport {
  private readonly observer: IntersectionObserver;
  private readonly near = new WeakSet<Element>();

  /** `changed` hears of each element whose nearness changed, in the browser's order. */
  constructor(changed: (element: Element, near: boolean) => void) {
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const el = entry.target;
          // An element with no box of its own (display: contents) has its text drawn by its children's boxes,
          // which the observer does not see: its marks are kept drawn rather than never drawn.
          const box = entry.boundingClientRect;
          const now = entry.isIntersecting || (box.width === 0 && box.height === 0);
          if (now === this.near.has(el)) continue;
          if (now) this.near.add(el);
          else this.near.delete(el);
          changed(el, now);
        }
      },
      // scrollMargin: text in a scrolling box of the page is clipped by that box; without it the box's hidden part
      // would not count as near however close.
      { root: document, rootMargin: REACH, scrollMargin: REACH } as IntersectionObserverInit,
    );
  }

  /**
   * Starts watching `element`. Until the browser first reports on it, it counts as near if `assumeNear` or if it
   * was near when last watched: a paragraph the page rewrites is unwatched and watched again, and its new marks
   * are drawn at once instead of a frame later.
   */
  watch(element: Element, assumeNear: boolean): void {
    if (assumeNear) this.near.add(element);
    this.observer.observe(element);
  }

  unwatch(element: Element): void {
    this.observer.unobserve(element);
  }

  isNear(element: Element): boolean {
    return this.near.has(element);
  }

  dispose(): void {
    this.observer.disconnect();
  }
}

export function canWatchViewport(): boolean {
  return typeof IntersectionObserver === 'function';
}
