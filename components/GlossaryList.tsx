import { useState } from 'preact/hooks';
import type { GlossaryMeta } from '../lib/glossary-list';
import { formatDay, formatNumber, t } from '../lib/i18n';
import { Switch } from './Switch';

export interface GlossaryListProps {
  bundled: { name: string; count: number; on: boolean };
  glossaries: readonly GlossaryMeta[];
  onBundled: (on: boolean) => void;
  onSwitch: (id: string, on: boolean) => void;
  onRename: (id: string, name: string) => Promise<string | null>;
  onDelete: (id: string) => void;
  onExport: (id: string, format: 'csv' | 'json') => void;
  onEdit: (id: string) => void;
  editing: string | null;
}

const n = (x: number) => t('options.termCount', x, [formatNumber(x)]);

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : formatDay(d);
}

/** The bundled glossary and each of the reader's: what it is, a switch, and what can be done with it. */
export function GlossaryList(props: GlossaryListProps) {
  const { bundled, glossaries } = props;
  return (
    <ul class="tl-glossaries">
      <li class="tl-glossary">
        <div class="tl-glossary-head">
          <Switch
            checked={bundled.on}
            onChange={props.onBundled}
            label={t('options.useGlossary', { name: bundled.name })}
          />
          <div>
            <div class="tl-glossary-name">{bundled.name}</div>
            <div class="tl-hint">{[n(bundled.count), t('options.builtIn')].join(' · ')}</div>
          </div>
        </div>
      </li>
      {glossaries.map((g) => (
        <GlossaryRow key={g.id} glossary={g} {...props} />
      ))}
    </ul>
  );
}

function GlossaryRow({ glossary: g, ...props }: { glossary: GlossaryMeta } & GlossaryListProps) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(g.name);
  const [error, setError] = useState<string | null>(null);
  const nameId = `tl-glossary-${g.id}`;
  const details = [n(g.count), g.file || t('options.writtenHere'), when(g.added)].filter(Boolean).join(' · ');
  return (
    <li class="tl-glossary">
      <div class="tl-glossary-head">
        <Switch
          checked={g.on}
          onChange={(on) => props.onSwitch(g.id, on)}
          label={t('options.useGlossary', { name: g.name })}
        />
        <div>
          <div class="tl-glossary-name" id={nameId}>
            {g.name}
          </div>
          <div class="tl-hint">{details}</div>
        </div>
      </div>
      {renaming ? (
        <form
          class="tl-row tl-rename"
          onSubmit={(e) => {
            e.preventDefault();
            void props.onRename(g.id, name).then((reason) => {
              setError(reason);
              if (!reason) setRenaming(false);
            });
          }}
        >
          <input
            class="tl-input"
            aria-label={t('options.newNameFor', { name: g.name })}
            value={name}
            maxLength={80}
            autoFocus
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <button type="submit" class="tl-button tl-button-small">
            {t('options.saveName')}
          </button>
          <button type="button" class="tl-button tl-button-small" onClick={() => setRenaming(false)}>
            {t('options.cancel')}
          </button>
          {error && <p class="tl-error">{error}</p>}
        </form>
      ) : (
        <div class="tl-row tl-glossary-actions" role="group" aria-labelledby={nameId}>
          <button
            type="button"
            class="tl-button tl-button-small"
            aria-expanded={props.editing === g.id}
            onClick={() => props.onEdit(g.id)}
          >
            {t('options.editTerms')}
          </button>
          <button
            type="button"
            class="tl-button tl-button-small"
            onClick={() => {
              setName(g.name);
              setError(null);
              setRenaming(true);
            }}
          >
            {t('options.rename')}
          </button>
          <button type="button" class="tl-button tl-button-small" onClick={() => props.onExport(g.id, 'csv')}>
            {t('options.exportCsv')}
          </button>
          <button type="button" class="tl-button tl-button-small" onClick={() => props.onExport(g.id, 'json')}>
            {t('options.exportJson')}
          </button>
          <button type="button" class="tl-button tl-button-small tl-button-danger" onClick={() => props.onDelete(g.id)}>
            {t('options.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
