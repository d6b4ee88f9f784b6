import { useId } from 'preact/hooks';
import type { SiteReason, SiteStatus } from '../lib/site-rules';
import { Switch } from './Switch';

const REASON_TEXT: Record<SiteReason, string> = {
  on: 'On everywhere',
  'off-site': 'Off: you turned it off for this site',
  'off-global': 'Off everywhere',
  'allowlist-chosen': 'On: a site you chose',
  'allowlist-not-chosen': 'Only on sites you choose',
};

export interface SiteSwitchProps {
  hostname: string;
  status: SiteStatus;
  onToggle: (turnOn: boolean) => void;
  /** True while a change is being saved, so a double click cannot flip it twice. */
  busy?: boolean;
}

/**
 * The per-site switch: "On for example.org" with the reason below. While the
 * global switch is off the site switch cannot change anything, so it is
 * disabled and the reason says why.
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
        {status.on ? 'On' : 'Off'} for <span class="tl-host">{hostname}</span>
      </Switch>
      <p id={reasonId} class="tl-reason">
        {REASON_TEXT[status.reason]}
      </p>
    </div>
  );
}
