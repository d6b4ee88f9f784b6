/**
 * Outside an extension there is no `browser.i18n`: the Node and browser-mode
 * test runs get one that answers from locales/en.yml, as Chrome would from
 * _locales/en/messages.json ($1…$9 substitutions, $$ for a dollar sign).
 * The messages arrive through `define` in vitest.config.ts and vitest.browser.config.ts.
 */
declare const __TERMLENS_TEST_MESSAGES__: Record<string, string>;

const builtIn: Record<string, string> = { '@@ui_locale': 'en', '@@bidi_dir': 'ltr' };

function getMessage(name: string, substitutions?: string | string[]): string {
  const message = __TERMLENS_TEST_MESSAGES__[name] ?? builtIn[name] ?? '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

export const i18n = { getMessage, getUILanguage: () => 'en' };
const g = globalThis as { chrome?: Record<string, unknown>; browser?: Record<string, unknown> };
g.chrome = { ...g.chrome, i18n };
if (g.browser) g.browser.i18n = i18n;
