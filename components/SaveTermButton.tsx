import { t } from '../lib/i18n';
import { displayHeadword } from './headword';

/** "Save" for one term: keeps it in My terms; once saved it says so (pressing it again keeps it saved). */
export function SaveTermButton({
  headword,
  saved,
  onSave,
  compact,
}: {
  headword: string;
  saved: boolean;
  onSave: () => void;
  /** An icon-sized button, for a row of a list. */
  compact?: boolean;
}) {
  const name = displayHeadword(headword);
  const label = saved ? t('entry.savedTerm', { name }) : t('entry.saveTerm', { name });
  return (
    <button
      type="button"
      class={compact ? 'tl-save-term tl-save-term-compact' : 'tl-button tl-save-term'}
      aria-pressed={saved ? 'true' : 'false'}
      aria-label={compact ? label : undefined}
      title={label}
      onClick={onSave}
    >
      {compact ? (
        <span aria-hidden="true">{saved ? '★' : '☆'}</span>
      ) : saved ? (
        t('entry.savedToMyTerms')
      ) : (
        t('entry.saveToMyTerms')
      )}
    </button>
  );
}
