import { afterFirstPaint } from '../../components/after-next-paint';
import type { SearchIndex } from '../../glossary/search';
import { parsePageState, type PageState } from '../../lib/messages';
import { loadStored, type StoredPair } from '../../lib/storage';
import { activeTabId } from '../../lib/active-tab';
import { askPageState, tabFromSearch } from './ask-page';
import { takeFirstAsk } from './first-ask';

/**
 * What the popup starts the moment its script runs, before the first render:
 * the question to the page (or the one its start script asked already, see
 * first-ask.ts) and the read of the stored settings and site rules. Started
 * here, both answers are often in by the first paint; asked from effects,
 * neither would even start before it (Preact runs effects after the paint).
 * The glossary (130 kB, a chunk of its own) is fetched only after the page's
 * terms are on screen: they are what the reader opened the popup for, and
 * parsing the glossary and laying out its list first would hold them back.
 */
export interface EarlyStart {
  /** The target tab and the page's first answer (null: the page did not answer); null when there is no tab. */
  page: Promise<{ tabId: number; first: Promise<PageState | null> } | null>;
  /** The page's state if its answer (to the start script's question) was in as this code started: drawn at once. */
  answered: { tabId: number; state: PageState } | null;
  stored: Promise<StoredPair>;
  /** The glossary, once loaded and once the page's terms (or its silence) have been painted. */
  glossary: Promise<SearchIndex>;
}

/** How long the glossary list waits for the page's answer before it is drawn anyway. */
const PAGE_FIRST_MS = 150;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const firstPaint = () => new Promise<void>((resolve) => afterFirstPaint(resolve));

export function startEarly(lifetime: AbortSignal): EarlyStart {
  let answered: EarlyStart['answered'] = null;
  const ask = (tabId: number | null | undefined) => {
    if (tabId === null || tabId === undefined) return null;
    const early = takeFirstAsk(tabId);
    if (!early?.settled) return { tabId, first: askPageState(tabId, lifetime, undefined, early?.answer) };
    // One parse, so that the state drawn first and the one the page follower receives are the same object.
    const state = parsePageState(early.settled.value);
    if (state) answered = { tabId, state };
    return { tabId, first: Promise.resolve(state) };
  };
  // When the URL names the tab, the question is taken over (or leaves) now, synchronously, before the first render.
  const given = tabFromSearch(location.search);
  const page =
    given !== undefined
      ? Promise.resolve(ask(given))
      : activeTabId()
          .catch(() => null)
          .then(ask);
  const stored = loadStored();
  const firstAnswer = page.then((p) => p?.first);
  const glossary = Promise.race([firstAnswer, delay(PAGE_FIRST_MS)])
    .then(firstPaint)
    .then(() => import('./glossary-index'))
    .then((m) => m.loadIndex());
  return { page, answered, stored, glossary };
}
