import type { KeyboardEventHandler } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

const FOCUSABLE = 'button:not([disabled]), a[href]';

/**
 * One tab stop for a whole grid of rows (the ARIA grid pattern): Tab enters
 * at the cell last used, the arrow keys move between rows and between the
 * controls of a row, Home and End jump to the first and last row. Cells are
 * whatever buttons and links a row holds, so a row can gain actions without
 * this code knowing them. Returns the grid's ref and its key handler.
 */
export function useRovingGrid<T extends HTMLElement>(rowSelector: string, deps: unknown[]) {
  const ref = useRef<T>(null);
  const at = useRef({ row: 0, col: 0 });

  const rows = () => [...(ref.current?.querySelectorAll<HTMLElement>(rowSelector) ?? [])];
  const cells = (row: HTMLElement | undefined) => [...(row?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];

  const sync = (focus: boolean) => {
    const all = rows();
    if (all.length === 0) return;
    const row = Math.min(at.current.row, all.length - 1);
    const rowCells = cells(all[row]);
    const col = Math.min(at.current.col, rowCells.length - 1);
    at.current = { row, col: Math.max(col, 0) };
    for (const r of all) for (const c of cells(r)) c.tabIndex = -1;
    const target = rowCells[at.current.col];
    if (target) {
      target.tabIndex = 0;
      if (focus) {
        target.focus();
        target.scrollIntoView({ block: 'nearest' });
      }
    }
  };

  // After every render: rows may have come, gone or grown a control.
  useLayoutEffect(() => sync(false), deps); // eslint-disable-line react-hooks/exhaustive-deps

  const onFocusIn = (e: FocusEvent) => {
    const all = rows();
    const row = all.findIndex((r) => r.contains(e.target as Node));
    if (row < 0) return;
    const col = cells(all[row]).indexOf(e.target as HTMLElement);
    at.current = { row, col: Math.max(col, 0) };
    sync(false);
  };

  const onKeyDown: KeyboardEventHandler<T> = (e) => {
    const count = rows().length;
    if (count === 0) return;
    const { row, col } = at.current;
    const page = Math.max(1, Math.floor((ref.current?.clientHeight ?? 0) / 32) - 1);
    const moves: Record<string, () => { row: number; col: number }> = {
      ArrowDown: () => ({ row: Math.min(count - 1, row + 1), col }),
      ArrowUp: () => ({ row: Math.max(0, row - 1), col }),
      ArrowRight: () => ({ row, col: col + 1 }),
      ArrowLeft: () => ({ row, col: Math.max(0, col - 1) }),
      Home: () => ({ row: 0, col }),
      End: () => ({ row: count - 1, col }),
      PageDown: () => ({ row: Math.min(count - 1, row + page), col }),
      PageUp: () => ({ row: Math.max(0, row - page), col }),
    };
    const move = moves[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    at.current = move();
    sync(true);
  };

  /** Focuses the grid's current cell (from outside, e.g. ArrowDown in a search box above it). */
  const focus = () => sync(true);

  return { gridRef: ref, onKeyDown, onFocusIn, focus };
}
