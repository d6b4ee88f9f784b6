import { useRef, useState } from 'preact/hooks';
import type { RowError } from '../glossary/own/schema';
import { formatNumber, t } from '../lib/i18n';
import { rowErrorText } from '../lib/import-messages';

/** What the import shows between reading a file and the reader's decision. */
export type ImportView =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'refused'; file: string; error: string; languages?: string[] }
  | { kind: 'ready'; file: string; name: string; summary: string; count: number; errors: RowError[] }
  | { kind: 'saving'; file: string }
  | { kind: 'done'; text: string };

export interface GlossaryImportProps {
  view: ImportView;
  onFile: (file: File) => void;
  onLanguage: (language: string) => void;
  onConfirm: (name: string) => void;
  onCancel: () => void;
}

const SHOWN_ERRORS = 100;

/** A file chosen or dropped, read and checked, then a summary the reader confirms before anything is saved. */
export function GlossaryImport({ view, onFile, onLanguage, onConfirm, onCancel }: GlossaryImportProps) {
  const [over, setOver] = useState(false);
  const [name, setName] = useState('');
  const [language, setLanguage] = useState('');
  const shownFor = useRef<ImportView | null>(null);
  if (view.kind === 'ready' && shownFor.current !== view) {
    shownFor.current = view;
    setName(view.name);
  }
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    <div class="tl-import">
      <div
        class={`tl-drop${over ? ' tl-drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          take(e.dataTransfer?.files);
        }}
      >
        <label class="tl-button tl-file-button">
          {t('options.importGlossary')}
          <input
            type="file"
            class="tl-sr-only"
            accept=".csv,.tsv,.txt,.tbx,.xml,.json,text/csv,text/tab-separated-values,application/json,application/xml"
            onChange={(e) => {
              take(e.currentTarget.files);
              e.currentTarget.value = ''; // the same file can be chosen again after fixing it
            }}
          />
        </label>
        <span class="tl-hint">{t('options.dropHint')}</span>
      </div>
      <div role="status" class="tl-import-status">
        {view.kind === 'reading' && <p>{t('options.reading', { file: view.file })}</p>}
        {view.kind === 'saving' && <p>{t('options.saving', { file: view.file })}</p>}
        {view.kind === 'done' && <p class="tl-ok">{view.text}</p>}
        {view.kind === 'refused' && (
          <>
            <p class="tl-error">{t('options.refused', { file: view.file, error: view.error })}</p>
            {view.languages && view.languages.length > 0 && (
              <form
                class="tl-row"
                onSubmit={(e) => {
                  e.preventDefault();
                  onLanguage(language || view.languages![0]!);
                }}
              >
                <label class="tl-row">
                  {t('options.language')}
                  <select class="tl-input" value={language} onChange={(e) => setLanguage(e.currentTarget.value)}>
                    {view.languages.map((l) => (
                      <option key={l} value={l}>
                        {l}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" class="tl-button">
                  {t('options.importLanguage')}
                </button>
              </form>
            )}
          </>
        )}
        {view.kind === 'ready' && (
          <form
            class="tl-import-ready"
            onSubmit={(e) => {
              e.preventDefault();
              onConfirm(name);
            }}
          >
            <p class="tl-import-summary">
              <strong>{view.file}</strong>: {view.summary}
            </p>
            {view.errors.length > 0 && (
              <ul class="tl-rejected" aria-label={t('options.rowsSkipped')}>
                {view.errors.slice(0, SHOWN_ERRORS).map((e) => {
                  const text = rowErrorText(e); // each row has its own place, so its text is a key
                  return <li key={text}>{text}</li>;
                })}
                {view.errors.length > SHOWN_ERRORS && (
                  <li>{t('options.andMore', { count: formatNumber(view.errors.length - SHOWN_ERRORS) })}</li>
                )}
              </ul>
            )}
            <label class="tl-row">
              {t('options.name')}
              <input
                class="tl-input"
                value={name}
                maxLength={80}
                required
                onInput={(e) => setName(e.currentTarget.value)}
              />
            </label>
            <div class="tl-row">
              <button type="submit" class="tl-button tl-button-primary">
                {t('options.addTerms', view.count, [formatNumber(view.count)])}
              </button>
              <button type="button" class="tl-button" onClick={onCancel}>
                {t('options.cancel')}
              </button>
            </div>
          </form>
        )}
      </div>
    </div>
  );
}
