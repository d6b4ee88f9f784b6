import type { Theme } from './settings';
import { loadSettings, watchSettings } from './storage';

/**
 * Puts the theme setting on the page's root element as data-theme, where
 * components/theme.css picks it up ("auto" leaves it to prefers-color-scheme),
 * and keeps it in step when the setting changes in another page.
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
}

export function followThemeSetting(signal: AbortSignal): void {
  void loadSettings().then((s) => !signal.aborted && applyTheme(s.theme));
  watchSettings((s) => applyTheme(s.theme), signal);
}
