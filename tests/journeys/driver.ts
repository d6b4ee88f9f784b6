import { pointOfTerm, type Point } from '../../scripts/lib/page-terms';

/**
 * What a journey needs from a browser, and nothing more: open a page, move
 * and click the mouse, run a function in the page, open the popup for a
 * page, collect console errors. Chromium implements it with Playwright
 * (chromium-driver.ts), Firefox with puppeteer-core over WebDriver BiDi
 * (firefox-driver.ts), so each journey is written once for both.
 */

export type Engine = 'chromium' | 'firefox';

/** A function run inside a page: it must not close over anything of the test. */
export type InPage<A, R> = (arg: A) => R | Promise<R>;

export interface TestPage {
  readonly url: string;
  evaluate<A, R>(fn: InPage<A, R>, arg: A): Promise<R>;
  /** Moves a mouse pointer (pointerType "mouse") to the point, in `steps` moves from where it was. */
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly engine: Engine;
  /** Opens a fixture page (a path under tests/fixtures/pages) in a new tab and waits for its load event. */
  openPage(path: string): Promise<TestPage>;
  /** Opens one of the extension's pages (options.html, …) in a tab of its own, loaded. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Opens the extension's popup (popup.html?tab=<id of page's tab>) in a tab of its own, loaded. */
  openPopupFor(page: TestPage): Promise<TestPage>;
  /** Clears the extension's storage (settings and site rules), as on a fresh install. */
  resetStorage(): Promise<void>;
  /** Console errors and uncaught exceptions seen so far: pages, content scripts, extension pages. */
  errors(): Promise<string[]>;
  /** Forgets the errors seen so far (each journey checks its own). */
  clearErrors(): Promise<void>;
  close(): Promise<void>;
}

export interface TooltipInfo {
  headword: string;
  text: string;
  rect: { left: number; top: number; right: number; bottom: number; width: number; height: number };
  viewport: { width: number; height: number };
  /** Computed styles of the card that page CSS would change if it could reach it. */
  style: Record<string, string>;
}

/** The open tooltip as a reader sees it once it has finished appearing, or null when none is shown. */
export function readTooltip(page: TestPage): Promise<TooltipInfo | null> {
  return page.evaluate(async () => {
    const shadow = document.querySelector('termlens-ui')?.shadowRoot;
    const card = shadow?.querySelector<HTMLElement>('[role="tooltip"]');
    if (!shadow || !card) return null;
    // A fade-in still running would show in the computed opacity.
    await Promise.all(shadow.getAnimations().map((a) => a.finished.catch(() => undefined)));
    const box = card.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return null;
    const cs = getComputedStyle(card);
    const style: Record<string, string> = {};
    const properties = [
      'font-family',
      'font-size',
      'line-height',
      'color',
      'background-color',
      'padding-top',
      'border-top-width',
      'text-transform',
      'letter-spacing',
      'visibility',
      'opacity',
      'display',
    ];
    for (const p of properties) style[p] = cs.getPropertyValue(p);
    style.width = `${Math.round(box.width)}px`;
    style.height = `${Math.round(box.height)}px`;
    return {
      headword: card.querySelector('.head')?.textContent?.trim() ?? '',
      text: card.textContent ?? '',
      rect: {
        left: box.left,
        top: box.top,
        right: box.right,
        bottom: box.bottom,
        width: box.width,
        height: box.height,
      },
      viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
      style,
    };
  }, null);
}

/**
 * Rests the pointer on a marked term inside the element matched by
 * `selector` the way a reader does: arriving from a little way off, then
 * staying still (the tooltip waits for the pointer to rest).
 */
export async function restOnTerm(page: TestPage, selector: string, word: string): Promise<Point> {
  const p = await pointOfTerm(page, word, { within: selector });
  await page.mouseMove(Math.max(1, p.x - 30), p.y, 1);
  await page.mouseMove(p.x, p.y, 4);
  return p;
}

/** Moves the pointer to the empty left margin, halfway down, so an open tooltip closes. */
export async function pointerAway(page: TestPage): Promise<void> {
  const y = await page.evaluate(() => Math.round(innerHeight / 2), null);
  await page.mouseMove(3, y, 3);
}

/** The middle of the first element matching `selector` whose text contains `text`, scrolled into view as a reader would. */
export function centreOf(page: TestPage, selector: string, text: string): Promise<Point> {
  return page.evaluate(
    ({ selector, text }) => {
      const el = [...document.querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent?.includes(text));
      if (!el) throw new Error(`No ${selector} with text "${text}"`);
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const box = el.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    { selector, text },
  );
}
