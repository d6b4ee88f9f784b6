import { browser } from 'wxt/browser';
import { sendToTab, type CommandName } from '../../lib/messages';

const COMMANDS = new Set<string>(['toggle-site', 'next-term', 'previous-term']);

/** Keyboard commands act on the page in the active tab; its content script does the work. */
export function setupCommands(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (!COMMANDS.has(command)) return;
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId === undefined) return;
    await sendToTab(tabId, { type: 'run-command', command: command as CommandName }).catch(() => {
      // No content script there (a browser page, the Web Store): nothing to do.
    });
  });
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
