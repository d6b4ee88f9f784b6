/**
 * The parts of the manifest that code also needs at run time, written once:
 * wxt.config.ts builds the manifest from them, and the content script, the
 * popup's host-access request, the context menus and the command handlers
 * read the same values. Pure data: wxt.config.ts imports it at build time.
 */

/** The pages TermLens reads: the content script's matches and the host access it asks for. */
export const WEB_PAGES = ['http://*/*', 'https://*/*'];

/**
 * The keyboard commands. None has a suggested key: Option+Shift combinations
 * type characters on macOS (ˇ ˘ ¯), Alt+Shift switches the keyboard layout on
 * Windows, and the Ctrl+Shift letters are mostly the browser's or the
 * desktop's. Descriptions are locale messages (locales/*.yml, `commands`); the
 * browser fills them in, and `commands.getAll()` returns them translated. The reader assigns keys on the browser's shortcuts page, which
 * the options page opens (README, "Keyboard").
 */
export const COMMANDS = {
  'toggle-site': { description: '__MSG_commands_toggleSite__' },
  'next-term': { description: '__MSG_commands_nextTerm__' },
  'previous-term': { description: '__MSG_commands_previousTerm__' },
} as const;

export type CommandName = keyof typeof COMMANDS;

export const isCommandName = (v: unknown): v is CommandName => typeof v === 'string' && Object.hasOwn(COMMANDS, v);

/**
 * The files the content script imports (entrypoints/content/extension-module.ts): the engine, built from
 * entrypoints/content-engine.ts, and the tooltip's view, from entrypoints/tooltip-view.ts. Web-accessible, so that
 * the content script may import them.
 */
export const ENGINE_FILE = '/content-engine.js';
export const TOOLTIP_VIEW_FILE = '/tooltip-view.js';
