import { browser } from 'wxt/browser';
import { WEB_PAGES } from '../../lib/extension-manifest';
import { askPageState } from './ask-page';

/**
 * Whether TermLens may read web pages at all. The content script's match
 * patterns are its host permissions; Chrome grants them at install, but a
 * reader can withhold them ("on click", "on specific sites"), and Firefox
 * MV3 treats them as opt-in: granted at install only while the pref
 * `extensions.originControls.grantByDefault` is true, and revocable in the
 * Add-ons Manager. When the page does not answer the popup, this tells a
 * missing grant from a page no extension may read.
 */

/** The content script's matches (wxt.config.ts / entrypoints/content): every http and https page. */
const ALL_SITES = WEB_PAGES;

export type HostAccess =
  /** Nothing to say: the page answered, or it is one no extension may read. */
  | 'ok'
  /** TermLens has not been allowed to read web pages. */
  | 'needs-grant'
  /** Allowed now, but this page was loaded before: only a reload brings TermLens in. */
  | 'needs-reload';

/** True or false as the browser says; null when it cannot say (then the popup claims nothing). */
export async function hasAllSitesAccess(): Promise<boolean | null> {
  try {
    return await browser.permissions.contains({ origins: ALL_SITES });
  } catch {
    return null;
  }
}

/**
 * Asks the reader to allow TermLens on all sites. Browsers accept the
 * request only straight from a user action: call it synchronously in a
 * click handler, before any await. Resolves false when refused or failed.
 */
export function requestAllSitesAccess(): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: ALL_SITES }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** With host access granted the tab's URL is visible: is it a web page TermLens could read? */
async function isWebPage(tabId: number): Promise<boolean> {
  try {
    const { url } = await browser.tabs.get(tabId);
    return !!url && /^https?:/.test(url);
  } catch {
    return false;
  }
}

/** What to tell the reader about a tab whose content script did not answer. */
export async function hostAccessFor(tabId: number | null): Promise<HostAccess> {
  const granted = await hasAllSitesAccess();
  if (granted === null) return 'ok';
  if (!granted) return 'needs-grant';
  return tabId !== null && (await isWebPage(tabId)) ? 'needs-reload' : 'ok';
}

const RELOAD_WAIT_MS = 8000;
const ASK_EVERY_MS = 150;
const ASK_TIMEOUT_MS = 1000;

/**
 * Reloads the tab and waits until TermLens's content script in it answers:
 * the old document had none, so any answer comes from the reloaded page.
 * Resolves false if it has not answered in a few seconds.
 */
export async function reloadAndWait(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.reload(tabId);
  } catch {
    return false; // the tab went away meanwhile
  }
  const deadline = Date.now() + RELOAD_WAIT_MS;
  const uncancelled = new AbortController().signal; // the wait ends at its deadline, never sooner
  while (Date.now() < deadline) {
    if ((await askPageState(tabId, uncancelled, ASK_TIMEOUT_MS)) !== null) return true;
    await new Promise((resolve) => setTimeout(resolve, ASK_EVERY_MS));
  }
  return false;
}
