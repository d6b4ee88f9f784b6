import { alphabetical } from '../../glossary/alphabetical';
import { sendToBackground, type PageState, type PageStats, type PageTerm } from '../../lib/messages';
import type { SiteStatus } from '../../lib/site-rules';
import type { PageEngine } from './engine';
import type { PageSession } from './page-session';
import { headwordOf } from './glossary-data';

/** The distinct terms found, most frequent first: "On this page". */
export function pageTerms(engine: PageEngine): PageTerm[] {
  return [...engine.index.counts()]
    .map(([id, count]) => ({ id, headword: headwordOf(id), count }))
    .sort((a, b) => b.count - a.count || alphabetical(a.headword, b.headword));
}

/** What the popup shows for this page: the site's status and the terms found, most frequent first. */
export function pageState(hostname: string, status: SiteStatus, engine: PageEngine | null): PageState {
  const terms = engine ? pageTerms(engine) : [];
  return {
    hostname,
    on: status.on,
    reason: status.reason,
    ...(status.rule ? { rule: status.rule } : {}),
    ...(status.parent ? { parent: status.parent } : {}),
    terms,
    scanning: engine?.stats.scanning ?? false,
    since: Math.round(performance.timeOrigin),
  };
}

let lastPushed = '';
let timer: ReturnType<typeof setTimeout> | null = null;
// One abort listener per signal, not one per push.
const watched = new WeakSet<AbortSignal>();

/**
 * Pushes the page's state to the background (for the badge) and to an open
 * popup, shortly after it changes (throttled, and only when it differs from
 * the last push), so neither has to poll the page.
 */
export function pushPageState(state: () => PageState, signal: AbortSignal): void {
  if (timer) clearTimeout(timer);
  if (!watched.has(signal)) {
    watched.add(signal);
    signal.addEventListener('abort', () => timer && clearTimeout(timer), { once: true });
  }
  timer = setTimeout(() => {
    timer = null;
    if (signal.aborted) return;
    const current = state();
    const key = JSON.stringify(current);
    if (key === lastPushed) return;
    lastPushed = key;
    sendToBackground({ type: 'page-state-changed', state: current }).catch(() => {
      lastPushed = ''; // nobody listened (the background was asleep or reloading): push again next time
    });
  }, 150);
}

/** The engine's own figures, for the benchmark and the browser tests. */
export function pageStats({ engine }: PageSession): PageStats {
  const size = engine.index.size;
  return {
    ...engine.stats,
    occurrences: size.occurrences,
    highlighted: engine.highlighter.count,
    drawn: engine.highlighter.drawn,
    indexedNodes: size.nodes,
    blocks: size.blocks,
    contextSatisfied: engine.contextSatisfied,
    observerBatches: engine.observer.batches,
    observerBackoffs: engine.observer.backoffs,
  };
}
