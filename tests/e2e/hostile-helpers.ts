import type { BrowserContext, CDPSession, Frame, FrameLocator, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';
import type { PageError } from './fixtures';
import type { PageStats } from '../../lib/messages';
import { mutationLog, recordMutations } from './page-helpers';

/**
 * Helpers for pages that fight back. A hostile page may break anything in
 * its own JavaScript world (document.createRange, Range, CSS.highlights...),
 * so these helpers read the page from a world of the test's own (a CDP
 * isolated world: same DOM, same highlight registry, pristine globals), and
 * tell TermLens's errors from the page's by the execution context they come
 * from.
 */

declare const chrome: {
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
};

/** What the content script reports with `get-stats` (see PageStats in lib/messages.ts). */
export type Stats = PageStats;

export interface HostilePage {
  page: Page;
  /** Uncaught exceptions and console errors raised in TermLens's own (isolated) world, in any frame of the tab. */
  termlensErrors: string[];
  cdp: CDPSession;
}

/** Opens `url` in a new tab with a mutation recorder in the page's world and TermLens's errors watched. */
export async function openHostile(
  context: BrowserContext,
  url: string,
  extensionId: string,
  waitUntil: 'load' | 'domcontentloaded' = 'load',
): Promise<HostilePage> {
  const page = await context.newPage();
  await recordMutations(page);
  // Anything TermLens adds that a page's Content-Security-Policy refuses shows up here.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const cdp = await context.newCDPSession(page);
  const termlensErrors: string[] = [];
  const ours = new Set<number>();
  const extensionOrigin = `chrome-extension://${extensionId}`;
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    if (c.origin === extensionOrigin) ours.add(c.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const text = d.exception?.description ?? d.text;
    if (ours.has(d.executionContextId ?? -1) || text.includes(extensionOrigin)) termlensErrors.push(text);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, executionContextId, args }) => {
    if ((type === 'error' || type === 'assert') && ours.has(executionContextId)) {
      termlensErrors.push(args.map((a) => a.description ?? String(a.value)).join(' '));
    }
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil });
  return { page, termlensErrors, cdp };
}

/** Runs `fn` in a fresh isolated world of the frame (the main frame, or the first whose URL matches). */
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

/**
 * The words TermLens paints in a frame, in document order: the ranges of its
 * highlights (not the active one) whose text is still in the document. A
 * range into text the page has since removed is not painted, so not counted.
 */
export function paintedTerms(page: Page, frameUrl?: RegExp): Promise<string[]> {
  return inTestWorld(
    page,
    () => {
      const ranges: Range[] = [];
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('termlens-') || name === 'termlens-active') continue;
        for (const r of h as unknown as Set<AbstractRange>) {
          if (!r.startContainer.isConnected || !r.endContainer.isConnected) continue;
          const live = document.createRange();
          try {
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
          } catch {
            continue; // offsets past text that has since shrunk: nothing is painted
          }
          ranges.push(live);
        }
      }
      const outer = (n: Node): Node => {
        const root = n.getRootNode();
        return root instanceof ShadowRoot ? outer(root.host) : n;
      };
      ranges.sort((a, b) => {
        if (a.startContainer.getRootNode() === b.startContainer.getRootNode())
          return a.compareBoundaryPoints(Range.START_TO_START, b);
        const pos = outer(a.startContainer).compareDocumentPosition(outer(b.startContainer));
        return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      });
      return ranges.map((r) => r.toString().replace(/\s+/g, ' '));
    },
    null,
    frameUrl,
  );
}

/** The centre of the n-th painted occurrence of `word` in a frame, in the tab's viewport (scrolled into view). */
export async function pointOfTerm(
  page: Page,
  word: string,
  options: { nth?: number; within?: string; frameUrl?: RegExp; frame?: Frame } = {},
): Promise<{ x: number; y: number }> {
  const point = await inTestWorld(
    page,
    ([w, n, within]) => {
      let seen = 0;
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('termlens-') || name === 'termlens-active') continue;
        for (const r of h as unknown as Set<AbstractRange>) {
          if (!r.startContainer.isConnected) continue;
          if (within && !r.startContainer.parentElement?.closest(within)) continue;
          const range = document.createRange();
          try {
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
          } catch {
            continue;
          }
          if (range.toString().replace(/\s+/g, ' ') !== w || seen++ < n) continue;
          let box = range.getClientRects()[0]!;
          if (box.top < 0 || box.bottom > innerHeight) {
            window.scrollBy(0, box.top - innerHeight / 2);
            box = range.getClientRects()[0]!;
          }
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
      }
      return null;
    },
    [word, options.nth ?? 0, options.within ?? ''] as [string, number, string],
    options.frameUrl,
  );
  if (!point) throw new Error(`"${word}" is not painted in ${options.frameUrl ?? page.url()}`);
  if (!options.frame) return point;
  // The point is in the frame's viewport: add where that viewport starts on the page (inside border and padding).
  const element = await options.frame.frameElement();
  const box = await element.boundingBox();
  if (!box) throw new Error('The frame has no box on the page');
  const inset = await element.evaluate((el) => {
    const s = getComputedStyle(el as Element);
    return {
      x: parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft),
      y: parseFloat(s.borderTopWidth) + parseFloat(s.paddingTop),
    };
  });
  return { x: box.x + inset.x + point.x, y: box.y + inset.y + point.y };
}

/** Rests the mouse on a point the way a reader does: a few steps in, then still. */
export async function restMouseOn(page: Page, at: { x: number; y: number }): Promise<void> {
  await page.mouse.move(at.x - 30, at.y + 25);
  await page.mouse.move(at.x, at.y, { steps: 4 });
}

/** The engine's own counters for the tab's top frame. */
export async function getStats(serviceWorker: Worker, page: Page): Promise<Stats> {
  await page.bringToFront();
  const stats = (await serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'get-stats' }, { frameId: 0 });
  })) as Stats | null;
  if (!stats) throw new Error(`TermLens is not running on ${page.url()}`);
  return stats;
}

/** Waits until the first scan is over and the painted terms stopped changing. */
export async function quiet(serviceWorker: Worker, page: Page, timeout = 15_000): Promise<void> {
  let last = '';
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const stats = await getStats(serviceWorker, page).catch(() => null);
    const now = JSON.stringify(await paintedTerms(page));
    if (stats && !stats.scanning && now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
  throw new Error(`TermLens did not settle on ${page.url()} within ${timeout} ms`);
}

function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.slice());
}

export const tooltipCard = (scope: Page | Frame | FrameLocator) => scope.locator('termlens-ui [role="tooltip"]');

/** The one change TermLens may make to a page: adding its UI host, once, when a tooltip is first shown. */
export const UI_HOST = 'add termlens-ui to html';

export interface HostileExpectations {
  /** The painted words of the top frame, in document order. */
  terms: string[];
  /** A painted word to rest the mouse on (inside `within`, a selector, if given), and the tooltip's accessible name. */
  hover: { word: string; name: RegExp; within?: string };
  /** Mutation log lines the page's own scripts cause (they are subtracted before the check). */
  pageOwn?: (line: string) => boolean;
  /** Proves the page's own script still works (click its button and check the effect...). */
  pageScript?: (page: Page) => Promise<void>;
  /** The page's own deliberate errors, left out of the error check. */
  ownErrors?: RegExp;
  /** The page's own deliberate Content-Security-Policy violations ("directive blockedURI source:line"). */
  ownViolations?: RegExp;
}

/**
 * The checks every hostile page passes: the expected terms painted, the
 * page's own script working, the tooltip opening on a term with the right
 * name, no error from TermLens (and none at all apart from the page's own),
 * and the page's DOM changed by nothing but the page itself and TermLens's
 * single UI host. Returns the mutations TermLens caused, for the report.
 */
export async function expectPageUnharmed(
  hostile: HostilePage,
  pageErrors: PageError[],
  serviceWorker: Worker,
  want: HostileExpectations,
): Promise<string[]> {
  const { page } = hostile;
  await quiet(serviceWorker, page);
  expect(await paintedTerms(page), 'painted terms').toEqual(want.terms);

  if (want.pageScript) await want.pageScript(page);

  const at = await pointOfTerm(page, want.hover.word, { within: want.hover.within });
  await restMouseOn(page, at);
  await expect(tooltipCard(page)).toBeVisible();
  await expect(tooltipCard(page)).toHaveAccessibleName(want.hover.name);

  const log = await mutationLog(page);
  const byTermLens = log.filter((line) => !want.pageOwn?.(line));
  expect(byTermLens, 'DOM mutations not made by the page itself').toEqual([UI_HOST]);

  expect(hostile.termlensErrors, 'errors raised in TermLens').toEqual([]);
  const violations = (await cspViolations(page)).filter((v) => !want.ownViolations?.test(v));
  expect(violations, 'Content-Security-Policy violations').toEqual([]);
  const others = pageErrors.filter((e) => !want.ownErrors?.test(e.text));
  expect(others, 'console errors other than the page’s own').toEqual([]);
  reportMutations(page, byTermLens.length);
  return byTermLens;
}

function reportMutations(page: Page, mutations: number): void {
  // Printed so the suite's output states, page by page, how many DOM changes TermLens made.
  console.log(`[hostile] ${new URL(page.url()).pathname}: ${mutations} DOM mutation(s) by TermLens`);
}
