import { defineConfig } from '@playwright/test';
import type { Engine } from './tests/journeys/driver';

// The Firefox suite: the same journeys as the Chromium suite
// (tests/e2e/journeys.spec.ts) plus Firefox-only checks (tests/e2e-firefox),
// run in Debian's Firefox ESR through puppeteer-core over WebDriver BiDi
// (tests/journeys/firefox-driver.ts). Playwright is only the test runner
// here; it launches no browser of its own, and nothing downloads one.
export default defineConfig<object, { engine: Engine }>({
  testDir: 'tests',
  testMatch: ['e2e/journeys.spec.ts', 'e2e-firefox/**/*.spec.ts'],
  outputDir: 'test-results/e2e-firefox',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  globalTimeout: 15 * 60_000,
  expect: { timeout: 5_000 },
  use: { engine: 'firefox' },
});
