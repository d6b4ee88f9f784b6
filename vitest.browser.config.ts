import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromeMessages } from './scripts/lib/locale-messages.ts';
import { findChromium } from './scripts/lib/browser-env.ts';

/**
 * `npm run test:dom`: the `*.browser.test.ts` files beside the DOM modules,
 * run in a real headless Chromium (Debian's, or CHROMIUM_PATH; never a
 * downloaded one). Kept apart from vitest.config.ts so `npm run test:unit`
 * stays the fast Node tests.
 */
export default defineConfig({
  // The typed `t` that WXT generates (lib/i18n.ts); WxtVitest would add it, but it does not run here.
  resolve: { alias: { '#i18n': new URL('./.wxt/i18n/index.ts', import.meta.url).pathname } },
  // tests/i18n-stub.ts answers `browser.i18n` from locales/en.yml.
  define: { __TERMLENS_TEST_MESSAGES__: JSON.stringify(chromeMessages('en')) },
  test: {
    setupFiles: ['tests/i18n-stub.ts'],
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
