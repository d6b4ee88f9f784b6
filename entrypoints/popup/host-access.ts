import { browser } from 'wxt/browser';

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
export const ALL_SITES = ['http://*/*', 'https://*/*'];

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

export async function reloadTab(tabId: number): Promise<void> {
  try {
    await browser.tabs.reload(tabId);
  } catch {
    // The tab went away meanwhile: nothing to reload.
  }
}
