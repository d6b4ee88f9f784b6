import { termAtPoint } from './hit-test';
import type { Occurrence, OccurrenceIndex } from './occurrences';
import type { TooltipUi } from './tooltip-ui';

/** How long the pointer may be away from the term and its tooltip before the tooltip closes. */
const GRACE_MS = 350;
/** Faster than this (px per ms) the pointer is sweeping across text, not resting on a term. */
const SWEEP_SPEED = 1.2;
/** What a press acts on: the link or control is followed, so a card over what follows is in the way. */
const ACTIONABLE = 'a[href], button, summary, label, [role="button"], [role="link"], [role="menuitem"], [role="tab"]';

export interface HoverOptions {
  index: OccurrenceIndex;
  shadowRoots: Iterable<ShadowRoot>;
  tooltip: TooltipUi;
  delay: () => number;
  signal: AbortSignal;
}

/**
 * Hover intent for mouse pointers: one document-level listener, throttled
 * to animation frames, finds the term under the pointer. The tooltip opens
 * once the pointer has rested on a term for the delay, closes after a grace
 * period once it has left both the term and the tooltip, and a fast sweep
 * across text opens nothing. A click on a term inside a link or control
 * opens nothing either (a menu link in a single-page app stays under the
 * pointer while its view changes): the pointer must leave that term first.
 */
export function setupHover({ index, shadowRoots, tooltip, delay, signal }: HoverOptions): void {
  let frame = 0;
  let last: PointerEvent | null = null;
  let prev = { x: 0, y: 0, t: 0 };
  let candidate: Occurrence | null = null;
  let pressed: Occurrence | null = null;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const clearShow = () => clearTimeout(showTimer);
  const clearHide = () => clearTimeout(hideTimer);
  const scheduleHide = () => {
    if (hideTimer !== undefined || !tooltip.current) return;
    hideTimer = setTimeout(() => {
      hideTimer = undefined;
      if (tooltip.openedBy === 'pointer') tooltip.close();
    }, GRACE_MS);
  };

  const evaluate = () => {
    frame = 0;
    const e = last;
    if (!e) return;
    const speed = Math.hypot(e.clientX - prev.x, e.clientY - prev.y) / Math.max(1, e.timeStamp - prev.t);
    prev = { x: e.clientX, y: e.clientY, t: e.timeStamp };
    if (tooltip.contains(e.composedPath()[0] ?? e.target)) {
      clearHide();
      hideTimer = undefined;
      clearShow();
      candidate = null;
      return;
    }
    const occ = termAtPoint(e.clientX, e.clientY, index, shadowRoots);
    if (occ && occ === tooltip.current) {
      clearHide();
      hideTimer = undefined;
      return;
    }
    if (tooltip.current && tooltip.openedBy === 'pointer') scheduleHide();
    if (occ !== pressed) pressed = null;
    if (occ !== candidate || speed > SWEEP_SPEED) {
      clearShow();
      candidate = occ;
      if (!occ || occ === pressed) return;
      void tooltip.prepare();
      showTimer = setTimeout(() => {
        if (candidate !== occ || signal.aborted) return;
        clearHide();
        hideTimer = undefined;
        void tooltip.open(occ, 'pointer');
      }, delay());
    }
  };

  document.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType !== 'mouse') return;
      last = e;
      if (!frame) frame = requestAnimationFrame(evaluate);
    },
    { passive: true, capture: true, signal },
  );
  document.addEventListener(
    'pointerdown',
    (e) => {
      if (e.pointerType !== 'mouse') return;
      if (!e.composedPath().some((n) => n instanceof Element && n.matches(ACTIONABLE))) return;
      pressed = termAtPoint(e.clientX, e.clientY, index, shadowRoots);
      // The press may come before the frame that would have started the delay, or after it.
      if (pressed && candidate === pressed) clearShow();
    },
    { passive: true, capture: true, signal },
  );
  document.documentElement.addEventListener(
    'pointerleave',
    () => {
      clearShow();
      candidate = null;
      scheduleHide();
    },
    { passive: true, signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      cancelAnimationFrame(frame);
      clearShow();
      clearHide();
    },
    { once: true },
  );
}
