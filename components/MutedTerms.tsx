import { useId, useState } from 'preact/hooks';
import { displayHeadword } from './headword';

export interface MutedTermsProps {
  /** Every glossary entry that can be muted, as id and headword. */
  entries: { id: string; headword: string }[];
  muted: string[];
  onChange: (muted: string[]) => void;
}

/** Terms the reader never wants highlighted: pick one from the glossary to mute it, unmute from the list. */
export function MutedTerms({ entries, muted, onChange }: MutedTermsProps) {
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const names = new Map(entries.map((e) => [e.id, displayHeadword(e.headword)]));
  const available = entries
    .filter((e) => !muted.includes(e.id))
    .sort((a, b) => a.headword.localeCompare(b.headword, 'en', { sensitivity: 'base' }));

  const mute = () => {
    if (!choice || muted.includes(choice)) return;
    onChange([...muted, choice]);
    setChoice('');
  };

  return (
    <div class="tl-muted">
      <div class="tl-row">
        <label for={selectId}>Term to mute</label>
        <select
          id={selectId}
          class="tl-select tl-select-wide"
          value={choice}
          onChange={(e) => setChoice(e.currentTarget.value)}
        >
          <option value="">Choose a term…</option>
          {available.map((e) => (
            <option key={e.id} value={e.id}>
              {displayHeadword(e.headword)}
            </option>
          ))}
        </select>
        <button type="button" class="tl-button" onClick={mute} disabled={!choice}>
          Mute
        </button>
      </div>
      {muted.length === 0 ? (
        <p class="tl-hint">No muted terms: every glossary term is highlighted.</p>
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
