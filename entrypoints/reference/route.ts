import { isEntryId } from '../../glossary/entry-id';

/**
 * The reference's address is its state: `#entry-id` is the entry being read
 * (so tooltips' "More" links and the browser's back button work), `?q=text`
 * the search (the context menu's "Look up" fills it).
 */
export function entryFromHash(hash = location.hash): string | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  return isEntryId(id) ? id : null;
}

export function queryFromSearch(search = location.search): string {
  return (new URLSearchParams(search).get('q') ?? '').slice(0, 200);
}

/** Opens an entry as a new history step, so Back in the browser returns to where the reader was. */
export function pushEntry(id: string | null): void {
  const url = new URL(location.href);
  url.hash = id ?? '';
  history.pushState(null, '', id ? url.href : url.href.replace(/#$/, ''));
}

/** Keeps the query in the address without adding a history step per keystroke. */
export function replaceQuery(query: string): void {
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url.href);
}

export function onRouteChange(cb: () => void, signal: AbortSignal): void {
  window.addEventListener('hashchange', cb, { signal });
  window.addEventListener('popstate', cb, { signal });
}
