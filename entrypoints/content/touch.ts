import { termAtPoint } from './hit-test';
import type { OccurrenceIndex } from './occurrences';
import type { TooltipUi } from './tooltip-ui';

const TAP_SLOP_PX = 10;
const TAP_MAX_MS = 600;

/**
 * Touch and pen: a tap on a term opens its tooltip; a tap elsewhere closes
 * it; a drag or scroll opens nothing. A term inside a link: the first tap
 * shows the definition and keeps the page where it is, a second tap on the
 * same term follows the link as usual (the tooltip's "More" works too).
 */
export function setupTouch(index: OccurrenceIndex, shadowRoots: Iterable<ShadowRoot>, tooltip: TooltipUi, signal: AbortSignal) {
  let down: { x: number; y: number; t: number; id: number } | null = null;
  let tapped = false;

  document.addEventListener(
    'pointerdown',
    (e) => {
      tapped = false;
      down = e.pointerType === 'mouse' ? null : { x: e.clientX, y: e.clientY, t: e.timeStamp, id: e.pointerId };
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
      tapped = Math.hypot(e.clientX - start.x, e.clientY - start.y) < TAP_SLOP_PX && e.timeStamp - start.t < TAP_MAX_MS;
    },
    { capture: true, passive: true, signal },
  );
  // The click that follows a tap decides: open, close, or let the page have it.
  document.addEventListener(
    'click',
    (e) => {
      if (!tapped) return;
      tapped = false;
      if (tooltip.contains(e.composedPath()[0] ?? e.target)) return;
      const occ = termAtPoint(e.clientX, e.clientY, index, shadowRoots);
      if (!occ) {
        tooltip.close();
        return;
      }
      if (occ === tooltip.current) return; // second tap: the link (if any) is followed
      const inLink = e.composedPath().some((n) => n instanceof Element && n.closest('a[href]'));
      if (inLink) e.preventDefault();
      void tooltip.open(occ, 'touch');
    },
    { capture: true, signal },
  );
}
