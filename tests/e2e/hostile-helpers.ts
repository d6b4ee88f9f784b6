import type { BrowserContext, CDPSession, Frame, FrameLocator, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';
import type { PageError } from './fixtures';
import { paintedTerms, pointOfTerm, type Point } from '../../scripts/lib/page-terms';
import { mutationLog, recordMutations, testWorld, waitForScan } from './page-helpers';

/**
 * Helpers for pages that fight back. A hostile page may break anything in
 * its own JavaScript world (document.createRange, Range, CSS.highlights...),
 * so these helpers read the page from a world of the test's own (a CDP
 * isolated world: same DOM, same highlight registry, pristine globals), and
 * tell TermLens's errors from the page's by the execution context they come
 * from.
 */

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

/** A point in a frame's viewport (from pointOfTerm in that frame) as a point in the tab's viewport, for the mouse. */
export async function inTabViewport(frame: Frame, point: Point): Promise<Point> {
  const element = await frame.frameElement();
  const box = await element.boundingBox();
  if (!box) throw new Error('The frame has no box on the page');
  // The frame's viewport starts inside its border and padding.
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

function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.slice());
}

export const tooltipCard = (scope: Page | Frame | FrameLocator) => scope.locator('termlens-ui [role="tooltip"]');

/** The one change TermLens may make to a page: adding its UI host, once, when a tooltip is first shown. */
export const UI_HOST = 'add termlens-ui to html';

export interface HostileExpectations {
  /** The painted words of the top frame, in document order (or a check of them, for a page too long to paint whole). */
  terms: string[] | ((painted: string[]) => void);
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
  await waitForScan(serviceWorker, page);
  const painted = await paintedTerms(testWorld(page));
  if (typeof want.terms === 'function') want.terms(painted);
  else expect(painted, 'painted terms').toEqual(want.terms);

  if (want.pageScript) await want.pageScript(page);

  const at = await pointOfTerm(testWorld(page), want.hover.word, { within: want.hover.within });
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
