import { termAtPoint } from './hit-test';
import type { OccurrenceIndex } from './occurrences';
import type { TooltipUi } from './tooltip-ui';

const TAP_SLOP_PX = 10;
const TAP_MAX_MS = 600;
/** How long after a tap its click may still arrive (browsers send it after pointerup). */
const CLICK_WINDOW_MS = 800;

/**
 * Touch and pen: a tap on a term opens its tooltip; a tap elsewhere closes
 * it; a drag or scroll opens nothing. A term inside a link: the first tap
 * shows the definition and keeps the page where it is, a second tap on the
 * same term follows the link as usual (the tooltip's "More" works too).
 * Taps are recognised on pointerup, so they work whether or not the browser
 * follows them with a click.
 */
export function setupTouch(
  index: OccurrenceIndex,
  shadowRoots: Iterable<ShadowRoot>,
  tooltip: TooltipUi,
  signal: AbortSignal,
) {
  let down: { x: number; y: number; t: number; id: number } | null = null;
  let swallowClickUntil = 0;

  document.addEventListener(
    'pointerdown',
    (e) => {
      down = e.pointerType === 'mouse' ? null : { x: e.clientX, y: e.clientY, t: e.timeStamp, id: e.pointerId };
      // A finger on a term: the card's code loads while the tap completes, not after it (about 35 ms here).
      if (down && !tooltip.prepared && termAtPoint(e.clientX, e.clientY, index, shadowRoots)) void tooltip.prepare();
    },
    { capture: true, passive: true, signal },
  );
  document.addEventListener('pointercancel', () => (down = null), { capture: true, passive: true, signal });
  document.addEventListener(
    'pointerup',
    (e) => {
      const start = down;
      down = null;
      if (!start || e.pointerId !== start.id) return;
      const isTap =
        Math.hypot(e.clientX - start.x, e.clientY - start.y) < TAP_SLOP_PX && e.timeStamp - start.t < TAP_MAX_MS;
      if (!isTap || tooltip.contains(e.composedPath()[0] ?? e.target)) return;
      const occ = termAtPoint(e.clientX, e.clientY, index, shadowRoots);
      if (!occ) {
        tooltip.close();
        return;
      }
      if (occ === tooltip.current) return; // second tap: the page (and its link) gets it
      const inLink = e.composedPath().some((n) => n instanceof Element && !!n.closest('a[href]'));
      if (inLink) swallowClickUntil = e.timeStamp + CLICK_WINDOW_MS;
      void tooltip.open(occ, 'touch');
    },
    { capture: true, passive: true, signal },
  );
  // The click that follows a first tap on a linked term would navigate away from the definition.
  document.addEventListener(
    'click',
    (e) => {
      if (e.timeStamp > swallowClickUntil) return;
      swallowClickUntil = 0;
      e.preventDefault();
    },
    { capture: true, signal },
  );
}
