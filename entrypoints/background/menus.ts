import { browser } from 'wxt/browser';
import { WEB_PAGES } from '../../lib/extension-manifest';
import { t } from '../../lib/i18n';
import { onMessages, sendToTab } from '../../lib/messages';
import { saveExplainSelection } from '../../lib/storage';
import { openReference } from './open-reference';

const TOGGLE = 'termlens-toggle-site';
const LOOKUP = 'termlens-look-up';
const ADD = 'termlens-add-term';
const MUTE = 'termlens-dont-mark';
const EXPLAIN = 'termlens-explain';
// The explain page's own limit on a text (entrypoints/explain/paragraphs.ts keeps the same).
const EXPLAIN_LIMIT = 2_000_000;

/**
 * Five context-menu items: switch the site on or off, look the selection up
 * in the reference, add the selection to the reader's own glossary, explain
 * the selected text on the explain page, and, on a term TermLens marks, stop
 * marking it. The page says on each right-click whether a term is under the
 * pointer (the 'context-term' message), and that item shows only then, with
 * the term's name.
 */
export function setupMenus(signal: AbortSignal): void {
  onMessages({ 'context-term': (term) => showMuteItem(term) }, signal);
  // An item's title is fixed when it is made. Made again at every browser start as well as on install, the
  // titles follow a language changed since (the browser takes a new interface language only on a restart).
  const createMenus = () => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: TOGGLE,
        title: t('page.menuToggleSite'),
        contexts: ['page', 'selection', 'link'],
        documentUrlPatterns: WEB_PAGES,
      });
      browser.contextMenus.create({ id: LOOKUP, title: t('page.menuLookUp'), contexts: ['selection'] });
      browser.contextMenus.create({ id: ADD, title: t('page.menuAddTerm'), contexts: ['selection'] });
      browser.contextMenus.create({ id: EXPLAIN, title: t('page.menuExplain'), contexts: ['selection'] });
      browser.contextMenus.create({
        id: MUTE,
        title: t('page.menuDontMark'),
        contexts: ['page', 'selection', 'link'],
        documentUrlPatterns: WEB_PAGES,
        visible: false,
      });
    });
  };
  browser.runtime.onInstalled.addListener(createMenus);
  browser.runtime.onStartup.addListener(createMenus);
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === TOGGLE && tab?.id !== undefined) {
      await sendToTab(tab.id, { type: 'run-command', command: 'toggle-site' }).catch(() => undefined);
    } else if (info.menuItemId === MUTE && tab?.id !== undefined) {
      await sendToTab(tab.id, { type: 'mute-context-term' }, info.frameId ?? 0).catch(() => undefined);
    } else if (info.menuItemId === LOOKUP && info.selectionText) {
      await openReference({ query: info.selectionText.trim().slice(0, 200) }, tab?.index);
    } else if (info.menuItemId === ADD && info.selectionText) {
      await openAddTerm(info.selectionText);
    } else if (info.menuItemId === EXPLAIN && info.selectionText) {
      await openExplain(info.selectionText, tab?.index);
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

/** Shows the "Don't mark" item, named after the term, only when the right-click was on one. */
export function showMuteItem(term: { id: string | null; headword: string }): void {
  void browser.contextMenus
    .update(MUTE, {
      visible: term.id !== null,
      ...(term.id !== null ? { title: t('page.menuDontMarkTerm', { term: term.headword }) } : {}),
    })
    .catch(() => undefined);
}

/** The explain page with the selected text, in a new tab beside the page it came from. */
export async function openExplain(selection: string, afterIndex?: number): Promise<void> {
  await saveExplainSelection(selection.slice(0, EXPLAIN_LIMIT));
  const url = browser.runtime.getURL('/explain.html?from=selection');
  await browser.tabs.create({ url, ...(afterIndex !== undefined ? { index: afterIndex + 1 } : {}) });
}
