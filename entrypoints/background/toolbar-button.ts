import { browser } from 'wxt/browser';
import { onMessages } from '../lib/messages';

/** The toolbar badge: the number of distinct terms on the tab's page, or "off". */
export function setupBadge(signal: AbortSignal): void {
  onMessages(
    {
      'report-terms': async ({ distinct, on }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined || sender.frameId !== 0) return;
        const text = !on ? 'off' : distinct > 0 ? String(Math.min(distinct, 999)) : '';
        await Promise.allSettled([
          browser.action.setBadgeText({ tabId, text }),
          browser.action.setBadgeBackgroundColor({ tabId, color: on ? '#0f5f73' : '#6b7280' }),
        ]);
      },
    },
    signal,
  );
}
