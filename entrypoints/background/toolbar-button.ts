import { browser } from 'wxt/browser';
import { badgeFor } from '../../lib/frame-terms';
import { t } from '../../lib/i18n';
import { onMessages } from '../../lib/messages';
import { forgetTab, saveFrameReport } from '../../lib/storage';

/**
 * The toolbar button, tab by tab, as each page's content script reports in:
 * - the badge: the number of distinct terms on the page and in its frames
 *   (each frame reports on its own; lib/frame-terms.ts), or "off" (Spanish
 *   "no", as Spanish on/off switches say "sí"/"no"), and the button's
 *   title saying the same in words;
 * - the popup's address, naming the tab (popup.html?tab=<id>). Without the
 *   `tabs` permission a popup learns its tab only by asking the browser,
 *   one more round trip before it can ask the page; named in the address,
 *   the question to the page leaves the moment the popup's script runs.
 *   Pages that never report (browser pages, the store) keep the plain
 *   popup, which asks for the active tab instead.
 */
export function setupToolbarButton(signal: AbortSignal): void {
  // Reports are recorded one after another: two frames answering at once must not overwrite each other's.
  let queue = Promise.resolve();
  const later = (work: () => Promise<void>) => (queue = queue.then(work, work));

  onMessages(
    {
      'page-state-changed': ({ state }, sender) => {
        const tabId = sender.tab?.id;
        const frameId = sender.frameId;
        if (tabId === undefined || frameId === undefined) return;
        const report = { on: state.on, since: state.since ?? 0, terms: state.terms };
        return later(async () => {
          const frames = await saveFrameReport(tabId, frameId, report).catch(() => ({ [frameId]: report }));
          const badge = badgeFor(frames);
          const text = !badge.on ? t('page.badgeOff') : badge.terms > 0 ? String(Math.min(badge.terms, 999)) : '';
          const title = !badge.on
            ? t('page.buttonTitleOff')
            : badge.terms > 0
              ? t('page.buttonTitleTerms', badge.terms)
              : t('ext.name');
          await Promise.allSettled([
            browser.action.setBadgeText({ tabId, text }),
            browser.action.setTitle({ tabId, title }),
            browser.action.setBadgeBackgroundColor({ tabId, color: badge.on ? '#0f5f73' : '#6b7280' }),
            ...(frameId === 0 ? [browser.action.setPopup({ tabId, popup: `popup.html?tab=${tabId}` })] : []),
          ]);
        });
      },
    },
    signal,
  );
  const onRemoved = (tabId: number) => void later(() => forgetTab(tabId).catch(() => {}));
  browser.tabs.onRemoved.addListener(onRemoved);
  signal.addEventListener('abort', () => browser.tabs.onRemoved.removeListener(onRemoved), { once: true });
}
