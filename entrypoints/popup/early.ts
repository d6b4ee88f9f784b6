import { afterNextPaint } from '../../components/after-next-paint';
import type { SearchIndex } from '../../glossary/search';
import type { PageState } from '../../lib/messages';
import { loadStored, type StoredPair } from '../../lib/storage';
import { activeTabId } from '../../lib/active-tab';
import { askPageState, tabFromSearch } from './ask-page';

/**
 * What the popup starts the moment its script runs, before the first render:
 * the question to the page and the read of the stored settings and site
 * rules. Started here, both answers are often in by the first paint; asked
 * from effects, neither would even start before it (Preact runs effects
 * after the paint). The glossary (130 kB, a chunk of its own) is fetched
 * only after the page's terms are on screen: they are what the reader opened
 * the popup for, and parsing the glossary and laying out its list first
 * would hold them back.
 */
export interface EarlyStart {
  /** The target tab and the page's first answer (null: the page did not answer); null when there is no tab. */
  page: Promise<{ tabId: number; first: Promise<PageState | null> } | null>;
  stored: Promise<StoredPair>;
  /** The glossary, once loaded and once the page's terms (or its silence) have been painted. */
  glossary: Promise<SearchIndex>;
}

/** How long the glossary list waits for the page's answer before it is drawn anyway. */
const PAGE_FIRST_MS = 150;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const nextPaint = () => new Promise<void>((resolve) => afterNextPaint(resolve));

export function startEarly(lifetime: AbortSignal): EarlyStart {
  const ask = (tabId: number | null | undefined) =>
    tabId === null || tabId === undefined ? null : { tabId, first: askPageState(tabId, lifetime) };
  // When the URL names the tab, the question leaves now, synchronously, before the first render takes the thread.
  const given = tabFromSearch(location.search);
  const page =
    given !== undefined
      ? Promise.resolve(ask(given))
      : activeTabId()
          .catch(() => null)
          .then(ask);
  const stored = loadStored();
  const answered = page.then((p) => p?.first);
  const glossary = Promise.race([answered, delay(PAGE_FIRST_MS)])
    .then(nextPaint)
    .then(() => import('./glossary-index'))
    .then((m) => m.loadIndex());
  return { page, stored, glossary };
}
