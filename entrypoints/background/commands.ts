import { browser } from 'wxt/browser';
import { activeTabId } from '../../lib/active-tab';
import { isCommandName } from '../../lib/extension-manifest';
import { sendToTab } from '../../lib/messages';

/** Keyboard commands act on the page in the active tab; its content script does the work. */
export function setupCommands(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (!isCommandName(command)) return;
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId === undefined) return;
    await sendToTab(tabId, { type: 'run-command', command }).catch(() => {
      // No content script there (a browser page, the Web Store): nothing to do.
    });
  });
}
