import { Brand } from '../../components/Brand';
import { SiteSwitch } from '../../components/SiteSwitch';
import { t } from '../../lib/i18n';
import type { SiteStatus } from '../../lib/site-rules';
import type { PageView } from './use-page';

export interface PopupHeaderProps {
  page: PageView;
  status: SiteStatus | null;
  /** TermLens paused on every site (the global setting); null while settings load. */
  paused: boolean | null;
  busy: boolean;
  onToggleSite: (on: boolean) => void;
  onResume: () => void;
  onOpenSettings: () => void;
}

function GearIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M9.4 1l.3 1.8c.5.2.9.4 1.3.8l1.7-.7 1.4 2.4-1.4 1.1a5 5 0 010 1.6l1.4 1.1-1.4 2.4-1.7-.7c-.4.3-.8.6-1.3.8L9.4 15H6.6l-.3-1.8c-.5-.2-.9-.5-1.3-.8l-1.7.7L1.9 10.7l1.4-1.1a5 5 0 010-1.6L1.9 6.9l1.4-2.4 1.7.7c.4-.4.8-.6 1.3-.8L6.6 1zM8 5.5a2.5 2.5 0 100 5 2.5 2.5 0 000-5z"
      />
    </svg>
  );
}

/**
 * Brand and settings on the first row; below, the one switch of the header,
 * for this site, with the rule that decided. The switch for every site is
 * not here (it is "Pause everywhere" in the footer): two look-alike switches
 * side by side read as the same thing. While TermLens is paused everywhere,
 * this row says so and offers to resume. Every row keeps its height while
 * loading, so nothing jumps.
 */
export function PopupHeader(props: PopupHeaderProps) {
  const { page, status, paused, busy } = props;
  return (
    <header class="tl-popup-header">
      <div class="tl-popup-bar">
        <Brand title="TermLens" size={20} />
        <button type="button" class="tl-icon-button" onClick={props.onOpenSettings} title={t('popup.settings')}>
          <GearIcon />
          <span class="tl-sr-only">{t('popup.settings')}</span>
        </button>
      </div>
      <div class="tl-popup-site">
        {paused ? (
          <div class="tl-paused" role="status">
            <p>
              <strong>{t('popup.paused')}</strong>
            </p>
            <button type="button" class="tl-button" onClick={props.onResume} disabled={busy}>
              {t('popup.resume')}
            </button>
          </div>
        ) : page.kind === 'ready' && status ? (
          <SiteSwitch hostname={page.state.hostname} status={status} onToggle={props.onToggleSite} busy={busy} />
        ) : page.kind === 'unreadable' ? (
          <p class="tl-site-none">{t('popup.noSiteSwitch')}</p>
        ) : null}
      </div>
    </header>
  );
}
