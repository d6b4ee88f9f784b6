import { useMemo, useState } from 'preact/hooks';
import type { OwnTerm } from '../glossary/own/schema';
import { draftOf, TermForm, type TermDraft } from './TermForm';

export interface TermEditorProps {
  name: string;
  terms: readonly OwnTerm[] | null;
  /** Saves a new (index null) or changed term; returns the reason when it cannot be saved. */
  onSave: (index: number | null, draft: TermDraft) => Promise<string | null>;
  onDelete: (index: number) => void;
  onClose: () => void;
}

const PAGE = 50;

/** The terms of one of the reader's glossaries: find, edit, delete, add. */
export function TermEditor({ name, terms, onSave, onDelete, onClose }: TermEditorProps) {
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const all = (terms ?? []).map((t, i) => [t, i] as const);
    return q ? all.filter(([t]) => `${t.term} ${t.aliases.join(' ')} ${t.definition}`.toLowerCase().includes(q)) : all;
  }, [terms, filter]);
  return (
    <section class="tl-term-editor" aria-label={`Terms of ${name}`}>
      <div class="tl-row">
        <h3>Terms of {name}</h3>
        <button type="button" class="tl-button tl-button-small" onClick={onClose}>
          Done
        </button>
      </div>
      {!terms ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <>
          <div class="tl-row">
            <input
              class="tl-input"
              type="search"
              aria-label={`Find a term in ${name}`}
              placeholder="Find a term"
              value={filter}
              onInput={(e) => {
                setFilter(e.currentTarget.value);
                setLimit(PAGE);
              }}
            />
            <button type="button" class="tl-button tl-button-small" onClick={() => setEditing('new')}>
              Add a term
            </button>
          </div>
          {editing === 'new' && (
            <TermForm
              id="tl-new-term"
              initial={draftOf()}
              saveLabel="Add term"
              autoFocus="term"
              onCancel={() => setEditing(null)}
              onSave={async (d) => {
                const reason = await onSave(null, d);
                if (!reason) setEditing(null);
                return reason;
              }}
            />
          )}
          <ul class="tl-item-list tl-term-list">
            {shown.slice(0, limit).map(([t, i]) => (
              <li key={`${i}:${t.term}`}>
                {editing === i ? (
                  <TermForm
                    id={`tl-term-${i}`}
                    initial={draftOf(t)}
                    saveLabel="Save term"
                    autoFocus="definition"
                    onCancel={() => setEditing(null)}
                    onSave={async (d) => {
                      const reason = await onSave(i, d);
                      if (!reason) setEditing(null);
                      return reason;
                    }}
                  />
                ) : (
                  <>
                    <div class="tl-term-text">
                      <strong>{t.term}</strong>
                      <span class="tl-hint">{t.definition}</span>
                    </div>
                    <div class="tl-row" role="group" aria-label={t.term}>
                      <button type="button" class="tl-button tl-button-small" onClick={() => setEditing(i)}>
                        Edit
                      </button>
                      <button type="button" class="tl-button tl-button-small" onClick={() => onDelete(i)}>
                        Delete
                      </button>
                    </div>
                  </>
                )}
              </li>
            ))}
          </ul>
          {shown.length > limit && (
            <button type="button" class="tl-button tl-button-small" onClick={() => setLimit((l) => l + PAGE * 4)}>
              Show more ({(shown.length - limit).toLocaleString('en')} left)
            </button>
          )}
          {shown.length === 0 && <p class="tl-hint">No term matches.</p>}
        </>
      )}
    </section>
  );
}
