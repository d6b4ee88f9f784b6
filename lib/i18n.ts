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

/** A number as the interface's language writes it: "4,998" in English, "4998" and "20.000" in Spanish. */
export const formatNumber = (n: number, options?: Intl.NumberFormatOptions): string =>
  new Intl.NumberFormat(uiLanguageTag(), options).format(n);

// Made on first use and kept: building a date format loads locale data, which would cost every page the
// content script runs on, though only extension pages and the entry view show dates.
const dayFormats = new Map<boolean, Intl.DateTimeFormat>();

/**
 * A day as the interface's language writes it ("30 November 2026", "30 de noviembre de 2026"). `utc` for a
 * date that names a day rather than a moment ("2026-11-30", read as midnight UTC), so no time zone moves it.
 */
export function formatDay(date: Date, utc = false): string {
  let format = dayFormats.get(utc);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
    format = new Intl.DateTimeFormat(uiLanguageTag(), utc ? { ...options, timeZone: 'UTC' } : options);
    dayFormats.set(utc, format);
  }
  return format.format(date);
}

/** An extension page's <html lang>, dir and title, in the interface's language. */
export function localizeDocument(title: string): void {
  document.documentElement.lang = uiLanguageTag();
  document.documentElement.dir = i18n.t('@@bidi_dir') || 'ltr';
  document.title = title;
}
