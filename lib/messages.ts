import { browser, type Browser } from 'wxt/browser';
import type { SiteReason } from './site-rules';

/**
 * Every message between the popup, the background and the content script,
 * in one typed map. Each has a check that runs on receipt: anything that does
 * not fit is dropped, so a confused or hostile sender cannot make a context
 * act on malformed data.
 */

export type CommandName = 'toggle-site' | 'next-term' | 'previous-term';

export interface PageTerm {
  id: string;
  headword: string;
  count: number;
}

export interface PageState {
  hostname: string;
  on: boolean;
  reason: SiteReason;
  /** The site rule that decided, and for an exception the parent rule it overrides (see SiteStatus). */
  rule?: string;
  parent?: string;
  /** Distinct terms highlighted on the page, most frequent first. */
  terms: PageTerm[];
  /** True while the first scan of the page is still running. */
  scanning: boolean;
}

/** The content script engine's own running figures. */
export interface EngineStats {
  textNodes: number;
  segments: number;
  scanning: boolean;
  firstScanMs: number | null;
  longestSliceMs: number;
  busyMs: number;
  rescans: number;
  shadowRoots: number;
  /** performance.now() when the engine started, on the page's clock. */
  startedAt: number;
}

/** What 'get-stats' answers: the engine's figures plus the index's and the observer's. */
export interface PageStats extends EngineStats {
  occurrences: number;
  highlighted: number;
  indexedNodes: number;
  blocks: number;
  contextSatisfied: boolean;
  observerBatches: number;
  observerBackoffs: number;
}

interface MessageMap {
  /** popup → content (top frame): what is on this page and is TermLens on here. */
  'get-page-state': { request: Record<never, never>; response: PageState };
  /** popup → content: scroll to the next occurrence of a term and open its tooltip. */
  'reveal-term': { request: { id: string }; response: { found: boolean } };
  /** background → content: a keyboard command or context-menu item for this tab. */
  'run-command': { request: { command: CommandName }; response: { ok: boolean } };
  /** content → background: how many distinct terms the page shows, for the toolbar badge. */
  'report-terms': { request: { distinct: number; on: boolean }; response: void };
  /** bench/tests → content (top frame): the engine's own figures for this page. */
  'get-stats': { request: Record<string, never>; response: PageStats | null };
  /** content → background: open the reference at an entry in a new tab. */
  'open-reference': { request: { id?: string; query?: string }; response: void };
}

export type MessageType = keyof MessageMap;
export type Message<T extends MessageType = MessageType> = { type: T } & MessageMap[T]['request'];
export type Response<T extends MessageType> = MessageMap[T]['response'];

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9-]{1,80}$/.test(v);
const COMMANDS: CommandName[] = ['toggle-site', 'next-term', 'previous-term'];

const CHECKS: { [T in MessageType]: (m: Record<string, unknown>) => boolean } = {
  'get-page-state': () => true,
  'get-stats': () => true,
  'reveal-term': (m) => isId(m.id),
  'run-command': (m) => COMMANDS.includes(m.command as CommandName),
  'report-terms': (m) =>
    typeof m.on === 'boolean' && typeof m.distinct === 'number' && Number.isInteger(m.distinct) && m.distinct >= 0,
  'open-reference': (m) =>
    (m.id === undefined || isId(m.id)) &&
    (m.query === undefined || (typeof m.query === 'string' && m.query.length <= 200)),
};

/** The message if it is one of ours and well-formed, else null. */
export function parseMessage(raw: unknown): Message | null {
  if (!isObj(raw) || typeof raw.type !== 'string' || !Object.hasOwn(CHECKS, raw.type)) return null;
  return CHECKS[raw.type as MessageType](raw) ? (raw as unknown as Message) : null;
}

type Handlers = {
  [T in MessageType]?: (
    message: Message<T>,
    sender: Browser.runtime.MessageSender,
  ) => Response<T> | Promise<Response<T>>;
};

/**
 * Listens for our messages until the signal aborts. Only messages from this
 * extension are accepted; web pages cannot reach runtime.onMessage anyway
 * (there is no externally_connectable), but the check costs nothing.
 */
export function onMessages(handlers: Handlers, signal: AbortSignal): void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseMessage(raw);
    if (!message) return undefined;
    const handler = handlers[message.type] as ((m: Message, s: typeof sender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

export function sendToBackground<T extends MessageType>(message: Message<T>): Promise<Response<T>> {
  return browser.runtime.sendMessage(message) as Promise<Response<T>>;
}

/** Sends to the tab's top frame: it speaks for the page in the popup and the badge. */
export function sendToTab<T extends MessageType>(tabId: number, message: Message<T>): Promise<Response<T>> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<Response<T>>;
}
