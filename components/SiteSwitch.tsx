import { useId } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { SiteStatus } from '../lib/site-rules';
import { keepPlaceholders, messageParts } from './message-parts';
import { reasonText } from './site-reason';
import { Switch } from './Switch';

export interface SiteSwitchProps {
  hostname: string;
  status: SiteStatus;
  onToggle: (turnOn: boolean) => void;
  /** True while a change is being saved, so a double click cannot flip it twice. */
  busy?: boolean;
}

/**
 * The per-site switch: "On for example.org" with the rule that decided below.
 * While TermLens is paused everywhere the site switch cannot change anything,
 * so it is disabled and the reason says why.
 */
export function SiteSwitch({ hostname, status, onToggle, busy }: SiteSwitchProps) {
  const reasonId = useId();
  return (
    <div class="tl-site-switch">
      <Switch
        checked={status.on}
        onChange={onToggle}
        describedBy={reasonId}
        disabled={busy || status.reason === 'off-global'}
        class="tl-switch-large"
      >
        {messageParts(t(status.on ? 'entry.onFor' : 'entry.offFor', keepPlaceholders('host')), {
          host: <span class="tl-host">{hostname}</span>,
        })}
      </Switch>
      <p id={reasonId} class="tl-reason">
        {reasonText(status, hostname)}
      </p>
    </div>
  );
}
