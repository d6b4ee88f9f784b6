import { useState } from 'preact/hooks';
import { checkRow, type OwnTerm } from '../glossary/own/schema';
import { t } from '../lib/i18n';
import { rowProblemText } from '../lib/import-messages';

export interface TermDraft {
  term: string;
  definition: string;
  aliases: string;
  source: string;
  category: string;
  caseSensitive: boolean;
  ambiguous: boolean;
}

export const draftOf = (t?: Partial<OwnTerm>): TermDraft => ({
  term: t?.term ?? '',
  definition: t?.definition ?? '',
  aliases: t?.aliases?.join(' | ') ?? '',
  source: t?.source ?? '',
  category: t?.category ?? '',
  caseSensitive: !!t?.caseSensitive,
  ambiguous: !!t?.ambiguous,
});

/** A term typed in the form, checked like an imported row; the reason reads as a sentence. */
export function termFromDraft(draft: TermDraft): { term: OwnTerm } | { error: string } {
  const checked = checkRow({ where: { item: 1 }, fields: { ...draft } });
  if ('term' in checked) return checked;
  const reason = rowProblemText(checked.error.reason);
  return { error: `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.` };
}

export interface TermFormProps {
  initial: TermDraft;
  /** Checks and saves; returns the reason when the term cannot be saved. */
  onSave: (draft: TermDraft) => Promise<string | null>;
  onCancel?: () => void;
  saveLabel: string;
  id: string;
  autoFocus?: 'term' | 'definition';
}

/** One term of a reader's glossary, written or edited by hand. Everything typed is kept as plain text. */
export function TermForm({ initial, onSave, onCancel, saveLabel, id, autoFocus }: TermFormProps) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set =
    <K extends keyof TermDraft>(key: K) =>
    (value: TermDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: 'term' | 'aliases' | 'source' | 'category', label: string, hint?: string) => (
    <label class="tl-field">
      <span>{label}</span>
      <input
        id={`${id}-${key}`}
        type="text"
        value={draft[key]}
        autoFocus={autoFocus === key}
        onInput={(e) => set(key)(e.currentTarget.value)}
      />
      {hint && <span class="tl-hint">{hint}</span>}
    </label>
  );
  return (
    <form
      class="tl-term-form"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onSave(draft).then((reason) => {
          setBusy(false);
          setError(reason);
        });
      }}
    >
      {text('term', t('addTerm.term'))}
      <label class="tl-field">
        <span>{t('addTerm.definition')}</span>
        <textarea
          id={`${id}-definition`}
          rows={3}
          value={draft.definition}
          autoFocus={autoFocus === 'definition'}
          onInput={(e) => set('definition')(e.currentTarget.value)}
        />
      </label>
      {text('aliases', t('addTerm.otherForms'), t('addTerm.otherFormsHint'))}
      {text('category', t('addTerm.category'))}
      {text('source', t('addTerm.source'), t('addTerm.sourceHint'))}
      <label class="tl-check">
        <input
          type="checkbox"
          checked={draft.caseSensitive}
          onChange={(e) => set('caseSensitive')(e.currentTarget.checked)}
        />
        {t('addTerm.caseSensitive')}
      </label>
      <label class="tl-check">
        <input type="checkbox" checked={draft.ambiguous} onChange={(e) => set('ambiguous')(e.currentTarget.checked)} />
        {t('addTerm.ambiguous')}
      </label>
      <div role="alert" class="tl-form-error">
        {error && <p class="tl-error">{error}</p>}
      </div>
      <div class="tl-row">
        <button type="submit" class="tl-button tl-button-primary" disabled={busy}>
          {saveLabel}
        </button>
        {onCancel && (
          <button type="button" class="tl-button" onClick={onCancel}>
            {t('addTerm.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
