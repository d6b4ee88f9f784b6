import type { Browser } from 'wxt/browser';

/**
 * The extension API as the browser itself offers it, for the content script
 * only (wxt.config.ts points its `wxt/browser` here). The content script runs
 * in every frame of every page, and webextension-polyfill costs each of them
 * a few milliseconds before any work starts (it wraps and copies the whole API
 * object; bench: `npm run bench -- --profile guardian`). What the content
 * script uses needs no wrapping: Firefox's `browser` and Chrome's MV3
 * `chrome` return promises from storage and runtime calls, and
 * lib/messages.ts answers messages through `sendResponse`, which both accept.
 */
type Global = { browser?: { runtime?: { id?: string } }; chrome?: unknown };
const global = globalThis as unknown as Global;

export const browser = (global.browser?.runtime?.id ? global.browser : global.chrome) as unknown as Browser;
