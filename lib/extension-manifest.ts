/**
 * The parts of the manifest that code also needs at run time, written once:
 * wxt.config.ts builds the manifest from them, and the content script, the
 * popup's host-access request, the context menus and the command handlers
 * read the same values. Pure data: wxt.config.ts imports it at build time.
 */

/** The pages TermLens reads: the content script's matches and the host access it asks for. */
export const WEB_PAGES = ['http://*/*', 'https://*/*'];

export const COMMANDS = {
  'toggle-site': { key: 'Alt+Shift+T', description: 'Turn TermLens on or off for this site' },
  'next-term': { key: 'Alt+Shift+Period', description: 'Go to the next term on the page' },
  'previous-term': { key: 'Alt+Shift+Comma', description: 'Go to the previous term on the page' },
} as const;

export type CommandName = keyof typeof COMMANDS;

export const isCommandName = (v: unknown): v is CommandName => typeof v === 'string' && Object.hasOwn(COMMANDS, v);
