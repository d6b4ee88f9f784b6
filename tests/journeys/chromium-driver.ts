import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page, type Worker } from '@playwright/test';
import { assertChromeBuild, chromiumArgs, findChromium } from '../../scripts/lib/browser-env';
import type { Driver, InPage, TestPage } from './driver';

declare const chrome: {
  tabs: { query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { clear(): Promise<void> }; sync: { clear(): Promise<void> } };
};

function wrap(page: Page): TestPage {
  return {
    get url() {
      return page.url();
    },
    evaluate: <A, R>(fn: InPage<A, R>, arg: A) => page.evaluate(fn as (a: unknown) => R | Promise<R>, arg as unknown),
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    click: (x, y) => page.mouse.click(x, y),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** Debian's Chromium (or CHROMIUM_PATH), headless, with the Chrome build of TermLens loaded unpacked. */
export async function launchChromium(origin: string): Promise<Driver> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'termlens-journeys-'));
  // A snapshot of the build: Chromium reads extension files lazily, and a rebuild during the run must not change them.
  const extensionDir = join(userDataDir, 'extension');
  cpSync(assertChromeBuild(), extensionDir, { recursive: true });
  const context = await chromium.launchPersistentContext(join(userDataDir, 'profile'), {
    headless: true,
    executablePath: findChromium(chromium.executablePath()),
    args: chromiumArgs(extensionDir),
  });
  let errors: string[] = [];
  const pages = new Map<Page, TestPage>();
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${String(e)}`));
  };
  context.on('page', watch);
  context.pages().forEach(watch);

  const worker: Worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      timeout: 15_000,
      predicate: (w) => w.url().startsWith('chrome-extension://'),
    }));
  worker.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${worker.url()}: ${m.text()}`);
  });
  const extensionId = new URL(worker.url()).host;
  const testPageOf = (page: Page) => pages.get(page) ?? wrap(page);

  return {
    engine: 'chromium',
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(new URL(path, `${origin}/`).href, { waitUntil: 'load' });
      const tp = wrap(page);
      pages.set(page, tp);
      return tp;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
      return testPageOf(page);
    },
    async openPopupFor(target) {
      const page = [...pages.entries()].find(([, tp]) => tp === target)?.[0];
      if (!page) throw new Error('openPopupFor: not a page this driver opened');
      await page.bringToFront();
      const tab = await worker.evaluate(async () => {
        const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return active ? { id: active.id, url: active.url } : undefined;
      });
      if (tab?.id === undefined || (tab.url !== undefined && tab.url !== page.url())) {
        throw new Error(`The active tab is not the page under test (${page.url()})`);
      }
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tab.id}`, { waitUntil: 'load' });
      return testPageOf(popup);
    },
    async resetStorage() {
      await worker.evaluate(() => Promise.all([chrome.storage.local.clear(), chrome.storage.sync.clear()]));
    },
    errors: async () => [...errors],
    clearErrors: async () => {
      errors = [];
    },
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}
