import { browser } from 'wxt/browser';
import { sendToTab, type PageState, type PageTerm } from '../../lib/messages';
import { normaliseSitePattern, SITE_REASONS, type SiteReason } from '../../lib/site-rules';

/**
 * Asking the tab's top-frame content script what is on the page. Without the
 * `tabs` permission the popup cannot read the tab's URL, so the content script
 * is the only source of the hostname; when it does not answer (a browser page,
 * the Web Store, the PDF viewer) the popup says it cannot read the page.
 */

const MAX_TERMS = 500;
const ANSWER_TIMEOUT_MS = 2000;
const POLL_MS = 200;
const MAX_POLLS = 25;

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function parseTerm(raw: unknown): PageTerm | null {
  if (!isObj(raw)) return null;
  const { id, headword, count } = raw;
  if (typeof id !== 'string' || !/^[a-z0-9-]{1,80}$/.test(id)) return null;
  if (typeof headword !== 'string' || !headword || headword.length > 80) return null;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return null;
  return { id, headword, count };
}

/** A site rule's name as the page reports it, if it is one. */
const siteOrNothing = (v: unknown): string | undefined =>
  typeof v === 'string' && normaliseSitePattern(v) === v ? v : undefined;

/** The content script's answer if it has the expected shape, else null: a reply is checked like any message. */
export function parsePageState(raw: unknown): PageState | null {
  if (!isObj(raw)) return null;
  const { hostname, on, reason, terms, scanning } = raw;
  if (typeof hostname !== 'string' || !hostname || hostname.length > 253) return null;
  if (typeof on !== 'boolean' || !SITE_REASONS.includes(reason as SiteReason) || !Array.isArray(terms)) return null;
  // A malformed term is dropped on its own; the rest of the page's answer still counts.
  const parsed = terms
    .slice(0, MAX_TERMS)
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
  };
}

/**
 * The tab named by `?tab=<id>`: the background gives each page's popup its
 * tab this way, and tests open popup.html in a tab of their own with it.
 * undefined when the URL names none; null when what it names is not a tab id.
 */
export function tabFromSearch(search: string): number | null | undefined {
  const param = new URLSearchParams(search).get('tab');
  if (param === null) return undefined;
  return /^\d{1,10}$/.test(param) ? Number(param) : null;
}

/** The active tab of the popup's window: whom the popup speaks for when its URL names no tab. */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** One question to the page: its state, or null when nothing answers within `timeoutMs`. */
export async function askPageState(
  tabId: number,
  signal: AbortSignal,
  timeoutMs = ANSWER_TIMEOUT_MS,
): Promise<PageState | null> {
  const answer = sendToTab(tabId, { type: 'get-page-state' }).then(parsePageState, () => null);
  return Promise.race([answer, sleep(timeoutMs, signal).then(() => null)]);
}

async function tabIsLoading(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.get(tabId)).status === 'loading';
  } catch {
    return false;
  }
}

/**
 * Reports the page state, then keeps asking while the page is still loading,
 * still scanning, or has not yet caught up with a switch the reader just
 * flipped (`expectOn`): the content script reacts to storage on its own, a
 * moment after the popup writes it. `onState(null)` means unreadable.
 * `firstAnswer` is a question already asked (the popup asks before it renders).
 */
export async function followPageState(
  tabId: number,
  onState: (state: PageState | null) => void,
  signal: AbortSignal,
  expectOn?: boolean,
  firstAnswer?: Promise<PageState | null>,
): Promise<void> {
  for (let poll = 0; poll < MAX_POLLS && !signal.aborted; poll++) {
    const state = await (poll === 0 && firstAnswer ? firstAnswer : askPageState(tabId, signal));
    if (signal.aborted) return;
    if (!state) {
      if (poll + 1 < MAX_POLLS && (await tabIsLoading(tabId))) {
        await sleep(POLL_MS, signal);
        continue;
      }
      onState(null);
      return;
    }
    onState(state);
    const settled = !state.scanning && (expectOn === undefined || state.on === expectOn);
    if (settled) return;
    await sleep(POLL_MS, signal);
  }
}

export function revealTerm(tabId: number, id: string): Promise<boolean> {
  return sendToTab(tabId, { type: 'reveal-term', id }).then(
    (r) => isObj(r) && r.found === true,
    () => false,
  );
}
