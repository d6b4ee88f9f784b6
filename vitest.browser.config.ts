import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { findChromium } from './scripts/lib/browser-env.ts';

/**
 * `npm run test:dom`: the `*.browser.test.ts` files beside the DOM modules,
 * run in a real headless Chromium (Debian's, or CHROMIUM_PATH; never a
 * downloaded one). Kept apart from vitest.config.ts so `npm run test:unit`
 * stays the fast Node tests.
 */
export default defineConfig({
  test: {
    include: ['entrypoints/**/*.browser.test.ts', 'components/**/*.browser.test.ts', 'lib/**/*.browser.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: { executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
