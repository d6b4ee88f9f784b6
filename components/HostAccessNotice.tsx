import { t } from '../lib/i18n';

export interface HostAccessNoticeProps {
  /** needs-grant: TermLens may not read web pages; needs-reload: it may, once this page (opened earlier) reloads. */
  access: 'needs-grant' | 'needs-reload';
  /** Called straight from the button's click: the browser grants access only from a user action. */
  onGrant: () => void;
  onReload: () => void;
  /** While the page reloads: the button waits. */
  busy?: boolean;
}

/**
 * Shown in place of the page's terms when TermLens has not been allowed to
 * read web pages (Firefox asks for it separately from the install; any
 * browser lets the reader withhold it), with the one button that fixes it.
 */
export function HostAccessNotice({ access, onGrant, onReload, busy }: HostAccessNoticeProps) {
  if (access === 'needs-reload') {
    return (
      <div class="tl-page-terms tl-page-terms-empty tl-host-access" role="status">
        <p class="tl-empty-title">{t('entry.hostReadNow')}</p>
        <p class="tl-empty-detail">{t('entry.hostReloadDetail')}</p>
        <p class="tl-host-access-actions" style={{ margin: '6px 0 0' }}>
          <button type="button" class="tl-button tl-button-primary" onClick={onReload} disabled={busy}>
            {t('entry.reloadPage')}
          </button>
        </p>
      </div>
    );
  }
  return (
    <div class="tl-page-terms tl-page-terms-empty tl-host-access" role="status">
      <p class="tl-empty-title">{t('entry.hostNotAllowed')}</p>
      <p class="tl-empty-detail">{t('entry.hostAllowDetail')}</p>
      <p class="tl-host-access-actions" style={{ margin: '6px 0 0' }}>
        <button type="button" class="tl-button tl-button-primary" onClick={onGrant} disabled={busy}>
          {t('entry.allowAll')}
        </button>
      </p>
    </div>
  );
}
