import { useEffect, useState } from 'preact/hooks';
import type { TabFrames } from '../../lib/frame-terms';
import { loadTabFrames, watchTabFrames } from '../../lib/storage';

/**
 * The terms the tab's frames reported (kept by the background, see
 * lib/frame-terms.ts), kept current while the popup is open: a frame that
 * finishes its scan later still joins the list.
 */
export function useTabFrames(tabId: number | null): TabFrames {
  const [frames, setFrames] = useState<TabFrames>({});
  useEffect(() => {
    if (tabId === null) return undefined;
    const ac = new AbortController();
    void loadTabFrames(tabId).then((f) => !ac.signal.aborted && setFrames(f));
    watchTabFrames(tabId, setFrames, ac.signal);
    return () => ac.abort();
  }, [tabId]);
  return frames;
}
