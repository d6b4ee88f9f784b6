import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { setupToolbarButton } from './toolbar-button';
import { setupCommands } from './commands';
import { setupMenus } from './menus';
import { setupReferenceOpener } from './open-reference';
import { upgradeStoredGlossaries } from '../../lib/own-glossaries';

// The background only relays: keyboard commands and menu clicks go to the
// tab's content script, term counts come back for the toolbar button. It keeps no
// state of its own, so an MV3 worker that is stopped and restarted loses nothing.
export default defineBackground(() => {
  const signal = new AbortController().signal; // lives as long as the worker
  setupToolbarButton(signal);
  setupCommands();
  setupMenus(signal);
  setupReferenceOpener(signal);
  // After an update, the reader's glossaries stored in an older shape are brought up once, here, instead of on every page.
  const onInstalled = ({ reason }: { reason: string }) => {
    if (reason === 'update') void upgradeStoredGlossaries().catch(() => undefined);
  };
  browser.runtime.onInstalled.addListener(onInstalled);
  signal.addEventListener('abort', () => browser.runtime.onInstalled.removeListener(onInstalled), { once: true });
});
