import type { KnipConfig } from 'knip';

// Dead-code guard, run by `npm test`: unused files, exports, types and
// dependencies fail the run. Entry points knip cannot infer are listed here.
const config: KnipConfig = {
  entry: [
    'scripts/*.ts',
    'web-ext.config.ts',
    'tests/**/*.{test,spec}.{ts,tsx}',
    // Served to the browser by the hostile-CSP fixture page.
    'tests/fixtures/pages/*.js',
    // The content script's `wxt/browser`, put in by an alias in wxt.config.ts rather than imported by name.
    'lib/native-browser.ts',
    // Bundled for the browser by the benchmark from its file path (scripts/bench/finder-floor.ts), never imported.
    'scripts/bench/finder-script.ts',
  ],
  project: ['**/*.{ts,tsx}', '!.output/**', '!.wxt/**'],
  ignoreDependencies: [
    // Injected into pages by the benchmark from its file path (scripts/bench/run.ts), never imported.
    'mark.js',
    // Vitest's browser mode itself, loaded by Vitest (vitest.browser.config.ts names only its Playwright provider).
    '@vitest/browser',
  ],
};

export default config;
