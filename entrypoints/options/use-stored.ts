import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import type { SiteRules } from '../lib/site-rules';
import { loadSettings, loadSiteRules, saveSetting, saveSiteRules, watchSettings, watchSiteRules } from '../lib/storage';

export interface Stored {
  settings: Settings | null;
  rules: SiteRules | null;
  /** Saves one setting at once; the page shows the new value before storage confirms it. */
  save: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  /** Changes one site list, starting from what storage holds now (the popup may have changed it). */
  updateList: (list: keyof SiteRules, change: (sites: string[]) => string[]) => Promise<void>;
}

/** Settings and site rules as storage holds them, kept current while the page is open. */
export function useStored(): Stored {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [rules, setRules] = useState<SiteRules | null>(null);

  useEffect(() => {
    const ac = new AbortController();
    void Promise.all([loadSettings(), loadSiteRules()]).then(([s, r]) => {
      if (ac.signal.aborted) return;
      setSettings(s);
      setRules(r);
    });
    watchSettings(setSettings, ac.signal);
    watchSiteRules(setRules, ac.signal);
    return () => ac.abort();
  }, []);

  return {
    settings,
    rules,
    save: (key, value) => {
      setSettings((s) => (s ? { ...s, [key]: value } : s));
      void saveSetting(key, value);
    },
    updateList: async (list, change) => {
      const current = await loadSiteRules();
      const next = { ...current, [list]: change(current[list]) };
      setRules(next);
      await saveSiteRules(next);
    },
  };
}
