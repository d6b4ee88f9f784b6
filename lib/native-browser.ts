import type { Browser } from 'wxt/browser';

/**
 * The extension API as the browser itself offers it, for the content script
 * and the extension's pages (wxt.config.ts points their `wxt/browser` here;
 * the background keeps webextension-polyfill). The content script runs in
 * every frame of every page and the popup at every click, and the polyfill
 * costs each of them milliseconds before any work starts: it wraps the whole
 * API object, and the bundle's module interop then copies every property of
 * it, which makes Chrome build each API's bindings (bench: `npm run bench --
 * --profile guardian`; the popup's profile showed 2.5 ms in that copy). What
 * they use needs no wrapping: Firefox's `browser` and Chrome's MV3 `chrome`
 * return promises from storage, tabs, runtime and permissions calls, and
 * lib/messages.ts answers messages through `sendResponse`, which both accept.
 */
type Global = { browser?: { runtime?: { id?: string } }; chrome?: unknown };
const global = globalThis as unknown as Global;

export const browser = (global.browser?.runtime?.id ? global.browser : global.chrome) as unknown as Browser;
