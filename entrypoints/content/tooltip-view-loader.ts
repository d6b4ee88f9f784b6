import { browser } from 'wxt/browser';
import { TOOLTIP_VIEW_FILE } from '../../lib/extension-manifest';
import type { TooltipViewModule } from './tooltip-view';

/** Where the built view (entrypoints/tooltip-view.ts) puts itself: the global of the world that loaded it. */
const SLOT = '__termlensTooltipView';

type Slot = { [SLOT]?: TooltipViewModule };

/** Called by the view's own file when it runs. */
export function publishTooltipView(view: TooltipViewModule): void {
  (globalThis as Slot)[SLOT] = view;
}

let loading: Promise<TooltipViewModule> | null = null;

/**
 * On a web page, the address the browser gives the content script (in Chrome one that changes each session,
 * wxt.config.ts); on the extension's own explain page, its own address, the only one that page's
 * `script-src 'self'` lets it import from.
 */
const viewAddress = () =>
  /^(chrome|moz)-extension:$/.test(location.protocol) ? TOOLTIP_VIEW_FILE : browser.runtime.getURL(TOOLTIP_VIEW_FILE);

/**
 * The tooltip's view, loaded once per frame at the first hover (or tap, or
 * key): its code and the bundled entries' texts were a third of the content
 * script (124 of 364 kB), which every frame of every page compiles, and most
 * pages are read without a tooltip. A content script's import() runs the
 * module in the content script's own world, so the view sees this frame's
 * globals and the page never sees the view. A failed load (the extension was
 * updated under the page) is tried again at the next hover.
 */
export function loadTooltipView(): Promise<TooltipViewModule> {
  // Async, so that even an address the browser refuses to give (the extension reloaded under the page)
  // ends in a rejection the caller handles, not in an exception thrown into a pointer event.
  loading ??= (async () => {
    await import(/* @vite-ignore */ viewAddress());
    const view = (globalThis as Slot)[SLOT];
    if (!view) throw new Error('TermLens: the tooltip view did not load');
    return view;
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
