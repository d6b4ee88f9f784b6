import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { siteStatus, toggleSite, type SiteRules, type SiteStatus } from '../../lib/site-rules';
import { loadStored, saveSetting, saveSiteRules, type StoredPair } from '../../lib/storage';
import { useStoredState } from '../../lib/use-stored-state';

export interface SiteControl {
  settings: Settings | null;
  rules: SiteRules | null;
  /** The site's status as storage says; null until storage and the hostname are known. */
  status: SiteStatus | null;
  busy: boolean;
  /** Goes up whenever the settings or site rules change in storage, from here or elsewhere. */
  changes: number;
  toggleSite: (turnOn: boolean) => Promise<void>;
  setEnabled: (on: boolean) => Promise<void>;
}

/**
 * The popup's switches write storage themselves; every open page of the site
 * watches storage and follows. Reading the settings fresh before each write
 * keeps a change made elsewhere (the keyboard command, another window) intact.
 */
export function useSiteControl(hostname: string | null, first: Promise<StoredPair>): SiteControl {
  const [busy, setBusy] = useState(false);
  const [changes, setChanges] = useState(0);
  const { settings, rules, setSettings, setRules } = useStoredState(first, () => setChanges((n) => n + 1));

  const status = hostname && settings && rules ? siteStatus(hostname, settings, rules) : null;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  return {
    settings,
    rules,
    status,
    busy,
    changes,
    toggleSite: (turnOn) =>
      run(async () => {
        if (!hostname) return;
        const [s, r] = await loadStored();
        const next = toggleSite(hostname, s.mode, r, turnOn);
        await saveSiteRules(next);
        setRules(next);
      }),
    setEnabled: (on) =>
      run(async () => {
        await saveSetting('enabled', on);
        setSettings((s) => (s ? { ...s, enabled: on } : s));
      }),
  };
}
