import { defineConfig } from '@playwright/test';
import { runnerOptions } from './playwright.config';
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
  ...runnerOptions,
  timeout: 60_000,
  use: { engine: 'firefox' },
});
