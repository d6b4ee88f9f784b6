import { useMemo, useState } from 'preact/hooks';
import { entries } from 'virtual:termlens-glossary';
import { Brand } from '../../components/Brand';
import { Disclaimer } from '../../components/Disclaimer';
import { PrintSheet } from '../../components/PrintSheet';
import { SAVED_DATE, SavedTermCard } from '../../components/SavedTermCard';
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
  const today = useMemo(() => SAVED_DATE.format(new Date()), []);

  if (!terms) return <main class="tl-notebook" aria-busy="true" />;

  const remove = (term: SavedTerm, index: number) => {
    setRemoved({ term, index });
    void removeTerm(term.id);
  };

  return (
    <>
      <main class="tl-notebook tl-screen">
        <header class="tl-notebook-header">
          <Brand title="My terms" size={24} />
          <p class="tl-hint">The terms you saved, newest first. They stay on this device: nothing is sent anywhere.</p>
          {terms.length > 0 && (
            <div class="tl-notebook-tools">
              <button type="button" class="tl-button tl-button-primary" onClick={() => window.print()}>
                Print for my appointment
              </button>
              <button
                type="button"
                class="tl-button"
                onClick={() => download(notebookCsv(terms, definitionOf), notebookFileName('csv'), 'text/csv')}
              >
                Export CSV
              </button>
              <button
                type="button"
                class="tl-button"
                onClick={() =>
                  download(notebookAnki(terms, definitionOf), notebookFileName('txt'), 'text/tab-separated-values')
                }
              >
                Export for Anki
              </button>
              <button type="button" class="tl-button tl-danger-button" onClick={() => setConfirming(true)}>
                Clear all…
              </button>
            </div>
          )}
          {confirming && (
            <div class="tl-confirm" role="alertdialog" aria-labelledby="tl-confirm-text">
              <p id="tl-confirm-text">
                Remove all {terms.length} terms and their notes from My terms? This cannot be undone.
              </p>
              <button
                type="button"
                class="tl-button tl-danger-button"
                onClick={() => {
                  setConfirming(false);
                  setRemoved(null);
                  void clearSavedTerms();
                }}
              >
                Remove all
              </button>
              <button type="button" class="tl-button" onClick={() => setConfirming(false)} autoFocus>
                Keep them
              </button>
            </div>
          )}
        </header>
        <div class="tl-notebook-status" role="status">
          {removed && (
            <>
              Removed {removed.term.headword}.{' '}
              <button
                type="button"
                class="tl-link-button"
                onClick={() => {
                  void restoreTerm(removed.term, removed.index);
                  setRemoved(null);
                }}
              >
                Undo
              </button>
            </>
          )}
        </div>
        {terms.length === 0 ? (
          <p class="tl-notebook-empty">
            No saved terms yet. Rest the pointer on a marked term on any page and choose “Save”.
          </p>
        ) : (
          <ul class="tl-saved-list" aria-label="Saved terms">
            {terms.map((t, i) => (
              <SavedTermCard
                key={t.id}
                term={t}
                definition={definitionOf(t)}
                pronunciation={BY_ID.get(t.id)?.pronunciation}
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
          note: t.note,
        }))}
      />
    </>
  );
}
