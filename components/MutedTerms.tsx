import { useId, useState } from 'preact/hooks';
import { displayHeadword } from './headword';

export interface MutedTermsProps {
  /** Every glossary entry that can be muted, as id and headword. */
  entries: { id: string; headword: string }[];
  muted: string[];
  onChange: (muted: string[]) => void;
}

const SHOWN = 8;

/** Folds case and accents: "Keta" finds "ketamine", "neuropath" finds "neuropathic pain". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Terms the reader never wants marked: search the glossary by name and mute
 * from the matches (a list of 139 names is no way to find one), unmute from
 * the list below. Names that start with the search come before names that
 * only contain it.
 */
export function MutedTerms({ entries, muted, onChange }: MutedTermsProps) {
  const searchId = useId();
  const [query, setQuery] = useState('');
  const names = new Map(entries.map((e) => [e.id, displayHeadword(e.headword)]));
  const q = fold(query.trim());
  const matches = q
    ? entries
        .filter((e) => !muted.includes(e.id) && fold(e.headword).includes(q))
        .sort(
          (a, b) =>
            Number(!fold(a.headword).startsWith(q)) - Number(!fold(b.headword).startsWith(q)) ||
            a.headword.length - b.headword.length,
        )
    : [];

  return (
    <div class="tl-muted">
      <div class="tl-row">
        <label for={searchId}>Find a term to stop marking</label>
        <input
          id={searchId}
          type="search"
          class="tl-input"
          value={query}
          placeholder="e.g. ketamine"
          autocomplete="off"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      {q && (
        <ul class="tl-item-list" aria-label="Matching terms">
          {matches.length === 0 && <li class="tl-hint">No term to mute matches “{query.trim()}”.</li>}
          {matches.slice(0, SHOWN).map((e) => {
            const name = names.get(e.id) ?? e.id;
            return (
              <li key={e.id}>
                <span>{name}</span>
                <button
                  type="button"
                  class="tl-button tl-button-small"
                  onClick={() => onChange([...muted, e.id])}
                  aria-label={`Don't mark ${name}`}
                >
                  Don’t mark
                </button>
              </li>
            );
          })}
          {matches.length > SHOWN && <li class="tl-hint">{matches.length - SHOWN} more: type more of the name.</li>}
        </ul>
      )}
      {muted.length === 0 ? (
        <p class="tl-hint">No muted terms: every glossary term is marked.</p>
      ) : (
        <ul class="tl-item-list" aria-label="Muted terms">
          {muted.map((id) => {
            const name = names.get(id) ?? id;
            return (
              <li key={id}>
                <span>{name}</span>
                <button
                  type="button"
                  class="tl-button tl-button-small"
                  onClick={() => onChange(muted.filter((m) => m !== id))}
                  aria-label={`Unmute ${name}`}
                >
                  Unmute
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
