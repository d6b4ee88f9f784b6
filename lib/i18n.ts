/**
 * The interface's words. Every string a reader sees comes from locales/<lang>.yml
 * through `t` (the browser picks the language: its own interface language, falling
 * back to English); tests/unit/ui-strings.test.ts fails on text that bypasses it.
 * The glossary's texts stay English; pages say so once (`definitionsInEnglish`).
 */
import { i18n } from '#i18n';

export const t = i18n.t;

/** The interface's language as the browser chose it, e.g. "es" or "en_US". */
const uiLocale = (): string => i18n.t('@@ui_locale') || 'en';

/** BCP 47 tag of the interface's language, for `lang` attributes ("en-US"). */
const uiLanguageTag = (): string => uiLocale().replace('_', '-');

/** True when the interface is not English, so pages should say that definitions are. */
export const definitionsInAnotherLanguage = (): boolean => !uiLocale().toLowerCase().startsWith('en');

/** An extension page's <html lang>, dir and title, in the interface's language. */
export function localizeDocument(title: string): void {
  document.documentElement.lang = uiLanguageTag();
  document.documentElement.dir = i18n.t('@@bidi_dir') || 'ltr';
  document.title = title;
}
