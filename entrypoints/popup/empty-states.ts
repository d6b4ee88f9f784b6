import type { SiteStatus } from '../../lib/site-rules';
import type { PageView } from './use-page';

export interface EmptyState {
  title: string;
  detail?: string;
}

/**
 * Why "On this page" has nothing to list, or null when it has terms to show.
 * The site's status comes from storage once read (what the reader just
 * chose), so the message is right even before the page has caught up; until
 * then the page's own status stands in.
 */
export function pageTermsEmpty(
  page: PageView,
  status: SiteStatus | null,
  /** Terms found in the page and its frames. */
  found = page.kind === 'ready' ? page.state.terms.length : 0,
): EmptyState | null {
  if (page.kind === 'loading') return null;
  if (page.kind === 'unreadable') {
    return {
      title: "TermLens can't read this page",
      detail:
        'Browser pages, the extension store and the PDF viewer are closed to extensions. You can still search the glossary below.',
    };
  }
  if (!status) return null;
  if (!status.on) {
    const title =
      status.reason === 'off-global'
        ? 'TermLens is off everywhere'
        : status.reason === 'allowlist-not-chosen'
          ? 'TermLens is off here: it runs only on sites you choose'
          : 'TermLens is off on this site';
    const detail =
      status.reason === 'off-global'
        ? 'Resume it at the top to see the terms on this page.'
        : 'Turn it on above to see the terms on this page.';
    return { title, detail };
  }
  const { state } = page;
  if (!state.on || state.scanning) return { title: 'Looking for terms…' };
  if (found === 0) return { title: 'No glossary terms found on this page.' };
  return null;
}
