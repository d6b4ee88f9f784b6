import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ShortcutRow } from '../../components/Shortcuts';
import { isCommandName } from '../../lib/extension-manifest';

/** The commands with the keys the reader set, read again whenever the page comes back into view. */
export function useShortcuts(): ShortcutRow[] | null {
  const [rows, setRows] = useState<ShortcutRow[] | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    const read = () =>
      void browser.commands.getAll().then((all) =>
        setRows(
          all
            .filter((c) => isCommandName(c.name))
            .map((c) => ({
              name: c.name!,
              // The browser translates the manifest's __MSG_commands_…__ descriptions.
              description: c.description ?? c.name!,
              shortcut: c.shortcut ?? '',
            })),
        ),
      );
    read();
    // The reader sets keys on another page: show them on return.
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && read(), {
      signal: ac.signal,
    });
    return () => ac.abort();
  }, []);
  return rows;
}

/** Firefox (137+) opens its own shortcuts panel; Chromium has a page for it. */
export function openShortcutSettings(): void {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
