import { browser } from 'wxt/browser';
import { WEB_PAGES } from '../../lib/extension-manifest';
import { sendToTab } from '../../lib/messages';
import { openReference } from './open-reference';

const TOGGLE = 'termlens-toggle-site';
const LOOKUP = 'termlens-look-up';
const ADD = 'termlens-add-term';

/**
 * Three context-menu items: switch the site on or off, look the selection up
 * in the reference, and add the selection to the reader's own glossary.
 */
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
      browser.contextMenus.create({ id: ADD, title: 'Add to my glossary…', contexts: ['selection'] });
    });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === TOGGLE && tab?.id !== undefined) {
      await sendToTab(tab.id, { type: 'run-command', command: 'toggle-site' }).catch(() => undefined);
    } else if (info.menuItemId === LOOKUP && info.selectionText) {
      await openReference({ query: info.selectionText.trim().slice(0, 200) }, tab?.index);
    } else if (info.menuItemId === ADD && info.selectionText) {
      await openAddTerm(info.selectionText);
    }
  });
}

/** The "Add to my glossary" form for the selected words, in a small window of its own. */
async function openAddTerm(selection: string): Promise<void> {
  const url = new URL(browser.runtime.getURL('/add-term.html'));
  url.searchParams.set('term', selection.replace(/\s+/g, ' ').trim().slice(0, 200));
  try {
    await browser.windows.create({ url: url.href, type: 'popup', width: 460, height: 620 });
  } catch {
    // Where windows cannot be made (Firefox for Android), a tab does.
    await browser.tabs.create({ url: url.href });
  }
}
