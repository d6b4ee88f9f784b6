import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatDay, t } from '../lib/i18n';
import type { SavedTerm } from '../lib/saved-terms';
import { safeHttpsUrl } from './EntryView';
import { displayHeadword } from './headword';
import { keepPlaceholders, messageParts } from './message-parts';

export interface SavedTermCardProps {
  term: SavedTerm;
  /** The plain definition to show: the glossary's current one, else the words saved with the term. */
  definition: string;
  pronunciation?: string;
  /** A term of the bundled glossary, whose words are English (a reader's own term may be in any language). */
  bundled: boolean;
  noteLimit: number;
  onNote: (note: string) => void;
  onRemove: () => void;
}

/** One saved term in My terms: its words, the reader's note (kept as they type) and Remove. */
export function SavedTermCard({
  term,
  definition,
  pronunciation,
  bundled,
  noteLimit,
  onNote,
  onRemove,
}: SavedTermCardProps) {
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
  const lang = bundled ? 'en' : undefined;
  const saved = <time dateTime={term.saved}>{formatDay(new Date(term.saved))}</time>;
  return (
    <li class="tl-saved">
      <div class="tl-saved-head">
        <h2 class="tl-saved-term" lang={lang}>
          {name}
        </h2>
        {pronunciation && (
          <span class="tl-saved-say" lang="en">
            {pronunciation}
          </span>
        )}
        <button
          type="button"
          class="tl-button tl-saved-remove"
          onClick={onRemove}
          aria-label={t('notebook.removeTerm', { term: name })}
        >
          {t('notebook.remove')}
        </button>
      </div>
      <p class="tl-saved-definition" lang={lang}>
        {definition}
      </p>
      <label class="tl-saved-note-label" for={noteId}>
        {t('notebook.noteFor', { term: name })}
      </label>
      <textarea
        id={noteId}
        class="tl-saved-note"
        rows={2}
        maxLength={noteLimit}
        placeholder={t('notebook.notePlaceholder')}
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
        {term.pageTitle
          ? messageParts(t('notebook.savedOnFrom', keepPlaceholders('date', 'page')), {
              date: saved,
              page: page ? (
                <a href={page} target="_blank" rel="noopener noreferrer">
                  {term.pageTitle}
                </a>
              ) : (
                term.pageTitle
              ),
            })
          : messageParts(t('notebook.savedOn', keepPlaceholders('date')), { date: saved })}
      </p>
    </li>
  );
}
