import type { CDPSession } from '@playwright/test';

/**
 * The renderer main thread's tasks, from a Chrome trace recorded beside the
 * CPU profile. The profile alone cannot see where one task ends and the
 * next begins: when TermLens yields (entrypoints/content/slicer.ts) and
 * nothing else is waiting, its next slice starts microseconds later, and the
 * samples on either side read as one unbroken run. A task boundary is what
 * lets input and painting in, so the stretch the bench reports is the
 * extension's script time within one task (cpu-profile.ts longestInTask).
 */

export interface Task {
  /** Start and end, in the trace's microseconds (the profile's clock). */
  start: number;
  end: number;
  /** Renderer process and thread, to keep the page's own thread apart from others'. */
  pid: number;
  tid: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Starts recording the browser's top-level tasks (category "toplevel" only:
 * the least overhead that still shows them); the returned function stops and
 * gives every renderer main thread's tasks, sorted by start, none inside another.
 */
export async function recordTasks(cdp: CDPSession): Promise<() => Promise<Task[]>> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    const mainThreads = new Set(
      events
        .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
        .map((e) => `${e.pid}:${e.tid}`),
    );
    // A task is any top-level slice of the thread: most are RunTask, but a mojo message can be handled
    // without one around it, and a content script's injection is one of those.
    const slices = events
      .filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`))
      .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0), pid: e.pid, tid: e.tid }))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const tasks: Task[] = [];
    const open = new Map<string, Task>();
    for (const slice of slices) {
      const thread = `${slice.pid}:${slice.tid}`;
      const outer = open.get(thread);
      if (outer && slice.start < outer.end) continue; // inside a task already counted
      tasks.push(slice);
      open.set(thread, slice);
    }
    return tasks;
  };
}
