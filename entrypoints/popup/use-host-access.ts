import { useEffect, useState } from 'preact/hooks';
import { hostAccessFor, reloadAndWait, requestAllSitesAccess, type HostAccess } from './host-access';
import type { PageView } from './use-page';

export interface HostAccessControl {
  access: HostAccess;
  /** True while the page reloads after a grant or a click on "Reload page". */
  busy: boolean;
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
  const [busy, setBusy] = useState(false);
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
    setBusy(true);
    void reloadAndWait(tabId)
      .then(async (answered) => {
        if (!answered) {
          setAccess(await hostAccessFor(tabId));
          return;
        }
        setAccess('ok');
        refresh();
      })
      .finally(() => setBusy(false));
  };

  return {
    access,
    busy,
    grant: () => {
      void requestAllSitesAccess().then((granted) => {
        if (granted) reload();
      });
    },
    reload,
  };
}
