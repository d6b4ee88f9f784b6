import { useMemo, useState } from 'preact/hooks';
import { entries } from 'virtual:termlens-glossary';
import { Brand } from '../../components/Brand';
import { Disclaimer } from '../../components/Disclaimer';
import { PrintSheet } from '../../components/PrintSheet';
import { SavedTermCard } from '../../components/SavedTermCard';
import { formatDay, t as say } from '../../lib/i18n';
import { clearSavedTerms, removeTerm, restoreTerm, SAVED_LIMITS, setNote, type SavedTerm } from '../../lib/saved-terms';
import { notebookAnki, notebookCsv, notebookFileName } from '../../lib/saved-terms-export';
import { useSavedTerms } from './use-saved-terms';

const BY_ID = new Map(entries.map((e) => [e.id, e]));
/** The glossary's current plain definition for a bundled term; a reader's own term keeps the words it was saved with. */
const definitionOf = (t: SavedTerm) => BY_ID.get(t.id)?.short ?? t.definition;

function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Removed = { term: SavedTerm; index: number };

export function App() {
  const terms = useSavedTerms();
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [confirming, setConfirming] = useState(false);
  const today = useMemo(() => formatDay(new Date()), []);

  if (!terms) return <main class="tl-notebook" aria-busy="true" />;

  const remove = (term: SavedTerm, index: number) => {
    setRemoved({ term, index });
    void removeTerm(term.id);
  };

  return (
    <>
      <main class="tl-notebook tl-screen">
        <header class="tl-notebook-header">
          <Brand title={say('notebook.title')} size={24} />
          <p class="tl-hint">{say('notebook.intro')}</p>
          {terms.length > 0 && (
            <div class="tl-notebook-tools">
              <button type="button" class="tl-button tl-button-primary" onClick={() => window.print()}>
                {say('notebook.print')}
              </button>
              <button
                type="button"
                class="tl-button"
                onClick={() => download(notebookCsv(terms, definitionOf), notebookFileName('csv'), 'text/csv')}
              >
                {say('notebook.exportCsv')}
              </button>
              <button
                type="button"
                class="tl-button"
                onClick={() =>
                  download(notebookAnki(terms, definitionOf), notebookFileName('txt'), 'text/tab-separated-values')
                }
              >
                {say('notebook.exportAnki')}
              </button>
              <button type="button" class="tl-button tl-danger-button" onClick={() => setConfirming(true)}>
                {say('notebook.clearAll')}
              </button>
            </div>
          )}
          {confirming && (
            <div class="tl-confirm" role="alertdialog" aria-labelledby="tl-confirm-text">
              <p id="tl-confirm-text">{say('notebook.confirmClear', terms.length)}</p>
              <button
                type="button"
                class="tl-button tl-danger-button"
                onClick={() => {
                  setConfirming(false);
                  setRemoved(null);
                  void clearSavedTerms();
                }}
              >
                {say('notebook.removeAll')}
              </button>
              <button type="button" class="tl-button" onClick={() => setConfirming(false)} autoFocus>
                {say('notebook.keepThem')}
              </button>
            </div>
          )}
        </header>
        <div class="tl-notebook-status" role="status">
          {removed && (
            <>
              {say('notebook.removed', { term: removed.term.headword })}{' '}
              <button
                type="button"
                class="tl-link-button"
                onClick={() => {
                  void restoreTerm(removed.term, removed.index);
                  setRemoved(null);
                }}
              >
                {say('notebook.undo')}
              </button>
            </>
          )}
        </div>
        {terms.length === 0 ? (
          <p class="tl-notebook-empty">{say('notebook.empty')}</p>
        ) : (
          <ul class="tl-saved-list" aria-label={say('notebook.savedTerms')}>
            {terms.map((t, i) => (
              <SavedTermCard
                key={t.id}
                term={t}
                definition={definitionOf(t)}
                pronunciation={BY_ID.get(t.id)?.pronunciation}
                bundled={BY_ID.has(t.id)}
                noteLimit={SAVED_LIMITS.note}
                onNote={(note) => void setNote(t.id, note)}
                onRemove={() => remove(t, i)}
              />
            ))}
          </ul>
        )}
        <footer class="tl-notebook-footer">
          <Disclaimer />
        </footer>
      </main>
      <PrintSheet
        date={today}
        terms={terms.map((t) => ({
          id: t.id,
          headword: t.headword,
          definition: definitionOf(t),
          pronunciation: BY_ID.get(t.id)?.pronunciation,
          bundled: BY_ID.has(t.id),
          note: t.note,
        }))}
      />
    </>
  );
}
