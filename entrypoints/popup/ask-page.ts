import { browser } from 'wxt/browser';
import { isRecord } from '../../lib/guards';
import { onMessages, parsePageState, sendToTab, type PageState } from '../../lib/messages';

/**
 * Asking the tab's top-frame content script what is on the page. Without the
 * `tabs` permission the popup cannot read the tab's URL, so the content script
 * is the only source of the hostname; when it does not answer (a browser page,
 * the Web Store, the PDF viewer) the popup says it cannot read the page.
 */

const ANSWER_TIMEOUT_MS = 2000;
// A tab still loading has no content script yet; it pushes its state when it starts (see followPageState).
const LOADING_WAIT_MS = 10_000;

/**
 * The tab named by `?tab=<id>`: the background gives each page's popup its
 * tab this way, and tests open popup.html in a tab of their own with it.
 * undefined when the URL names none; null when what it names is not a tab id.
 */
export function tabFromSearch(search: string): number | null | undefined {
  const param = new URLSearchParams(search).get('tab');
  if (param === null) return undefined;
  return /^\d{1,10}$/.test(param) ? Number(param) : null;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/**
 * One question to the page: its state, or null when nothing answers within `timeoutMs`. `asked` is the raw
 * answer to the same question already sent (the popup's start script asks before its main code loads).
 */
export async function askPageState(
  tabId: number,
  signal: AbortSignal,
  timeoutMs = ANSWER_TIMEOUT_MS,
  asked: Promise<unknown> = sendToTab(tabId, { type: 'get-page-state' }),
): Promise<PageState | null> {
  const answer = asked.then(parsePageState, () => null);
  return Promise.race([answer, sleep(timeoutMs, signal).then(() => null)]);
}

async function tabIsLoading(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.get(tabId)).status === 'loading';
  } catch {
    return false;
  }
}

/**
 * Reports the page state now and each time the page pushes a new one (its
 * content script does when its terms change or it is switched on or off),
 * until the signal aborts. `onState(null)` means unreadable: nothing answered
 * and the tab is not loading, or a loading tab never started a content script.
 * `firstAnswer` is a question already asked (the popup asks before it renders).
 */
export async function followPageState(
  tabId: number,
  onState: (state: PageState | null) => void,
  signal: AbortSignal,
  firstAnswer?: Promise<PageState | null>,
): Promise<void> {
  let pushed = false;
  onMessages(
    {
      'page-state-changed': ({ state }, sender) => {
        if (sender.tab?.id !== tabId || sender.frameId !== 0) return;
        pushed = true;
        onState(state);
      },
    },
    signal,
  );
  const state = await (firstAnswer ?? askPageState(tabId, signal));
  // A push that came in meanwhile is newer than this answer.
  if (signal.aborted || pushed) return;
  if (state) return onState(state);
  if (await tabIsLoading(tabId)) await sleep(LOADING_WAIT_MS, signal);
  if (!signal.aborted && !pushed) onState(null);
}

/** Shows the term in the first of `frames` (the top frame by default) that still holds it. */
export async function revealTerm(tabId: number, id: string, frames: number[] = [0]): Promise<boolean> {
  for (const frameId of frames) {
    const found = await sendToTab(tabId, { type: 'reveal-term', id }, frameId).then(
      (r) => isRecord(r) && r.found === true,
      () => false,
    );
    if (found) return true;
  }
  return false;
}
