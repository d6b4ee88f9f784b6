import { useEffect, useState } from 'preact/hooks';
import type { SearchIndex } from '../../glossary/search';
import { loadSavedTerms, saveTerm, watchSavedTerms } from '../../lib/saved-terms';

/** The ids in My terms, kept current (read after the first paint: the popup's first frame does not wait for it). */
export function useSavedIds(): ReadonlySet<string> {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const ac = new AbortController();
    const apply = (terms: { id: string }[]) => !ac.signal.aborted && setIds(new Set(terms.map((t) => t.id)));
    void loadSavedTerms().then(apply);
    watchSavedTerms(apply, ac.signal);
    return () => ac.abort();
  }, []);
  return ids;
}

/** Saves a term named by id: a bundled entry from the glossary, a reader's term from its glossary's chunk. */
export async function saveById(id: string, index: SearchIndex | null): Promise<void> {
  const entry = index?.entries.find((e) => e.id === id);
  if (entry) {
    await saveTerm({ id, headword: entry.headword, definition: entry.short });
    return;
  }
  // A reader's own term: its glossary's code is read only now, so the popup's first frame never waits for it.
  const { parseOwnId } = await import('../../glossary/own/compile');
  const { loadTerm } = await import('../../lib/own-glossaries');
  const own = parseOwnId(id);
  if (own) {
    const term = await loadTerm(own.glossaryId, own.n);
    if (term) await saveTerm({ id, headword: term.term, definition: term.definition });
  }
}
