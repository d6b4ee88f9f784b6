import { browser } from 'wxt/browser';

/** The active tab of the current window: whom a command or a plain popup acts for. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
