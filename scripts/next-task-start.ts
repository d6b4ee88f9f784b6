import type { Plugin } from 'vite';
import { chunkRewriter } from './output-chunks';

/**
 * The browser runs a content script it injects in the very task that injects
 * it: the isolated world's set-up, the script's compile and its whole top
 * level. WXT's wrapper reads `chrome.runtime.id` at that top level (the event
 * names of its ContentScriptContext), and the first touch of `chrome.runtime`
 * is where Chrome builds the frame's extension API, 2-10 ms on this
 * machine. Added up, the first task was the longest TermLens task on four of
 * six real pages in `npm run bench` (up to 27 ms on wikipedia-2: "content.js",
 * "get app", "(compiling)"). Run one task later, the script's
 * top level splits from the injection; the loader then takes its own steps
 * one task apart (entrypoints/content/index.ts).
 *
 * A posted message, not a timer: a page opened in a background tab gets one
 * timer a second.
 */
const OPEN = '{const c=new MessageChannel;c.port1.onmessage=()=>{c.port1.close();\n';
const CLOSE = '\n};c.port2.postMessage(null)}\n';

/** The built script, to run one task after the browser injects it. Idempotent. */
export function startInNextTask(code: string): string {
  return code.startsWith(OPEN) ? code : OPEN + code + CLOSE;
}

/** The build step for the content script (wxt.config.ts): `files` are output paths without the leading slash. */
export const contentScriptInNextTask = (files: readonly string[]): Plugin =>
  chunkRewriter('termlens-next-task-start', files, startInNextTask);
