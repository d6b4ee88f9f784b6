import { browser } from 'wxt/browser';
import { onMessages } from '../../lib/messages';

/**
 * The toolbar button, tab by tab, as each page's content script reports in:
 * - the badge: the number of distinct terms on the page, or "off";
 * - the popup's address, naming the tab (popup.html?tab=<id>). Without the
 *   `tabs` permission a popup learns its tab only by asking the browser,
 *   one more round trip before it can ask the page; named in the address,
 *   the question to the page leaves the moment the popup's script runs.
 *   Pages that never report (browser pages, the store) keep the plain
 *   popup, which asks for the active tab instead.
 */
export function setupToolbarButton(signal: AbortSignal): void {
  onMessages(
    {
      'page-state-changed': async ({ state }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined || sender.frameId !== 0) return;
        const { on } = state;
        const distinct = state.terms.length;
        const text = !on ? 'off' : distinct > 0 ? String(Math.min(distinct, 999)) : '';
        await Promise.allSettled([
          browser.action.setBadgeText({ tabId, text }),
          browser.action.setBadgeBackgroundColor({ tabId, color: on ? '#0f5f73' : '#6b7280' }),
          browser.action.setPopup({ tabId, popup: `popup.html?tab=${tabId}` }),
        ]);
      },
    },
    signal,
  );
}
