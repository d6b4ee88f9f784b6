import type { Settings, Theme } from './settings';
import { loadSettings, rememberTheme, rememberedTheme, watchSettings } from './storage';

/**
 * Puts the theme setting on the page's root element as data-theme, where
 * components/theme.css picks it up ("auto" leaves it to prefers-color-scheme),
 * and keeps it in step when the setting changes in another page. The copy
 * kept by rememberTheme is applied first, before the setting is read.
 */
function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  // "auto" is the stylesheet's default, so it is the attribute's absence; an attribute set to the value it
  // already had (or to "auto") would still make the browser restyle the whole page, just as the popup opens.
  if (theme === 'auto') delete root.dataset.theme;
  else if (root.dataset.theme !== theme) root.dataset.theme = theme;
}

function applyAndRemember(theme: Theme): void {
  applyTheme(theme);
  rememberTheme(theme);
}

/** `first`: settings already being read, so a page that needs them anyway asks storage once. */
export function followThemeSetting(signal: AbortSignal, first: Promise<Settings> = loadSettings()): void {
  const last = rememberedTheme();
  if (last) applyTheme(last);
  void first.then((s) => !signal.aborted && applyAndRemember(s.theme));
  watchSettings((s) => applyAndRemember(s.theme), signal);
}
