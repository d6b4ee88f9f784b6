import type { Settings } from '../../lib/settings';
import type { SiteRules } from '../../lib/site-rules';
import { loadSiteRules, saveSetting, saveSiteRules } from '../../lib/storage';
import { useStoredState } from '../../lib/use-stored-state';

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
  const { settings, rules, setSettings, setRules } = useStoredState();
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
