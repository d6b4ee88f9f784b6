import { t } from '../../lib/i18n';
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
      title: t('popup.unreadableTitle'),
      detail: t('popup.unreadableDetail'),
    };
  }
  if (!status) return null;
  if (!status.on) {
    const title =
      status.reason === 'off-global'
        ? t('popup.offEverywhere')
        : status.reason === 'allowlist-not-chosen'
          ? t('popup.offNotChosen')
          : t('popup.offHere');
    const detail = status.reason === 'off-global' ? t('popup.resumeToSee') : t('popup.turnOnToSee');
    return { title, detail };
  }
  const { state } = page;
  if (!state.on || state.scanning) return { title: t('popup.looking') };
  if (found === 0) return { title: t('popup.noneFound') };
  return null;
}
