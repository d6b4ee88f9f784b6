import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from '@playwright/test';
import type { PageStats } from '../../lib/messages';
import { chromiumArgs } from '../lib/browser-env';
import { waitUntilSettled } from '../lib/page-terms';

/**
 * A browser with TermLens loaded, shared by the tooltip and popup parts of
 * the bench (the page part loads each page in a fresh browser: page-cost.ts).
 * Everything the bench runs in a page runs in an isolated world of its own:
 * same DOM, highlight registry and performance timeline as the page, but
 * globals the page cannot break (see the hostile fixtures).
 */

declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  storage: { sync: { set(items: object): Promise<void> } };
};

/** tsx keeps function names with a helper that pages do not have; functions sent to a page need it. */
export const NAME_SHIM = 'globalThis.__name ??= (f) => f;';
const WORLD = 'termlens-bench';

/** Before any page script: long tasks, and when TermLens's highlight first appeared and last changed. */
const PROBE = `(() => {
  const p = { longtasks: [], hlFirst: null, hlLast: null, hlSize: 0 };
  globalThis.__tlBench = p;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) p.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const tick = () => {
    const h = CSS.highlights.get('termlens-underline');
    if (h) {
      if (p.hlFirst === null) p.hlFirst = performance.now();
      if (h.size !== p.hlSize) { p.hlSize = h.size; p.hlLast = performance.now(); }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export interface Probe {
  longtasks: [number, number][];
  hlFirst: number | null;
  hlLast: number | null;
  hlSize: number;
}

/** The bench's isolated world in a tab's main frame, created afresh with every document. */
export class BenchWorld {
  private contextId: number | null = null;
  private constructor(readonly cdp: CDPSession) {}

  static async attach(page: Page): Promise<BenchWorld> {
    const world = new BenchWorld(await page.context().newCDPSession(page));
    const { frameTree } = await world.cdp.send('Page.getFrameTree');
    world.cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const frameId = (context.auxData as { frameId?: string } | undefined)?.frameId;
      if (context.name === WORLD && frameId === frameTree.frame.id) world.contextId = context.id;
    });
    world.cdp.on('Runtime.executionContextsCleared', () => (world.contextId = null));
    await world.cdp.send('Runtime.enable');
    await world.cdp.send('Page.enable');
    await world.cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: NAME_SHIM + PROBE, worldName: WORLD });
    return world;
  }

  async eval<R>(expression: string): Promise<R> {
    for (let i = 0; i < 100 && this.contextId === null; i++) await sleep(20);
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      contextId: this.contextId ?? undefined,
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as R;
  }

  run<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
    return this.eval(`(${fn.toString()})(${JSON.stringify(arg)})`);
  }

  /** JS heap in use by the whole renderer isolate (every world), after a full GC. */
  async heapMB(): Promise<number> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    return (await this.cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
  }
}

/** Pages refer to images, fonts and styles on the web; offline, each would only stall the load event. */
export const isRemote = (url: URL) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1';

export interface ExtensionSession {
  context: BrowserContext;
  page: Page;
  extensionId: string;
  worker(): Promise<Worker>;
}

export async function launchWithExtension(dir: string, executablePath: string, profile: string) {
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath,
    // The debugging port lets the popup part reach the toolbar popup, which Playwright does not list.
    args: [...chromiumArgs(dir), '--remote-debugging-port=0'],
  });
  await context.addInitScript({ content: NAME_SHIM });
  await context.route(isRemote, (route) => route.abort());
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const worker = async () =>
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
  const extensionId = new URL((await worker()).url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, extensionId, worker } satisfies ExtensionSession;
}

/** The active tab once `page` is brought to front (without the tabs permission, tab URLs are not visible). */
export async function tabIdOf(s: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  const [tab] = await (await s.worker()).evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  if (tab?.id === undefined || (tab.url !== undefined && tab.url !== page.url()))
    throw new Error(`No active tab shows ${page.url()}`);
  return tab.id;
}

export async function setSettings(s: ExtensionSession, settings: Record<string, unknown>): Promise<void> {
  await (await s.worker()).evaluate((value) => chrome.storage.sync.set({ settings: value }), settings);
}

/** The engine's own figures, from the top frame's content script (null until it answers). */
async function getStats(s: ExtensionSession, tabId: number): Promise<PageStats | null> {
  const w = await s.worker();
  return w
    .evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-stats' }, { frameId: 0 }), tabId)
    .then(
      (r) => (r ?? null) as PageStats | null,
      () => null,
    );
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const readProbe = (world: BenchWorld) => world.eval<Probe>('globalThis.__tlBench');

/**
 * Polls until the first scan is over and the highlight count has stopped
 * moving, as the engine reports it and as the page's own frames have shown it.
 */
export async function waitForScan(s: ExtensionSession, world: BenchWorld, tabId: number, timeoutMs: number) {
  const { stats, probe } = await waitUntilSettled(
    async () => {
      const stats = await getStats(s, tabId);
      if (!stats) return null;
      const probe = await readProbe(world);
      // Painted means painted in a frame too: until then the scan counts as running.
      return {
        stats,
        probe,
        scanning: stats.scanning || stats.drawn !== probe.hlSize,
        painted: stats.highlighted,
      };
    },
    { timeoutMs, what: s.page.url() },
  );
  return { stats, probe };
}
