import { isInEditable } from './dom-rules';
import type { Occurrence, OccurrenceIndex } from './occurrences';
import { liveRange } from './ranges';
import type { TooltipUi } from './tooltip-ui';

/**
 * Keyboard: the browser commands "next term" / "previous term" (changeable
 * on the browser's shortcuts page) arrive here from the background; Escape
 * closes the tooltip. Nothing fires while the reader types in a field or an
 * editable region.
 */
export function setupKeys(tooltip: TooltipUi, signal: AbortSignal): void {
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && tooltip.current) {
        tooltip.close();
        e.stopPropagation();
      }
    },
    { capture: true, signal },
  );
}

export function isTyping(): boolean {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return !!active && active !== document.body && isInEditable(active);
}

/** Moves to the next (+1) or previous (-1) shown term after the open one, or from the top of the viewport. */
export function stepTerm(index: OccurrenceIndex, tooltip: TooltipUi, direction: 1 | -1): Occurrence | null {
  const list = index.inOrder();
  if (!list.length) return null;
  let at = tooltip.current ? list.indexOf(tooltip.current) : -1;
  if (at < 0) {
    at = firstInView(list);
    if (direction < 0) at = at - 1;
  } else {
    at += direction;
  }
  const occ = list[(at + list.length) % list.length]!;
  revealOccurrence(occ);
  void tooltip.open(occ, 'keyboard');
  return occ;
}

/**
 * The next occurrence of one entry after the open one (the popup's "On this
 * page" list): every one the popup counts, marked or not, since its count
 * says how many there are.
 */
export function nextOfEntry(index: OccurrenceIndex, tooltip: TooltipUi, entryId: string): Occurrence | null {
  const list = index.countedOf(entryId);
  if (!list.length) return null;
  const at = tooltip.current ? list.indexOf(tooltip.current) : -1;
  const occ = list[(at + 1) % list.length]!;
  revealOccurrence(occ);
  void tooltip.open(occ, 'keyboard');
  return occ;
}

function firstInView(list: Occurrence[]): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const top = liveRange(list[mid]!.range)?.getBoundingClientRect().top ?? 0;
    if (top < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo % list.length;
}

/**
 * Scrolls the term to the middle of the viewport, in nested scrollers too.
 * Done by hand rather than with scrollIntoView, which Chromium ignores in a
 * tab that is not in front (the popup's tab list case).
 */
export function revealOccurrence(occ: Occurrence): void {
  const range = liveRange(occ.range);
  if (!range) return;
  const root = document.scrollingElement ?? document.documentElement;
  for (
    let el = occ.range.startContainer.parentElement;
    el && el !== root && el !== document.body;
    el = el.parentElement
  ) {
    if (el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1) continue;
    const style = getComputedStyle(el);
    if (!/auto|scroll/.test(style.overflowY + style.overflowX)) continue;
    const r = range.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    if (r.top < box.top || r.bottom > box.bottom) el.scrollTop += r.top - box.top - (box.height - r.height) / 2;
    if (r.left < box.left || r.right > box.right) el.scrollLeft += r.left - box.left - (box.width - r.width) / 2;
  }
  const rect = range.getBoundingClientRect();
  const top = rect.top < 0 || rect.bottom > innerHeight ? rect.top - innerHeight / 2 + rect.height / 2 : 0;
  const left = rect.left < 0 || rect.right > innerWidth ? rect.left - innerWidth / 2 + rect.width / 2 : 0;
  if (top || left) window.scrollBy({ top, left, behavior: 'instant' as ScrollBehavior });
}

/**
 * In a frame, the term must also be in view in the pages around the frame.
 * scrollIntoView is the one call that reaches across frame boundaries
 * (cross-origin ones too): it scrolls each enclosing page just enough to
 * show the frame's element, which revealOccurrence has already centred.
 */
export function bringFrameIntoView(occ: Occurrence): void {
  occ.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
