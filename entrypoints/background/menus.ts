import { browser } from 'wxt/browser';
import { WEB_PAGES } from '../../lib/extension-manifest';
import { sendToTab } from '../../lib/messages';
import { openReference } from './open-reference';

const TOGGLE = 'termlens-toggle-site';
const LOOKUP = 'termlens-look-up';

/** Two context-menu items: switch the site on or off, and look the selection up in the reference. */
export function setupMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: TOGGLE,
        title: 'TermLens: turn on or off for this site',
        contexts: ['page', 'selection', 'link'],
        documentUrlPatterns: WEB_PAGES,
      });
      browser.contextMenus.create({ id: LOOKUP, title: 'Look up “%s” in TermLens', contexts: ['selection'] });
    });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === TOGGLE && tab?.id !== undefined) {
      await sendToTab(tab.id, { type: 'run-command', command: 'toggle-site' }).catch(() => undefined);
    } else if (info.menuItemId === LOOKUP && info.selectionText) {
      await openReference({ query: info.selectionText.trim().slice(0, 200) }, tab?.index);
    }
  });
}
