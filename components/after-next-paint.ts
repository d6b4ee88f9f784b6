/**
 * Runs `run` in a task after the next frame has been rendered (a frame
 * callback, then a task queued from it); returns a function that cancels it.
 * Work put here never holds back the paint it follows.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
