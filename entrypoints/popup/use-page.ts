import { useLayoutEffect, useState } from 'preact/hooks';
import type { PageState } from '../../lib/messages';
import type { EarlyStart } from './early';
import { followPageState } from './ask-page';

export type PageView =
  | { kind: 'loading'; tabId: number | null }
  | { kind: 'unreadable'; tabId: number | null }
  | { kind: 'ready'; tabId: number; state: PageState };

export interface PageHandle {
  page: PageView;
  /** Asks the page again (after the reader granted access and the tab reloaded). */
  refresh: () => void;
}

/**
 * One follower per popup: it knows the target tab, and a new question to the
 * page cancels the one still polling, so answers never arrive out of order.
 */
function createFollower(setPage: (page: PageView | ((shown: PageView) => PageView)) => void, lifetime: AbortSignal) {
  let tabId: number | null = null;
  let running: AbortController | null = null;

  const follow = (firstAnswer?: Promise<PageState | null>) => {
    if (tabId === null) return;
    const id = tabId;
    running?.abort();
    const ac = new AbortController();
    running = ac;
    const signal = AbortSignal.any([lifetime, ac.signal]);
    void followPageState(
      id,
      // The state drawn first (EarlyStart.answered) comes back here as the same object: no second render for it.
      (state) =>
        setPage((shown) =>
          shown.kind === 'ready' && shown.state === state && shown.tabId === id
            ? shown
            : state
              ? { kind: 'ready', tabId: id, state }
              : { kind: 'unreadable', tabId: id },
        ),
      signal,
      firstAnswer,
    );
  };

  const start = async (early: EarlyStart['page']) => {
    const target = await early;
    if (lifetime.aborted) return;
    tabId = target?.tabId ?? null;
    if (!target) setPage({ kind: 'unreadable', tabId: null });
    else follow(target.first);
  };

  return { start, follow };
}

/**
 * The page in the target tab, as its content script describes it; `early` is the question already asked, and
 * `answered` its answer when that was in before the first render.
 */
export function usePage(early: EarlyStart['page'], answered: EarlyStart['answered'] = null): PageHandle {
  const [page, setPage] = useState<PageView>(() =>
    answered ? { kind: 'ready', ...answered } : { kind: 'loading', tabId: null },
  );
  const [lifetime] = useState(() => new AbortController());
  const [follower] = useState(() => createFollower(setPage, lifetime.signal));

  // A layout effect: subscribed right after the first render, so an answer already in is shown before the first paint.
  useLayoutEffect(() => {
    void follower.start(early);
    return () => lifetime.abort();
  }, [follower, lifetime, early]);

  return { page, refresh: () => follower.follow() };
}
