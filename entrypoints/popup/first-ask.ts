import { sendToTab } from '../../lib/messages';
import { tabFromSearch } from './ask-page';

/**
 * The popup's first question to its page, asked by its start script
 * (entrypoints/popup-start.ts, 1.6 kB), the first file the page names,
 * while the popup's main code (the framework and every view, several files)
 * is still loading. The main code takes the question over, or asks itself if
 * it ran first; either way the page is asked once. The answer is then often in
 * before the first render, which can draw the page's terms at once instead of
 * drawing the frame and waiting.
 */
export interface FirstAsk {
  tabId: number;
  /** The page's raw answer (checked by the main code, which holds the parser). */
  answer: Promise<unknown>;
  /** Set once the answer (or the failure to get one) is in, so that the main code can read it without waiting. */
  settled: { value: unknown } | null;
}

const SLOT = Symbol.for('termlens.popup.first-ask');
type Scope = { [SLOT]?: FirstAsk | 'taken' };

/** The start script: asks the tab named by the address, unless the main code has already started. */
export function askFirst(search: string, scope: Scope = globalThis as Scope): void {
  if (scope[SLOT] !== undefined) return;
  const tabId = tabFromSearch(search);
  if (tabId === null || tabId === undefined) return;
  const ask: FirstAsk = { tabId, answer: sendToTab(tabId, { type: 'get-page-state' }), settled: null };
  ask.answer.then(
    (value) => void (ask.settled = { value }),
    () => void (ask.settled = { value: null }),
  );
  scope[SLOT] = ask;
}

/** The main code: the early question for `tabId`, once; from then on the start script stands down. */
export function takeFirstAsk(tabId: number, scope: Scope = globalThis as Scope): FirstAsk | null {
  const ask = scope[SLOT];
  scope[SLOT] = 'taken';
  return ask !== undefined && ask !== 'taken' && ask.tabId === tabId ? ask : null;
}
