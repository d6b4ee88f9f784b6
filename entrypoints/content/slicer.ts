/**
 * Time slicing: long work on the page runs in slices of a few milliseconds
 * and yields to the browser between them, so no TermLens task blocks input
 * or painting. The slicer also keeps the figures the benchmark reports.
 */

const SLICE_MS = 8;

export class Slicer {
  private sliceStart = performance.now();
  longestSliceMs = 0;
  busyMs = 0;

  constructor(private readonly signal: AbortSignal) {}

  /** Call often; cheap. True when the current slice has used its time. */
  due(): boolean {
    return performance.now() - this.sliceStart >= SLICE_MS;
  }

  /** Marks the start of a slice of work (a task that began outside the slicer). */
  begin(): void {
    this.sliceStart = performance.now();
  }

  /** Ends the current slice; resolves false if TermLens was switched off meanwhile. */
  async yield(): Promise<boolean> {
    this.end();
    await yieldToBrowser();
    this.begin();
    return !this.signal.aborted;
  }

  end(): void {
    const took = performance.now() - this.sliceStart;
    this.longestSliceMs = Math.max(this.longestSliceMs, took);
    this.busyMs += took;
  }
}

const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
const waiting: (() => void)[] = [];
if (channel) {
  channel.port1.addEventListener('message', () => waiting.shift()?.());
  channel.port1.start();
}

/**
 * Lets the browser and the page run before the next slice. A posted message
 * waits its turn behind the page's own tasks; scheduler.yield() is not used
 * on purpose: its continuation jumps ahead of every other task, so a long
 * scan would hold back the page's timers and network callbacks (and the
 * popup's questions) until the whole scan was over.
 */
export function yieldToBrowser(): Promise<void> {
  if (!channel) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
