import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

/** How both suites run (this one and playwright.firefox.config.ts): one test at a time, no retries. */
export const runnerOptions = {
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  globalTimeout: 15 * 60_000,
  expect: { timeout: 5_000 },
} satisfies PlaywrightTestConfig;

// Each test launches its own Chromium with the built extension (see
// tests/e2e/fixtures.ts); one worker keeps a 2-core machine responsive.
// Nothing here downloads a browser: the fixture finds one on the machine.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  ...runnerOptions,
  timeout: 30_000,
  use: {
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
  },
});
