import { browser, type Browser } from 'wxt/browser';
import { isEntryId } from '../glossary/entry-id';
import { isCommandName, type CommandName } from './extension-manifest';
import { isRecord } from './guards';
import { normaliseSitePattern, SITE_REASONS, type SiteReason } from './site-rules';

/**
 * Every message between the popup, the background and the content script,
 * in one typed map. Each has a check that runs on receipt: anything that does
 * not fit is dropped, so a confused or hostile sender cannot make a context
 * act on malformed data.
 */

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
  /** When the frame's document started (performance.timeOrigin), to tell its frames from a page left behind. */
  since?: number;
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
  /** Marks placed on the page. */
  highlighted: number;
  /** Of those, drawn now: past mark-window.ts WINDOW_FROM marks, only those near the view. */
  drawn: number;
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
  /**
   * content (every frame) → background and any open popup: the frame's state, pushed whenever it changes
   * (terms found, switched on or off). The background sets the badge from the tab's frames; a popup shows the
   * top frame's and reads the others' from the background's record (lib/frame-terms.ts).
   */
  'page-state-changed': { request: { state: PageState }; response: void };
  /** bench/tests → content (top frame): the engine's own figures for this page. */
  'get-stats': { request: Record<string, never>; response: PageStats | null };
  /** content → background: open the reference at an entry in a new tab. */
  'open-reference': { request: { id?: string; query?: string }; response: void };
  /**
   * content (any frame) → background, on a right-click: the term under the pointer (its entry and
   * headword), or none, so the context menu offers "Don't mark" only on a term.
   */
  'context-term': { request: { id: string | null; headword: string }; response: void };
  /** background → content (the frame that was right-clicked): mute the term the menu was opened on. */
  'mute-context-term': { request: Record<never, never>; response: { ok: boolean } };
}

export type MessageType = keyof MessageMap;
export type Message<T extends MessageType = MessageType> = { type: T } & MessageMap[T]['request'];
export type Response<T extends MessageType> = MessageMap[T]['response'];

const MAX_PAGE_TERMS = 500;

function parseTerm(raw: unknown): PageTerm | null {
  if (!isRecord(raw)) return null;
  const { id, headword, count } = raw;
  if (!isEntryId(id)) return null;
  if (typeof headword !== 'string' || !headword || headword.length > 80) return null;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return null;
  return { id, headword, count };
}

/** A site rule's name as the page reports it, if it is one. */
const siteOrNothing = (v: unknown): string | undefined =>
  typeof v === 'string' && normaliseSitePattern(v) === v ? v : undefined;

/** A page state, sent or answered, if it has the expected shape, else null. */
export function parsePageState(raw: unknown): PageState | null {
  if (!isRecord(raw)) return null;
  const { hostname, on, reason, terms, scanning } = raw;
  if (typeof hostname !== 'string' || !hostname || hostname.length > 253) return null;
  if (typeof on !== 'boolean' || !SITE_REASONS.includes(reason as SiteReason) || !Array.isArray(terms)) return null;
  // A malformed term is dropped on its own; the rest of the page's answer still counts.
  const parsed = terms
    .slice(0, MAX_PAGE_TERMS)
    .map(parseTerm)
    .filter((t): t is PageTerm => t !== null);
  const rule = siteOrNothing(raw.rule);
  const parent = siteOrNothing(raw.parent);
  return {
    hostname,
    on,
    reason: reason as SiteReason,
    ...(rule ? { rule } : {}),
    ...(parent ? { parent } : {}),
    terms: parsed,
    scanning: scanning === true,
    ...(typeof raw.since === 'number' && Number.isFinite(raw.since) ? { since: raw.since } : {}),
  };
}

const CHECKS: { [T in MessageType]: (m: Record<string, unknown>) => boolean } = {
  'get-page-state': () => true,
  'get-stats': () => true,
  'reveal-term': (m) => isEntryId(m.id),
  'run-command': (m) => isCommandName(m.command),
  'page-state-changed': (m) => parsePageState(m.state) !== null,
  'open-reference': (m) =>
    (m.id === undefined || isEntryId(m.id)) &&
    (m.query === undefined || (typeof m.query === 'string' && m.query.length <= 200)),
  'context-term': (m) =>
    (m.id === null || isEntryId(m.id)) && typeof m.headword === 'string' && m.headword.length <= 120,
  'mute-context-term': () => true,
};

/** The message if it is one of ours and well-formed, else null. */
export function parseMessage(raw: unknown): Message | null {
  if (!isRecord(raw) || typeof raw.type !== 'string' || !Object.hasOwn(CHECKS, raw.type)) return null;
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
  // Answers through sendResponse (returning true keeps it open), which Chrome's own API, Firefox's and the
  // polyfill all accept: the content script runs without the polyfill (lib/native-browser.ts), and Chrome's
  // own onMessage does not take a returned promise as the answer. A handler that fails answers nothing.
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer?: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseMessage(raw);
    if (!message) return undefined;
    const handler = handlers[message.type] as ((m: Message, s: typeof sender) => unknown) | undefined;
    if (!handler) return undefined;
    Promise.resolve()
      .then(() => handler(message, sender))
      .then(sendResponse, () => sendResponse(undefined));
    return true as const;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

export function sendToBackground<T extends MessageType>(message: Message<T>): Promise<Response<T>> {
  return browser.runtime.sendMessage(message) as Promise<Response<T>>;
}

/** Sends to one frame of the tab, by default the top frame: it speaks for the page in the popup. */
export function sendToTab<T extends MessageType>(
  tabId: number,
  message: Message<T>,
  frameId = 0,
): Promise<Response<T>> {
  return browser.tabs.sendMessage(tabId, message, { frameId }) as Promise<Response<T>>;
}
