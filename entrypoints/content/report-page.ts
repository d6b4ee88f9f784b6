import { sendToBackground, type PageState, type PageStats } from '../../lib/messages';
import type { SiteStatus } from '../../lib/site-rules';
import type { PageEngine } from './engine';
import type { PageSession } from './page-session';
import { headwordOf } from './glossary-data';

/** What the popup shows for this page: the site's status and the terms found, most frequent first. */
export function pageState(hostname: string, status: SiteStatus, engine: PageEngine | null): PageState {
  const terms = engine
    ? [...engine.index.counts()]
        .map(([id, count]) => ({ id, headword: headwordOf(id), count }))
        .sort((a, b) => b.count - a.count || a.headword.localeCompare(b.headword))
    : [];
  return {
    hostname,
    on: status.on,
    reason: status.reason,
    ...(status.rule ? { rule: status.rule } : {}),
    ...(status.parent ? { parent: status.parent } : {}),
    terms,
    scanning: engine?.stats.scanning ?? false,
  };
}

let lastReport = '';
let timer: ReturnType<typeof setTimeout> | null = null;

/** Tells the background how many distinct terms to show on the toolbar badge (throttled, deduplicated). */
export function reportTerms(engine: PageEngine | null, on: boolean): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    const distinct = on && engine ? engine.index.counts().size : 0;
    const key = `${on}:${distinct}`;
    if (key === lastReport) return;
    lastReport = key;
    sendToBackground({ type: 'report-terms', distinct, on }).catch(() => {
      lastReport = ''; // the background was asleep or reloading: report again next time
    });
  }, 150);
}

/** The engine's own figures, for the benchmark and the browser tests. */
export function pageStats({ engine, observer }: PageSession): PageStats {
  const size = engine.index.size;
  return {
    ...engine.stats,
    occurrences: size.occurrences,
    highlighted: engine.highlighter.count,
    indexedNodes: size.nodes,
    blocks: size.blocks,
    contextSatisfied: engine.contextSatisfied,
    observerBatches: observer.batches,
    observerBackoffs: observer.backoffs,
  };
}
