/**
 * The interface's words. Every string a reader sees comes from locales/<lang>.yml
 * through `t` (the browser picks the language: its own interface language, falling
 * back to English); tests/unit/ui-strings.test.ts fails on text that bypasses it.
 * The glossary's texts stay English; pages say so once (`definitionsInEnglish`).
 */
import { i18n } from '#i18n';

export const t = i18n.t;

/**
 * The language the interface speaks (BCP 47, "en", "es"): the locale's own `ext.language`, so it
 * names the messages the browser actually picked (`@@ui_locale` and getUILanguage() describe the
 * browser, which may ask for a language TermLens does not have).
 */
export const uiLanguageTag = (): string => i18n.t('ext.language') || 'en';

/** True when the interface is not English, so pages should say that definitions are. */
export const definitionsInAnotherLanguage = (): boolean => uiLanguageTag() !== 'en';

/** An extension page's <html lang>, dir and title, in the interface's language. */
export function localizeDocument(title: string): void {
  document.documentElement.lang = uiLanguageTag();
  document.documentElement.dir = i18n.t('@@bidi_dir') || 'ltr';
  document.title = title;
}
