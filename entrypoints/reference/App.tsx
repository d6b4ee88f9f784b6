import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { entries } from 'virtual:termlens-glossary';
import { Brand } from '../../components/Brand';
import { Disclaimer } from '../../components/Disclaimer';
import { Lookup } from '../../components/Lookup';
import { displayHeadword } from '../../components/headword';
import type { CategoryId, GlossaryEntry } from '../../glossary/schema';
import { t } from '../../lib/i18n';
import { loadOwnEntries } from '../../lib/own-glossaries';
import { createSearchIndex } from '../../glossary/search';
import { Welcome } from './Welcome';
import { entryFromHash, onRouteChange, pushEntry, queryFromSearch, replaceQuery } from './route';

const bundledIndex = createSearchIndex(entries);
const byId = new Map<string, GlossaryEntry>(entries.map((e) => [e.id, e]));

/**
 * The entry to open first: the one the address names, or, when a "Look up"
 * names none, the top hit if it is the looked-up word itself (recorded in the
 * address so a reload or Back behaves the same).
 */
function initialEntry(query: string): string | null {
  const fromHash = entryFromHash();
  if (fromHash || !query) return fromHash;
  const [top] = bundledIndex.hits(query);
  if (!top || (top.kind !== 'headword' && top.kind !== 'form')) return null;
  history.replaceState(null, '', `#${top.entry.id}`);
  return top.entry.id;
}

export function App() {
  const initialQuery = useMemo(() => queryFromSearch(), []);
  const [query, setQuery] = useState(initialQuery);
  const [category, setCategory] = useState<CategoryId | ''>('');
  const [openId, setOpenId] = useState<string | null>(() => initialEntry(initialQuery));
  // The reader's own terms join the bundled ones once read from storage.
  const [index, setIndex] = useState(bundledIndex);
  useEffect(() => {
    void loadOwnEntries()
      .then((own) => {
        if (!own.length) return;
        for (const e of own) byId.set(e.id, e);
        setIndex(createSearchIndex([...own, ...entries]));
      })
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    const ac = new AbortController();
    onRouteChange(() => setOpenId(entryFromHash()), ac.signal);
    return () => ac.abort();
  }, []);

  useEffect(() => {
    const entry = openId ? byId.get(openId) : undefined;
    document.title = entry
      ? t('reference.entryTitle', { term: displayHeadword(entry.headword) })
      : t('reference.title');
  }, [openId]);

  const open = (id: string | null) => {
    if (id === openId) return;
    pushEntry(id);
    setOpenId(id);
  };

  return (
    <div class="tl-reference">
      <header class="tl-reference-header">
        <Brand title={t('reference.title')} size={24} />
        <button type="button" class="tl-link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('reference.settings')}
        </button>
        <Disclaimer class="tl-reference-disclaimer" />
      </header>
      <Lookup
        id="tl-reference"
        index={index}
        layout="split"
        autoFocus={!openId}
        query={query}
        onQuery={(q) => {
          setQuery(q);
          replaceQuery(q);
        }}
        category={category}
        onCategory={setCategory}
        openId={openId}
        onOpen={open}
        onBack={() => open(null)}
        relatedHref={(id) => `#${id}`}
        placeholder={<Welcome entries={index.entries} listId="tl-reference-results" onCategory={setCategory} />}
      />
    </div>
  );
}
