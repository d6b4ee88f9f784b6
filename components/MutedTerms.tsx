import { useId, useState } from 'preact/hooks';
import { formatNumber, t } from '../lib/i18n';
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
        <label for={searchId}>{t('options.findToMute')}</label>
        <input
          id={searchId}
          type="search"
          class="tl-input"
          value={query}
          placeholder={t('options.findToMutePlaceholder')}
          autocomplete="off"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      {q && (
        <ul class="tl-item-list" aria-label={t('options.matchingTerms')}>
          {matches.length === 0 && <li class="tl-hint">{t('options.noMuteMatch', { query: query.trim() })}</li>}
          {matches.slice(0, SHOWN).map((e) => {
            const name = names.get(e.id) ?? e.id;
            return (
              <li key={e.id}>
                <span lang="en">{name}</span>
                <button
                  type="button"
                  class="tl-button tl-button-small"
                  onClick={() => onChange([...muted, e.id])}
                  aria-label={t('options.dontMarkTerm', { name })}
                >
                  {t('options.dontMark')}
                </button>
              </li>
            );
          })}
          {matches.length > SHOWN && (
            <li class="tl-hint">{t('options.moreMatches', { count: formatNumber(matches.length - SHOWN) })}</li>
          )}
        </ul>
      )}
      {muted.length === 0 ? (
        <p class="tl-hint">{t('options.noMutedTerms')}</p>
      ) : (
        <ul class="tl-item-list" aria-label={t('options.mutedHeading')}>
          {muted.map((id) => {
            const name = names.get(id) ?? id;
            return (
              <li key={id}>
                <span lang="en">{name}</span>
                <button
                  type="button"
                  class="tl-button tl-button-small"
                  onClick={() => onChange(muted.filter((m) => m !== id))}
                  aria-label={t('options.unmuteTerm', { name })}
                >
                  {t('options.unmute')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
