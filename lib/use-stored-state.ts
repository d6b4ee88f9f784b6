import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from './settings';
import type { SiteRules } from './site-rules';
import { loadStored, watchSettings, watchSiteRules, type StoredPair } from './storage';

export interface StoredState {
  settings: Settings | null;
  rules: SiteRules | null;
  setSettings: (update: (s: Settings | null) => Settings | null) => void;
  setRules: (rules: SiteRules) => void;
}

/**
 * Settings and site rules as storage holds them, kept current while the page
 * is open. `first` is a read already under way (started before the first
 * render, so the answer is often in before the first paint); `onChange` runs
 * after each change made anywhere, this page included.
 */
export function useStoredState(first?: Promise<StoredPair>, onChange?: () => void): StoredState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [rules, setRules] = useState<SiteRules | null>(null);
  const [initial] = useState(() => first ?? loadStored());
  const changed = useRef(onChange);
  changed.current = onChange;

  // A layout effect subscribes right after the first render, not after the first paint as useEffect would.
  useLayoutEffect(() => {
    const ac = new AbortController();
    void initial.then(([s, r]) => {
      if (ac.signal.aborted) return;
      setSettings(s);
      setRules(r);
    });
    watchSettings((s) => (setSettings(s), changed.current?.()), ac.signal);
    watchSiteRules((r) => (setRules(r), changed.current?.()), ac.signal);
    return () => ac.abort();
  }, [initial, changed]);

  return { settings, rules, setSettings, setRules };
}
