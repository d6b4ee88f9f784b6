import type { Task } from './main-thread-tasks';

/**
 * Reading a V8 CPU profile (CDP `Profiler.stop`) the way the page bench
 * needs it: how much main-thread time went to one group of scripts (an
 * extension's, mark.js's), its longest unbroken stretch, and the functions
 * that spent it. A sample counts for a group when any frame of its stack
 * comes from the group's scripts: a DOM call made by a content script is the
 * content script's time.
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ScriptTime {
  /** Total ms of samples whose stack holds the group's script. */
  ms: number;
  /** The longest run of such samples with nothing else between them (GC inside the run counts). */
  longestMs: number;
  samples: number;
}

const isGc = (f: CallFrame) => f.functionName === '(garbage collector)';
/** A script's top level: where the browser starts running a file it has just compiled. */
const isTopLevel = (f: CallFrame) => f.functionName === '' && f.lineNumber === 0 && f.columnNumber === 0;
/**
 * How a stretch names a frame: an unnamed function is not a top level (a minified build's arrow functions are
 * all unnamed; the loader's `import()` runs in one), so it is named by its file and line.
 */
const nameOf = (f: CallFrame) =>
  f.functionName || (isTopLevel(f) ? '(top level)' : `(anonymous) ${f.url.split('/').pop()}:${f.lineNumber + 1}`);

/**
 * The most one sample may stand for (10 sampling intervals). Longer gaps
 * between two samples mean the thread was not running (the machine is busy
 * with other work and preempted it), not that the script was: on a loaded
 * machine the uncapped sum counts other processes' time, in random places.
 */
const MAX_SAMPLE_MS = 1;

/** Per sample: its duration in ms (until the next sample, capped) and its node. */
function timeline(profile: CpuProfile): { node: number; ms: number }[] {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  return samples.map((node, i) => ({ node, ms: Math.min(MAX_SAMPLE_MS, (deltas[i + 1] ?? 0) / 1000) }));
}

/** Which nodes have a frame of `owns` on their stack (themselves or an ancestor). */
const ownedNodes = (profile: CpuProfile, owns: (url: string) => boolean): Set<number> =>
  nodesUnder(profile, (f) => owns(f.url));

/** Which nodes have a frame that `is` on their stack (themselves or an ancestor). */
function nodesUnder(profile: CpuProfile, is: (frame: CallFrame) => boolean): Set<number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const owned = new Set<number>();
  const visit = (id: number, inherited: boolean) => {
    const node = byId.get(id)!;
    const mine = inherited || is(node.callFrame);
    if (mine) owned.add(id);
    for (const child of node.children ?? []) visit(child, mine);
  };
  visit(profile.nodes[0]!.id, false);
  return owned;
}

/** Script time of the group over several profiles (a run can be recorded in segments). */
export function scriptTime(profiles: CpuProfile[], owns: (url: string) => boolean): ScriptTime {
  let ms = 0;
  let longestMs = 0;
  let samples = 0;
  for (const profile of profiles) {
    const owned = ownedNodes(profile, owns);
    const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    let run = 0;
    let gcTail = 0;
    for (const s of timeline(profile)) {
      if (owned.has(s.node)) {
        ms += s.ms;
        samples++;
        run += gcTail + s.ms;
        gcTail = 0;
        longestMs = Math.max(longestMs, run);
      } else if (run > 0 && isGc(frames.get(s.node)!)) {
        gcTail += s.ms;
      } else {
        run = 0;
        gcTail = 0;
      }
    }
  }
  return { ms, longestMs, samples };
}

export interface FunctionCost {
  name: string;
  where: string;
  selfMs: number;
}

/** The group's samples by the function on top of the stack (its self time), most expensive first. */
export function topFunctions(profiles: CpuProfile[], owns: (url: string) => boolean, count: number): FunctionCost[] {
  const cost = new Map<string, FunctionCost>();
  for (const profile of profiles) {
    const owned = ownedNodes(profile, owns);
    const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    for (const s of timeline(profile)) {
      if (!owned.has(s.node)) continue;
      const f = frames.get(s.node)!;
      const file = f.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
      const where = file ? `${file}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '(native)';
      const key = `${f.functionName}@${where}`;
      const entry = cost.get(key) ?? { name: f.functionName || '(anonymous)', where, selfMs: 0 };
      entry.selfMs += s.ms;
      cost.set(key, entry);
    }
  }
  return [...cost.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, count);
}

/** Each sample's time on the profile's clock (µs), beside its node and capped duration. */
function timedSamples(profile: CpuProfile): { node: number; ms: number; at: number }[] {
  const deltas = profile.timeDeltas ?? [];
  let at = profile.startTime;
  return timeline(profile).map((s, i) => ({ ...s, at: (at += deltas[i] ?? 0) }));
}

/** The task holding time `at`, by binary search over tasks sorted by start; -1 when none does. */
function taskAt(tasks: readonly Task[], at: number): number {
  let lo = 0;
  let hi = tasks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tasks[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && at <= tasks[found]!.end ? found : -1;
}

export interface TaskStretch {
  /**
   * The most script time of the group inside one task of the page's main thread: GC between its samples counts,
   * and so does compiling one of its files in the task that then runs it.
   */
  longestMs: number;
  /** Of the group's samples, the share that fell inside a recorded task (a check that the clocks agree). */
  inTasks: number;
  /** The longest stretch's three costliest functions by self time, to say what it was. */
  longestWhat: string;
}

/**
 * The longest stretch of the group's script that no task boundary breaks:
 * samples are grouped by the main-thread task they fall in (main-thread-tasks.ts),
 * so slices separated by a yield count apart even when nothing ran between
 * them. The page's thread is the one whose tasks hold most of the samples.
 */
export function longestInTask(
  profiles: CpuProfile[],
  owns: (url: string) => boolean,
  allTasks: readonly Task[],
): TaskStretch {
  const samples = profiles.flatMap((profile) => {
    const owned = ownedNodes(profile, owns);
    const evaluating = nodesUnder(profile, (f) => owns(f.url) && isTopLevel(f));
    const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    return timedSamples(profile).map((s) => {
      const frame = frames.get(s.node)!;
      return {
        ...s,
        mine: owned.has(s.node),
        evaluating: evaluating.has(s.node),
        gc: isGc(frame),
        program: frame.functionName === '(program)',
        name: nameOf(frame),
      };
    });
  });
  const threads = new Map<string, Task[]>();
  for (const t of allTasks) {
    const key = `${t.pid}:${t.tid}`;
    let list = threads.get(key);
    if (!list) threads.set(key, (list = []));
    list.push(t);
  }
  let tasks: readonly Task[] = [];
  let best = -1;
  for (const list of threads.values()) {
    const inside = samples.filter((s) => s.mine && taskAt(list, s.at) >= 0).length;
    if (inside > best) [best, tasks] = [inside, list];
  }
  // Each sample's task on the page's thread, found once (-1: outside every task).
  const placed = samples.map((s) => ({ ...s, task: taskAt(tasks, s.at) }));
  // A task that evaluates one of the group's files compiled it first, on this thread: the samples of that task
  // before the group's first (the browser's own code, "(program)") are the group's time too, though no frame of
  // its script is on their stack yet. A content script injected into a page is compiled so, in the task that
  // runs it; a module it imports is compiled off the main thread, and its task holds little of this.
  const compiling = new Map<number, number>();
  const evaluated = new Set(placed.filter((s) => s.evaluating && s.task >= 0).map((s) => s.task));
  const started = new Set<number>();
  for (const s of placed) {
    if (s.task < 0 || !evaluated.has(s.task) || started.has(s.task)) continue;
    if (s.mine) started.add(s.task);
    else if (s.program) compiling.set(s.task, (compiling.get(s.task) ?? 0) + s.ms);
  }
  const perTask = new Map<number, number>(compiling);
  // GC between two of the group's samples in one task counts in its stretch, so it is named beside them.
  const gcInTask = new Map<number, number>();
  let longestMs = 0;
  let longestTask = -1;
  let lastTask = -2;
  let gcTail = 0;
  for (const s of placed) {
    if (s.mine) {
      const gc = s.task === lastTask ? gcTail : 0;
      const stretch = s.task >= 0 ? (perTask.get(s.task) ?? 0) + s.ms + gc : s.ms;
      if (s.task >= 0) perTask.set(s.task, stretch);
      if (gc > 0) gcInTask.set(s.task, (gcInTask.get(s.task) ?? 0) + gc);
      if (stretch > longestMs) [longestMs, longestTask] = [stretch, s.task];
      lastTask = s.task;
      gcTail = 0;
    } else if (s.gc && s.task === lastTask && s.task >= 0) gcTail += s.ms;
    else gcTail = 0;
  }
  const self = new Map<string, number>([
    ['(compiling)', compiling.get(longestTask) ?? 0],
    ['(garbage collector)', gcInTask.get(longestTask) ?? 0],
  ]);
  for (const s of placed)
    if (s.mine && longestTask >= 0 && s.task === longestTask) self.set(s.name, (self.get(s.name) ?? 0) + s.ms);
  const longestWhat = [...self]
    .filter(([, ms]) => ms > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
    .join(', ');
  const mine = placed.filter((s) => s.mine);
  return {
    longestMs,
    inTasks: mine.length ? mine.filter((s) => s.task >= 0).length / mine.length : 1,
    longestWhat,
  };
}
