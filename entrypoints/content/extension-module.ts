import { browser, type PublicPath } from 'wxt/browser';

/**
 * The extension's own scripts that the content script imports instead of
 * carrying them: the engine (entrypoints/content-engine.ts) as soon as a
 * page loads, the tooltip's view (entrypoints/tooltip-view.ts) at the first
 * hover. Each is built as a file of its own that puts what it offers on the
 * global of the world that ran it, under its own name. A content script's
 * import() runs the file in the content script's own world, so it sees this
 * frame's globals and the page never sees it.
 */
type Slots = Record<string, unknown>;

/** Called by the imported file when it runs. */
export function publishModule(name: string, value: unknown): void {
  (globalThis as unknown as Slots)[name] = value;
}

/**
 * On a web page, the address the browser gives the content script (in Chrome one that changes each session,
 * wxt.config.ts); on the extension's own explain page, its own address, the only one that page's
 * `script-src 'self'` lets it import from.
 */
const addressOf = (file: PublicPath): string =>
  /^(chrome|moz)-extension:$/.test(location.protocol) ? file : browser.runtime.getURL(file);

/**
 * A function that imports `file` once per frame and resolves to what it published under `name`. A failed load
 * (the extension was updated under the page) is tried again at the next call. Async, so that even an address the
 * browser refuses to give (the extension reloaded under the page) ends in a rejection the caller handles, not in an
 * exception thrown into a pointer event.
 */
export function moduleLoader<T>(file: PublicPath, name: string): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= (async () => {
      await import(/* @vite-ignore */ addressOf(file));
      const value = (globalThis as unknown as Slots)[name] as T | undefined;
      if (!value) throw new Error(`TermLens: ${file} did not load`);
      return value;
    })().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}
