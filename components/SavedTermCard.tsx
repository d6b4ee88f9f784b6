import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SavedTerm } from '../lib/saved-terms';
import { safeHttpsUrl } from './EntryView';
import { displayHeadword } from './headword';

export interface SavedTermCardProps {
  term: SavedTerm;
  /** The plain definition to show: the glossary's current one, else the words saved with the term. */
  definition: string;
  pronunciation?: string;
  noteLimit: number;
  onNote: (note: string) => void;
  onRemove: () => void;
}

export const SAVED_DATE = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric' });

/** One saved term in My terms: its words, the reader's note (kept as they type) and Remove. */
export function SavedTermCard({ term, definition, pronunciation, noteLimit, onNote, onRemove }: SavedTermCardProps) {
  const [draft, setDraft] = useState(term.note);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);
  const save = useRef(onNote);
  save.current = onNote;
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current !== null) save.current(pending.current);
    pending.current = null;
  }, []);
  // Leaving the page (or removing the card) keeps what was typed last.
  useEffect(() => flush, [flush]);
  const name = displayHeadword(term.headword);
  const noteId = `tl-note-${term.id}`;
  const page = term.pageUrl ? safeHttpsUrl(term.pageUrl) : null;
  return (
    <li class="tl-saved">
      <div class="tl-saved-head">
        <h2 class="tl-saved-term">{name}</h2>
        {pronunciation && <span class="tl-saved-say">{pronunciation}</span>}
        <button type="button" class="tl-button tl-saved-remove" onClick={onRemove} aria-label={`Remove ${name}`}>
          Remove
        </button>
      </div>
      <p class="tl-saved-definition">{definition}</p>
      <label class="tl-saved-note-label" for={noteId}>
        Note for {name}
      </label>
      <textarea
        id={noteId}
        class="tl-saved-note"
        rows={2}
        maxLength={noteLimit}
        placeholder="For example: ask about blood pressure"
        value={draft}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setDraft(value);
          pending.current = value;
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(flush, 400);
        }}
        onBlur={flush}
      />
      <p class="tl-saved-meta">
        Saved <time dateTime={term.saved}>{SAVED_DATE.format(new Date(term.saved))}</time>
        {term.pageTitle && (
          <>
            {' from '}
            {page ? (
              <a href={page} target="_blank" rel="noopener noreferrer">
                {term.pageTitle}
              </a>
            ) : (
              term.pageTitle
            )}
          </>
        )}
      </p>
    </li>
  );
}
