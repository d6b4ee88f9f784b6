import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { topFunctions } from './cpu-profile';
import { FINDER_DONE } from './finder-floor';
import { floorLoad, markLoad, termLensLoad, type LoadCost, type MarkCost } from './page-cost';

/**
 * The page part of the bench: for each page, the floor extension, TermLens
 * and mark.js, each in a fresh browser under the sampling profiler, `runs`
 * times; medians of their script time on the page's main thread.
 */

export type PageFile = { name: string; dir: string; file: string; bytes: number };

export interface PageJob {
  urlOf(page: PageFile, run: number): string;
  floorDir: string;
  /** The finder floor (bench/finder-floor.ts); absent in --compare and --profile runs, which do not load it. */
  finderDir?: string;
  extensionDir: string;
  executablePath: string;
  runs: number;
  mark: { script: string; forms: string[]; capMs: number };
  log(...a: unknown[]): void;
}

export const median = (xs: number[]) => {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)]! : NaN;
};

export const timeoutFor = (page: PageFile) => 60_000 + (page.bytes / 1e6) * 40_000;

export async function measurePages(pages: PageFile[], job: PageJob) {
  const results: PageResult[] = [];
  const failed: { page: string; error: string }[] = [];
  for (const page of pages) {
    job.log(`page ${page.name} (${(page.bytes / 1024).toFixed(0)} KB)…`);
    const timeoutMs = timeoutFor(page);
    const floor: LoadCost[] = [];
    const finder: LoadCost[] = [];
    const termlens: LoadCost[] = [];
    const marks: MarkCost[] = [];
    let markOn = true;
    try {
      for (let run = 0; run < job.runs; run++) {
        const url = job.urlOf(page, run);
        floor.push(await floorLoad(job.floorDir, job.executablePath, url, timeoutMs));
        if (job.finderDir) finder.push(await floorLoad(job.finderDir, job.executablePath, url, timeoutMs, FINDER_DONE));
        termlens.push(await termLensLoad(job.extensionDir, job.executablePath, url, timeoutMs));
        if (!markOn) continue;
        const m = await markLoad(job.executablePath, url, job.mark, timeoutMs + job.mark.capMs);
        marks.push(m);
        // One cut-off or very slow mark.js run says enough; repeating it would blow the time budget.
        if (!m.complete || m.ms > job.mark.capMs / 4) markOn = false;
      }
    } catch (err) {
      failed.push({ page: page.name, error: String((err as Error).message ?? err).split('\n')[0]! });
      job.log(`  failed: ${failed.at(-1)!.error}`);
    }
    if (floor.length && termlens.length)
      results.push(summarise(page, floor, finder, termlens, marks, job.mark.forms.length));
  }
  return { results, failed };
}

function summarise(
  page: PageFile,
  floor: LoadCost[],
  finder: LoadCost[],
  termlens: LoadCost[],
  marks: MarkCost[],
  forms: number,
) {
  const floorMs = median(floor.map((r) => r.ms));
  const finderMs = median(finder.map((r) => r.ms));
  const ms = median(termlens.map((r) => r.ms));
  // Cut off: mark.js spends about the same on every keyword (one walk and one RegExp each), so scale up.
  const markMs = median(marks.map((m) => (m.complete ? m.ms : (m.ms * forms) / m.keywordsDone)));
  return {
    name: page.name,
    bytes: page.bytes,
    runs: termlens.length,
    floorMs,
    /**
     * The floor's longest stretch in one task (median over runs, and the worst run): what a content script that
     * only reads the page's text, in slices, spends in one task (bench/floor.ts).
     */
    floorLongestMs: median(floor.map((r) => r.task.longestMs)),
    floorLongestMaxMs: Math.max(...floor.map((r) => r.task.longestMs)),
    termlensMs: ms,
    /** TermLens's script time ÷ the floor's. */
    ratio: ms / floorMs,
    /** The finder floor: its script time, longest stretch and matches (every form, no page model), and TermLens ÷ it. */
    finder: {
      ms: finderMs,
      longestMs: median(finder.map((r) => r.task.longestMs)),
      matches: median(finder.map((r) => r.marks)),
      ratio: ms / finderMs,
    },
    /** TermLens's longest stretch inside one main-thread task (median over runs, and the worst run). */
    longestMs: median(termlens.map((r) => r.task.longestMs)),
    longestMaxMs: Math.max(...termlens.map((r) => r.task.longestMs)),
    /** The longest run of TermLens samples with nothing between them, task boundaries ignored (the older measure). */
    unbrokenMaxMs: Math.max(...termlens.map((r) => r.longestMs)),
    /** Share of TermLens samples that fell inside a recorded task (near 1 when trace and profile agree). */
    inTasks: Math.min(...termlens.map((r) => r.task.inTasks)),
    /** What the worst run's longest task spent its time on (self time by function, ms). */
    longestWhat: [...termlens].sort((a, b) => b.task.longestMs - a.task.longestMs)[0]?.task.longestWhat ?? '',
    marks: median(termlens.map((r) => r.marks)),
    firstScanMs: median(termlens.map((r) => r.stats?.firstScanMs ?? NaN)),
    markjs: {
      ms: markMs,
      runs: marks.length,
      complete: marks.length > 0 && marks.every((m) => m.complete),
      matches: median(marks.map((m) => m.matches)),
    },
    /** mark.js ÷ TermLens, same profiler (from mark.js's time scaled to every keyword when cut off). */
    markVsTermLens: markMs / ms,
  };
}
export type PageResult = ReturnType<typeof summarise>;

/** `--profile`: TermLens on one page, its functions by self time over every run. */
export async function profilePage(
  page: PageFile,
  job: PageJob,
  count = 30,
  stored?: { what: string; items: Record<string, unknown> },
  saveTo?: string,
): Promise<void> {
  const loads: LoadCost[] = [];
  for (let run = 0; run < job.runs; run++)
    loads.push(
      await termLensLoad(job.extensionDir, job.executablePath, job.urlOf(page, run), timeoutFor(page), stored?.items),
    );
  const total = loads.reduce((s, l) => s + l.ms, 0) / loads.length;
  // DevTools' Performance panel opens these; line-level ticks show where inside a function the time goes.
  if (saveTo)
    loads.forEach((l, run) =>
      l.profiles.forEach((p, i) =>
        writeFileSync(join(saveTo, `${page.name.replace(/[^\w.-]+/g, '-')}-${run}-${i}.cpuprofile`), JSON.stringify(p)),
      ),
    );
  console.log(
    `\nProfile of TermLens on ${page.name}${stored ? ` (${stored.what})` : ''}: ${loads.length} runs, ${total.toFixed(1)} ms of script per load`,
  );
  for (const [run, l] of loads.entries())
    console.log(
      `run ${run + 1}: longest TermLens stretch in one task ${l.task.longestMs.toFixed(1)} ms (${l.task.longestWhat})`,
    );
  console.log(`(self time per load, ms; unminified build)\n`);
  const top = topFunctions(
    loads.flatMap((l) => l.profiles),
    (u) => u.startsWith('chrome-extension://'),
    count,
  );
  for (const f of top)
    console.log(
      `${(f.selfMs / loads.length).toFixed(2).padStart(8)}  ${((f.selfMs / loads.length / total) * 100).toFixed(1).padStart(5)}%  ${f.name}  ${f.where}`,
    );
}
