import type { Settings, Theme } from './settings';
import { loadSettings, watchSettings } from './storage';
import { applyRememberedTheme, applyTheme, rememberTheme } from './theme-copy';

function applyAndRemember(theme: Theme): void {
  applyTheme(theme);
  rememberTheme(theme);
}

/**
 * Keeps the page's theme in step with the setting, when it is read and when
 * another page changes it. The copy kept by rememberTheme (lib/theme-copy.ts)
 * is applied first, before the setting is read.
 * `first`: settings already being read, so a page that needs them anyway asks storage once.
 */
export function followThemeSetting(signal: AbortSignal, first: Promise<Settings> = loadSettings()): void {
  applyRememberedTheme();
  void first.then((s) => !signal.aborted && applyAndRemember(s.theme));
  watchSettings((s) => applyAndRemember(s.theme), signal);
}
