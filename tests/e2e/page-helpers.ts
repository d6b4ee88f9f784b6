import type { Page, Worker } from '@playwright/test';
import type { PageStats } from '../../lib/messages';
import { paintedTerms, waitUntilSettled, type PageWorld } from '../../scripts/lib/page-terms';

/**
 * Helpers that ask a tab what TermLens did: its content script's answers
 * (as the popup gets them), a world of the test's own to read the page
 * from, the page's DOM mutations seen by the page's own MutationObserver,
 * and the wait for the first scan. What is painted and where a term is
 * are read with scripts/lib/page-terms.ts.
 */

declare const chrome: {
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  storage: { sync: { set(items: object): Promise<void> }; local: { set(items: object): Promise<void> } };
};

export interface PageTermCount {
  id: string;
  headword: string;
  count: number;
}

/** Asks the page's content script (top frame) what it found, as the popup does. */
export async function pageTerms(
  serviceWorker: Worker,
  page: Page,
): Promise<{ on: boolean; scanning: boolean; terms: PageTermCount[] }> {
  await page.bringToFront();
  return serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'get-page-state' }, { frameId: 0 });
  }) as Promise<{ on: boolean; scanning: boolean; terms: PageTermCount[] }>;
}

/** Writes extension storage from the service worker (settings in sync, site rules in local). */
export async function setStorage(serviceWorker: Worker, area: 'sync' | 'local', items: object): Promise<void> {
  await serviceWorker.evaluate(([a, i]) => chrome.storage[a as 'sync' | 'local'].set(i as object), [
    area,
    items,
  ] as const);
}

/**
 * Installs, before any page script runs, a MutationObserver in the page's
 * own world that records every change to the DOM; read with `mutationLog`.
 */
export async function recordMutations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __mutations: string[] }).__mutations = log;
    // What the parser builds is the page's, not TermLens's: start counting once it is done.
    const describe = (n: Node) => (n.nodeType === 1 ? (n as Element).localName : n.nodeName);
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const target = describe(r.target);
        if (r.type === 'attributes') log.push(`attr ${target} ${r.attributeName}`);
        else if (r.type === 'characterData') log.push(`text ${target}`);
        else {
          r.addedNodes.forEach((n) => log.push(`add ${describe(n)} to ${target}`));
          r.removedNodes.forEach((n) => log.push(`remove ${describe(n)} from ${target}`));
        }
      }
    });
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        observer.takeRecords(); // the parser's last insertions, not yet delivered
        log.length = 0;
      },
      { once: true },
    );
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

export async function mutationLog(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations.slice());
}

/** The engine's own counters for the tab's top frame (`get-stats`, see PageStats in lib/messages.ts). */
export async function getStats(serviceWorker: Worker, page: Page): Promise<PageStats> {
  await page.bringToFront();
  const stats = (await serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'get-stats' }, { frameId: 0 });
  })) as PageStats | null;
  if (!stats) throw new Error(`TermLens is not running on ${page.url()}`);
  return stats;
}

/**
 * Runs `fn` in a fresh isolated world of a frame of the tab (the main frame,
 * or the first whose URL matches): same DOM and highlight registry as the
 * page, but pristine globals, so a page that breaks document.createRange,
 * Range or CSS.highlights in its own world cannot mislead the test.
 */
export async function inTestWorld<A, R>(page: Page, fn: (arg: A) => R, arg: A, frameUrl?: RegExp): Promise<Awaited<R>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    type Tree = typeof frameTree;
    const find = (t: Tree): Tree | undefined =>
      !frameUrl || frameUrl.test(t.frame.url) ? t : t.childFrames?.map(find).find(Boolean);
    const target = find(frameTree);
    if (!target) throw new Error(`No frame matching ${frameUrl} in ${page.url()}`);
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: target.frame.id,
      worldName: 'termlens-test',
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: executionContextId,
      expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as Awaited<R>;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** A frame of the tab seen from a world of the test's own (see inTestWorld), for the page-terms helpers. */
export function testWorld(page: Page, frameUrl?: RegExp): PageWorld {
  return { evaluate: (fn, arg) => inTestWorld(page, fn, arg, frameUrl) as Promise<never> };
}

/**
 * Waits until TermLens has finished its first pass over the tab's top frame
 * and the painted terms have stopped changing (read from the test's own
 * world, so a hostile page cannot fake it).
 */
export async function waitForScan(serviceWorker: Worker, page: Page, timeoutMs = 15_000): Promise<void> {
  await waitUntilSettled(
    async () => {
      const stats = await getStats(serviceWorker, page).catch(() => null);
      return stats && { scanning: stats.scanning, painted: await paintedTerms(testWorld(page)) };
    },
    { timeoutMs, what: page.url(), intervalMs: 150 },
  );
}

/**
 * What a page learns when it asks for one of the extension's files at the extension's fixed address: the status,
 * or the error its fetch failed with. TermLens's imported files must not answer there (wxt.config.ts).
 */
export function pageFetch(page: Page, url: string): Promise<number | string> {
  return page.evaluate(
    (address) =>
      fetch(address).then(
        (r) => r.status,
        (e: unknown) => String(e),
      ),
    url,
  );
}
