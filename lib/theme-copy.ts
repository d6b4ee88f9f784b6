import type { Theme } from './settings';

/**
 * The last theme an extension page applied, kept in the extension's
 * localStorage so the next page can read it synchronously and be drawn in it
 * from its first frame: the setting itself is in storage, which only answers
 * asynchronously. This file imports nothing at run time, so the popup's
 * start script (entrypoints/popup-start.ts) can apply the theme before the
 * popup's main code has loaded. Extension pages only: in a content script,
 * localStorage is the web page's own.
 */
const THEME_COPY = 'termlens:last-theme';

/** The theme last applied, if light or dark ("auto" is kept as no copy at all). */
function rememberedTheme(): Theme | null {
  try {
    const v = localStorage.getItem(THEME_COPY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null;
  }
}

export function rememberTheme(theme: Theme): void {
  try {
    if (theme === 'auto') localStorage.removeItem(THEME_COPY);
    else localStorage.setItem(THEME_COPY, theme);
  } catch {
    // Storage may be unavailable (a browser policy); the theme still applies, only a little later next time.
  }
}

/**
 * Puts a theme on the page's root element as data-theme, where
 * components/theme.css picks it up ("auto" leaves it to prefers-color-scheme).
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  // "auto" is the stylesheet's default, so it is the attribute's absence; an attribute set to the value it
  // already had (or to "auto") would still make the browser restyle the whole page, just as the popup opens.
  if (theme === 'auto') delete root.dataset.theme;
  else if (root.dataset.theme !== theme) root.dataset.theme = theme;
}

/** The remembered theme, applied now, if there is one. */
export function applyRememberedTheme(): void {
  const last = rememberedTheme();
  if (last) applyTheme(last);
}
