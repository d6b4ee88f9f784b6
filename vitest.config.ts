import { defineConfig } from 'vitest/config';
import { chromeMessages } from './scripts/lib/locale-messages.ts';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { compileGlossaryModule } from './scripts/glossary-build';

export default defineConfig({
  plugins: [WxtVitest(), compileGlossaryModule()],
  // tests/i18n-stub.ts answers `browser.i18n` from locales/en.yml.
  define: { __TERMLENS_TEST_MESSAGES__: JSON.stringify(chromeMessages('en')) },
  test: {
    setupFiles: ['tests/i18n-stub.ts', 'tests/i18n-stub-node.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
