import { resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startStaticServer } from '../../scripts/lib/static-server';
import { launchChromium } from './chromium-driver';
import type { Driver, Engine, TestPage } from './driver';
import { launchFirefox } from './firefox-driver';

const PAGES_DIR = resolve(import.meta.dirname, '../fixtures/pages');

interface WorkerFixtures {
  /** Which browser runs the journeys: playwright.config.ts leaves the default, playwright.firefox.config.ts sets firefox. */
  engine: Engine;
  /** Origin of the fixture pages, served on 127.0.0.1. */
  origin: string;
  /** One browser per worker; each test gets it with fresh storage and its own tabs. */
  browserDriver: Driver;
}

interface TestFixtures {
  driver: Driver;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  engine: ['chromium', { option: true, scope: 'worker' }],

  origin: [
    // oxlint-disable-next-line no-empty-pattern -- Playwright needs the destructuring pattern
    async ({}, use) => {
      const server = await startStaticServer(PAGES_DIR);
      await use(server.origin);
      await server.close();
    },
    { scope: 'worker' },
  ],

  browserDriver: [
    async ({ engine, origin }, use) => {
      const driver = engine === 'firefox' ? await launchFirefox(origin) : await launchChromium(origin);
      await use(driver);
      await driver.close();
    },
    { scope: 'worker', timeout: 90_000 },
  ],

  driver: async ({ browserDriver }, use) => {
    // Each journey starts as after a fresh install and closes the tabs it opened.
    await browserDriver.resetStorage();
    await browserDriver.clearErrors();
    const opened: TestPage[] = [];
    const track = (p: TestPage) => (opened.push(p), p);
    await use({
      ...browserDriver,
      engine: browserDriver.engine,
      openPage: async (path) => track(await browserDriver.openPage(path)),
      openPopupFor: async (page) => track(await browserDriver.openPopupFor(page)),
    });
    for (const p of opened.reverse()) await p.close().catch(() => undefined);
    // No journey may log a console error or throw, in the page, the content script or the extension's pages.
    expect(await browserDriver.errors(), 'console errors and uncaught exceptions').toEqual([]);
  },
});

export { expect } from '@playwright/test';
