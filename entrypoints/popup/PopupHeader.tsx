import { Brand } from '../../components/Brand';
import { SiteSwitch } from '../../components/SiteSwitch';
import { Switch } from '../../components/Switch';
import type { SiteStatus } from '../../lib/site-rules';
import type { PageView } from './use-page';

export interface PopupHeaderProps {
  page: PageView;
  status: SiteStatus | null;
  /** The global switch; null while settings load. */
  enabled: boolean | null;
  busy: boolean;
  onToggleSite: (on: boolean) => void;
  onToggleEnabled: (on: boolean) => void;
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
 * Brand, global switch and settings on the first row; the site switch and its
 * reason below. Every row keeps its height while loading, so nothing jumps.
 */
export function PopupHeader(props: PopupHeaderProps) {
  const { page, status, enabled, busy } = props;
  return (
    <header class="tl-popup-header">
      <div class="tl-popup-bar">
        <Brand title="TermLens" size={20} />
        <span class="tl-global">
          {enabled !== null && (
            <Switch checked={enabled} onChange={props.onToggleEnabled} disabled={busy}>
              Use TermLens
            </Switch>
          )}
        </span>
        <button type="button" class="tl-icon-button" onClick={props.onOpenSettings} title="Settings">
          <GearIcon />
          <span class="tl-sr-only">Settings</span>
        </button>
      </div>
      <div class="tl-popup-site">
        {page.kind === 'ready' && status ? (
          <SiteSwitch hostname={page.state.hostname} status={status} onToggle={props.onToggleSite} busy={busy} />
        ) : page.kind === 'unreadable' ? (
          <p class="tl-site-none">No site switch on this page.</p>
        ) : null}
      </div>
    </header>
  );
}
