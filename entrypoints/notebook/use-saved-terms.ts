import { useEffect, useState } from 'preact/hooks';
import { loadSavedTerms, watchSavedTerms, type SavedTerm } from '../../lib/saved-terms';

/** The notebook as storage holds it, kept current while the page is open (saves from other tabs show up). */
export function useSavedTerms(): SavedTerm[] | null {
  const [terms, setTerms] = useState<SavedTerm[] | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    void loadSavedTerms().then((t) => !ac.signal.aborted && setTerms(t));
    watchSavedTerms(setTerms, ac.signal);
    return () => ac.abort();
  }, []);
  return terms;
}
