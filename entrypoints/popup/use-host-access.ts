import { useEffect, useState } from 'preact/hooks';
import { hostAccessFor, reloadTab, requestAllSitesAccess, type HostAccess } from './host-access';
import type { PageView } from './use-page';

export interface HostAccessControl {
  access: HostAccess;
  /** Must be the click handler itself: the browser only grants from a user action. */
  grant: () => void;
  reload: () => void;
}

/**
 * The host-access notice's state for the popup's page: only asked when the
 * page's content script did not answer. After a grant or a reload the page
 * is asked again (`refresh`), so the notice gives way to the page's terms.
 * In Firefox the permission prompt may close the popup; reopened, it finds
 * the grant and offers the reload.
 */
export function useHostAccess(page: PageView, refresh: () => void): HostAccessControl {
  const [access, setAccess] = useState<HostAccess>('ok');
  const tabId = page.tabId;

  useEffect(() => {
    if (page.kind !== 'unreadable') {
      setAccess('ok');
      return;
    }
    let live = true;
    void hostAccessFor(tabId).then((a) => live && setAccess(a));
    return () => {
      live = false;
    };
  }, [page.kind, tabId]);

  const reload = () => {
    if (tabId === null) return;
    void reloadTab(tabId).then(() => {
      setAccess('ok');
      refresh();
    });
  };

  return {
    access,
    grant: () => {
      void requestAllSitesAccess().then((granted) => {
        if (granted) reload();
      });
    },
    reload,
  };
}
