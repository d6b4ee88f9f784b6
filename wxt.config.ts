import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { COMMANDS, ENGINE_FILE, TOOLTIP_VIEW_FILE, WEB_PAGES } from './lib/extension-manifest';
import { renderIcons } from './scripts/icons';
import { compileGlossaryModule } from './scripts/glossary-build';
import { compileHints } from './scripts/compile-hints';
import { contentScriptInNextTask } from './scripts/next-task-start';
import { fewerPageChunks, inlinePageStyles } from './scripts/page-build';
import { startPopupFromItsScript } from './scripts/popup-build';

// `npm run bench -- --profile`: an unminified build in a folder of its own, so that
// the profile names functions as the source does (scripts/bench/run.ts).
const benchUnminified = process.env.TERMLENS_BENCH_UNMINIFIED;

// One codebase, two browsers: Chrome gets MV3 with a service worker, Firefox
// gets MV3 with an event page (see README "Firefox build" for why MV3 there too).
export default defineConfig({
  // i18n: locales/*.yml become _locales/<lang>/messages.json and a typed `#i18n` (lib/i18n.ts).
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifestVersion: 3,
  imports: false,
  ...(benchUnminified ? { outDir: benchUnminified } : {}),
  vite: () => ({
    plugins: [
      preact(),
      compileGlossaryModule(),
      fewerPageChunks(),
      inlinePageStyles(),
      startPopupFromItsScript(),
      // The content script's two imported files run most of their functions as soon as they load.
      compileHints([ENGINE_FILE.slice(1), TOOLTIP_VIEW_FILE.slice(1)]),
      // The content script's top level runs a task after its injection (WXT's output for entrypoints/content/).
      contentScriptInNextTask(['content-scripts/content.js']),
    ],
    build: { target: ['chrome120', 'firefox140'], ...(benchUnminified ? { minify: false } : {}) },
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: [
      'tests/**',
      '.output/**',
      'test-results/**',
      'bench-results/**',
      'playwright-report/**',
      'demo-output/**',
      'store-assets/**',
    ],
  },
  hooks: {
    // The content script and the pages take the browser's own API instead of webextension-polyfill (why:
    // lib/native-browser.ts); the background keeps it. Listed first, so it wins over the module's alias.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.type === 'background')) return;
      const native = { find: /^wxt\/browser$/, replacement: resolve(import.meta.dirname, 'lib/native-browser.ts') };
      const alias = config.resolve?.alias;
      const rest = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [native, ...rest] };
    },
    'build:publicAssets': async (_wxt, assets) => {
      for (const icon of await renderIcons()) assets.push(icon);
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: {
      default_title: '__MSG_ext_name__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
    },
    // storage: settings, site list, own glossaries; contextMenus: "Turn off on this site", "Look up in TermLens", "Add to my glossary…".
    // unlimitedStorage (Chrome only): a reader's 20,000 terms with definitions can pass Chrome's 10 MB storage.local
    // quota; Firefox's storage.local already allows far more (IndexedDB's limits), so Firefox readers see no extra permission.
    permissions: browser === 'firefox' ? ['storage', 'contextMenus'] : ['storage', 'contextMenus', 'unlimitedStorage'],
    // The engine and the tooltip's view, which the content script imports (entrypoints/content/extension-module.ts).
    // Chrome serves them at an address that changes each session, so a page cannot probe for them to tell TermLens
    // is there; Firefox's addresses already hold a random id per install.
    web_accessible_resources: [
      {
        resources: [ENGINE_FILE.slice(1), TOOLTIP_VIEW_FILE.slice(1)],
        matches: [...WEB_PAGES],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: Object.fromEntries(Object.entries(COMMANDS).map(([name, { description }]) => [name, { description }])),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Permanent once uploaded to addons.mozilla.org; a UUID the project owns.
              id: '{3b15f360-4ceb-487f-9845-83ab6b7842fa}',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
