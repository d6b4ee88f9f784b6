import { useMemo, useState } from 'preact/hooks';
import type { OwnTerm } from '../glossary/own/schema';
import { formatNumber, t } from '../lib/i18n';
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
    const all = (terms ?? []).map((term, i) => [term, i] as const);
    return q ? all.filter(([x]) => `${x.term} ${x.aliases.join(' ')} ${x.definition}`.toLowerCase().includes(q)) : all;
  }, [terms, filter]);
  return (
    <section class="tl-term-editor" aria-label={t('options.termsOf', { name })}>
      <div class="tl-row">
        <h3>{t('options.termsOf', { name })}</h3>
        <button type="button" class="tl-button tl-button-small" onClick={onClose}>
          {t('options.done')}
        </button>
      </div>
      {!terms ? (
        <p aria-busy="true">{t('options.loading')}</p>
      ) : (
        <>
          <div class="tl-row">
            <input
              class="tl-input"
              type="search"
              aria-label={t('options.findTermIn', { name })}
              placeholder={t('options.findTerm')}
              value={filter}
              onInput={(e) => {
                setFilter(e.currentTarget.value);
                setLimit(PAGE);
              }}
            />
            <button type="button" class="tl-button tl-button-small" onClick={() => setEditing('new')}>
              {t('options.addATerm')}
            </button>
          </div>
          {editing === 'new' && (
            <TermForm
              id="tl-new-term"
              initial={draftOf()}
              saveLabel={t('options.addTerm')}
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
            {shown.slice(0, limit).map(([term, i]) => (
              <li key={`${i}:${term.term}`}>
                {editing === i ? (
                  <TermForm
                    id={`tl-term-${i}`}
                    initial={draftOf(term)}
                    saveLabel={t('options.saveTerm')}
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
                      <strong>{term.term}</strong>
                      <span class="tl-hint">{term.definition}</span>
                    </div>
                    <div class="tl-row" role="group" aria-label={term.term}>
                      <button type="button" class="tl-button tl-button-small" onClick={() => setEditing(i)}>
                        {t('options.edit')}
                      </button>
                      <button type="button" class="tl-button tl-button-small" onClick={() => onDelete(i)}>
                        {t('options.delete')}
                      </button>
                    </div>
                  </>
                )}
              </li>
            ))}
          </ul>
          {shown.length > limit && (
            <button type="button" class="tl-button tl-button-small" onClick={() => setLimit((l) => l + PAGE * 4)}>
              {t('options.showMore', { count: formatNumber(shown.length - limit) })}
            </button>
          )}
          {shown.length === 0 && <p class="tl-hint">{t('options.noTermMatches')}</p>}
        </>
      )}
    </section>
  );
}
