import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Worker } from '@playwright/test';
import type { PageStats } from '../../lib/messages';
import { chromiumArgs } from '../lib/browser-env';
import { longestInTask, scriptTime, type CpuProfile, type ScriptTime, type TaskStretch } from './cpu-profile';
import { recordTasks } from './main-thread-tasks';
import { FLOOR_DONE } from './floor';
import { NAME_SHIM, isRemote, sleep } from './pages';

/**
 * One page load, profiled: a fresh headless Chromium with one extension (the
 * floor or TermLens) or none (mark.js), the V8 sampling profiler (100 µs)
 * running from before navigation until the marks are stable. Everything
 * the extension's scripts run on the page's main thread is in the profile,
 * continuations after an `await` included.
 */

declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
};

const SAMPLING_US = 100;
const POLL_MS = 150;
const isExtensionScript = (url: string) => url.startsWith('chrome-extension://');

export interface LoadCost extends ScriptTime {
  /** The longest stretch inside one main-thread task (a yield ends it): what the stretch target is about. */
  task: TaskStretch;
  /** Highlighted terms in the top document (0 for the floor; every match for the finder floor). */
  marks: number;
  /** TermLens's own figures once settled (null for the floor). */
  stats: PageStats | null;
  profiles: CpuProfile[];
}

async function startProfiler(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
}

const stopProfiler = async (cdp: CDPSession) => (await cdp.send('Profiler.stop')).profile as CpuProfile;

/**
 * Evaluates in a world of the bench's own in the loaded document: a hostile
 * page's globals (a replaced MutationObserver, Promise…) break Playwright's
 * helpers in the page's world, not this one. The highlight registry is shared.
 */
async function benchWorld(cdp: CDPSession) {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'bench-probe',
  });
  return async <T>(expression: string): Promise<T> => {
    const r = await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression, returnByValue: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value as T;
  };
}

async function withBrowser<T>(extensionDir: string | null, executablePath: string, fn: (ctx: Ctx) => Promise<T>) {
  const profileDir = mkdtempSync(join(tmpdir(), 'termlens-cost-'));
  const args = extensionDir ? chromiumArgs(extensionDir) : chromiumArgs('').filter((a) => !a.includes('extension'));
  const context = await chromium.launchPersistentContext(profileDir, { headless: true, executablePath, args });
  try {
    await context.addInitScript({ content: NAME_SHIM });
    await context.route(isRemote, (route) => route.abort());
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    return await fn({ context, page, cdp });
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
type Ctx = {
  context: import('@playwright/test').BrowserContext;
  page: import('@playwright/test').Page;
  cdp: CDPSession;
};

/**
 * A floor extension on one page (bench/floor.ts, or the finder floor of bench/finder-floor.ts, whose highlight
 * is named `done`): its script time until it has registered its highlight, and the ranges in it.
 */
export function floorLoad(
  dir: string,
  executablePath: string,
  url: string,
  timeoutMs: number,
  done = FLOOR_DONE,
): Promise<LoadCost> {
  return withBrowser(dir, executablePath, async ({ page, cdp }) => {
    const stopTasks = await recordTasks(cdp);
    await startProfiler(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const probe = await benchWorld(cdp);
    const until = Date.now() + timeoutMs;
    let marks: number;
    while ((marks = await probe<number>(`CSS.highlights.get(${JSON.stringify(done)})?.size ?? -1`)) < 0) {
      if (Date.now() > until) throw new Error(`The floor extension did not finish on ${url}`);
      await sleep(50);
    }
    const profiles = [await stopProfiler(cdp)];
    const task = longestInTask(profiles, isExtensionScript, await stopTasks());
    return { ...scriptTime(profiles, isExtensionScript), task, marks, stats: null, profiles };
  });
}

/**
 * TermLens on one page. Settled: its highlight is registered and its size has
 * not moved for three polls, and the engine says its scan is over. Asking
 * the engine runs extension script on the page, so the profiler is stopped
 * around each question (the run is then recorded in segments).
 */
export function termLensLoad(
  dir: string,
  executablePath: string,
  url: string,
  timeoutMs: number,
  /** Storage items written before the page loads (a reader's glossary, for --profile with --parts own). */
  stored?: Record<string, unknown>,
): Promise<LoadCost> {
  return withBrowser(dir, executablePath, async ({ context, page, cdp }) => {
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
    if (stored) await worker.evaluate((items) => chrome.storage.local.set(items), stored);
    const stopTasks = await recordTasks(cdp);
    await startProfiler(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const [tab] = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
    const tabId = tab?.id ?? -1;
    const probe = await benchWorld(cdp);
    const profiles: CpuProfile[] = [];
    const until = Date.now() + timeoutMs;
    let last = -2;
    let stable = 0;
    while (Date.now() < until) {
      const size = await probe<number>(`CSS.highlights.get('termlens-underline')?.size ?? -1`);
      stable = size >= 0 && size === last ? stable + 1 : 0;
      last = size;
      if (stable >= 3) {
        profiles.push(await stopProfiler(cdp));
        const stats = await worker
          .evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-stats' }, { frameId: 0 }), tabId)
          .then((r) => (r ?? null) as PageStats | null);
        if (stats && !stats.scanning) {
          const task = longestInTask(profiles, isExtensionScript, await stopTasks());
          // The marks placed, drawn or not: past mark-window.ts WINDOW_FROM only those near the view are in the registry.
          return { ...scriptTime(profiles, isExtensionScript), task, marks: stats.highlighted, stats, profiles };
        }
        await cdp.send('Profiler.start');
        stable = 0;
      }
      await sleep(POLL_MS);
    }
    throw new Error(`TermLens did not settle on ${url} within ${timeoutMs / 1000} s`);
  });
}

export interface MarkCost extends ScriptTime {
  complete: boolean;
  keywordsDone: number;
  matches: number;
}

/**
 * mark.js marking every glossary form on the page, in a fresh browser
 * without extensions, under the same profiler: its script time. Run in an
 * isolated world of its own, so a page's globals cannot break it.
 */
export function markLoad(
  executablePath: string,
  url: string,
  job: { script: string; forms: string[]; capMs: number },
  timeoutMs: number,
): Promise<MarkCost> {
  return withBrowser(null, executablePath, async ({ page, cdp }) => {
    // Recorded (and not read) so that every side of the comparison runs under the same instruments.
    const stopTasks = await recordTasks(cdp);
    await startProfiler(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const evaluate = await benchWorld(cdp);
    await evaluate(`${NAME_SHIM}\n${job.script}\n//# sourceURL=bench-markjs/mark.min.js`);
    const arg = JSON.stringify({ forms: job.forms, capMs: job.capMs });
    const run = (await evaluate(`(${runMark.toString()})(${arg})\n//# sourceURL=bench-markjs/run.js`)) as MarkRun;
    const profiles = [await stopProfiler(cdp)];
    await stopTasks();
    return { ...scriptTime(profiles, (u) => u.startsWith('bench-markjs/')), ...run };
  });
}

interface MarkRun {
  complete: boolean;
  keywordsDone: number;
  matches: number;
}

/**
 * mark.js marks an array one keyword after the other, longest first. The
 * same, in chunks, lets a run stop once it passes the cap: mark.js is
 * synchronous and could otherwise hold the page for minutes.
 */
function runMark({ forms, capMs }: { forms: string[]; capMs: number }): MarkRun {
  type MarkCtor = new (ctx: Element) => { mark(kw: string[], opt: object): void };
  const Mark = (globalThis as unknown as { Mark: MarkCtor }).Mark;
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  const instance = new Mark(document.body);
  const limiters = [',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '"', "'", '\u2019', '\u201c', '\u201d', '/'];
  const options = { separateWordSearch: false, accuracy: { value: 'exactly', limiters }, caseSensitive: false };
  const t0 = performance.now();
  let matches = 0;
  let done = 0;
  for (let i = 0; i < sorted.length; i += 10) {
    const chunk = sorted.slice(i, i + 10);
    let finished = false;
    const onDone = (n: number) => ((matches += n), (finished = true));
    instance.mark(chunk, { ...options, diacritics: false, done: onDone });
    if (!finished) throw new Error('mark.js did not finish synchronously');
    done += chunk.length;
    if (performance.now() - t0 > capMs) break;
  }
  return { complete: done === sorted.length, keywordsDone: done, matches };
}
