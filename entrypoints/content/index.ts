import { defineContentScript } from 'wxt/utils/define-content-script';
import { WEB_PAGES } from '../../lib/extension-manifest';
import { readPageStart } from '../../lib/page-start-read';
import { loadEngine } from './engine-loader';
import { holdsText, whenTextArrives } from './frame-text';
import { highlightApiAvailable } from './highlight-api';
import { isTopFrame } from './page-host';
import { yieldToBrowser } from './slicer';
import './highlight.css';

/**
 * The content script is a loader: every frame of every page runs it, and a
 * script the browser injects is compiled on the page's main thread, in the
 * task that runs it. Injected whole, the engine's 240 kB took 11-21 ms of
 * that task on fixture/smoke.html before any of its code ran (what
 * `npm run bench` now counts in a stretch as "(compiling)"). The engine is a
 * file of its own that the loader imports (entrypoints/content-engine.ts),
 * which the browser compiles off the main thread; the storage read starts
 * while it loads. The first marks come about 30 ms later for it, and the
 * page's busiest TermLens task is half as long.
 *
 * What is left of the loader's work is the browser's: its first call into
 * each extension API builds that API for the frame, and the import call
 * itself. Run in one task, on top of compiling the loader and WXT's start,
 * that made a task of 17-29 ms on the small fixtures (`npm run bench --
 * --profile detection`); the loader lets the page run between its steps,
 * with a posted message, not a timer: a page opened in a background tab
 * gets one timer a second, which would hold its terms back.
 */
export default defineContentScript({
  matches: WEB_PAGES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  // WXT tells an older copy of the script to stop with an event on the document, and by default posts the same
  // news to the window as well, where every script of the page receives it, TermLens's id in it. The event is
  // all WXT's own code listens for (its ContentScriptContext).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // This runs a task after the script's injection (scripts/next-task-start.ts), right after WXT's start built
    // the frame's `chrome.runtime`; each step below is a task of its own.
    await yieldToBrowser();
    if (!highlightApiAvailable()) return; // too old a browser: leave the page alone
    // A frame with nothing to read yet (an advert, an empty document) loads the engine once text comes (frame-text.ts).
    if (!isTopFrame() && !holdsText(document) && !(await whenTextArrives(document, ctx.signal))) return;
    await yieldToBrowser();
    // The extension updated or removed under the page takes its files with it: nothing left to do then.
    const loading = loadEngine().catch((error: unknown) => {
      if (ctx.isInvalid) return null;
      throw error;
    });
    await yieldToBrowser();
    if (ctx.isInvalid) return;
    const start = readPageStart();
    const engine = await loading;
    if (engine && !ctx.isInvalid) await engine.runPage(ctx, start);
  },
});
