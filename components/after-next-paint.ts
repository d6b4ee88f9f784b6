/**
 * Runs `run` in a task after the next frame has been rendered (a frame
 * callback, then a task queued from it); returns a function that cancels it.
 * Work put here never holds back the paint it follows.
 */
export function afterNextPaint(run: () => void, win: Window = window): () => void {
  let timer: number | undefined;
  const frame = win.requestAnimationFrame(() => (timer = win.setTimeout(run, 0)));
  return () => {
    win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
  };
}

/** Longest wait for the first contentful paint: a page the browser never reports on still gets its work done. */
const FIRST_PAINT_WAIT_MS = 300;

const contentPainted = (win: Window) => win.performance.getEntriesByName('first-contentful-paint').length > 0;

/**
 * Like afterNextPaint, but not before the page's first contentful paint is on
 * screen. A frame's main-thread work ends well before the frame is shown (in
 * traces of the toolbar popup, some 30 ms before), and work started in between
 * competes with showing it on a busy machine. Until the browser reports that
 * paint (Paint Timing reports it once presented), the work waits;
 * FIRST_PAINT_WAIT_MS at most.
 */
export function afterFirstPaint(run: () => void, win: Window = window): () => void {
  const Observer = (win as Window & typeof globalThis).PerformanceObserver;
  if (contentPainted(win) || !Observer?.supportedEntryTypes?.includes('paint')) return afterNextPaint(run, win);
  let cancelNext: (() => void) | null = null;
  const start = () => {
    if (cancelNext) return;
    observer.disconnect();
    win.clearTimeout(timer);
    cancelNext = afterNextPaint(run, win);
  };
  const observer = new Observer(() => contentPainted(win) && start());
  observer.observe({ type: 'paint' });
  const timer = win.setTimeout(start, FIRST_PAINT_WAIT_MS);
  return () => {
    observer.disconnect();
    win.clearTimeout(timer);
    cancelNext?.();
    cancelNext = () => {};
  };
}
