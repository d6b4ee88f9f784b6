import { useEffect, useState } from 'preact/hooks';
import { entries } from 'virtual:termlens-glossary-compact';
import { GlossaryImport, type ImportView } from '../../components/GlossaryImport';
import { GlossaryList } from '../../components/GlossaryList';
import { TermEditor } from '../../components/TermEditor';
import { termFromDraft } from '../../components/TermForm';
import type { OwnTerm } from '../../glossary/own/schema';
import type { GlossaryList as List } from '../../lib/glossary-list';
import { t } from '../../lib/i18n';
import { importSummary } from '../../lib/import-messages';
import {
  addGlossary,
  deleteGlossary,
  loadGlossaryList,
  loadTerms,
  replaceTerms,
  restoreGlossary,
  setBundledOn,
  updateGlossary,
  watchGlossaryList,
} from '../../lib/own-glossaries';
import { exportGlossary, readGlossaryFile, rereadWithLanguage, viewOf, type PendingImport } from './glossary-actions';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The "Glossaries" section: the list with its switches, import, export, rename, delete with undo, term editing. */
export function GlossariesSection() {
  const [list, setList] = useState<List | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [view, setView] = useState<ImportView>({ kind: 'idle' });
  const [undo, setUndo] = useState<{ text: string; run: () => Promise<void> } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [terms, setTerms] = useState<OwnTerm[] | null>(null);

  useEffect(() => {
    const ac = new AbortController();
    void loadGlossaryList().then((l) => !ac.signal.aborted && setList(l));
    watchGlossaryList(setList, ac.signal);
    return () => ac.abort();
  }, []);

  const editingMeta = list?.glossaries.find((g) => g.id === editing) ?? null;
  useEffect(() => {
    setTerms(null);
    if (editingMeta) void loadTerms(editingMeta).then(setTerms);
  }, [editing, editingMeta?.count]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!list) return <p aria-busy="true">{t('options.loadingGlossaries')}</p>;
  const act = (work: Promise<unknown>) => void work.catch((e) => setProblem(errorText(e)));

  const saveTerms = async (id: string, next: OwnTerm[]) => {
    await replaceTerms(id, next);
    setTerms(next);
  };

  return (
    <>
      <GlossaryList
        bundled={{ name: t('options.bundledName'), count: entries.length, on: list.bundledOn }}
        glossaries={list.glossaries}
        editing={editing}
        onBundled={(on) => act(setBundledOn(on))}
        onSwitch={(id, on) => act(updateGlossary(id, { on }))}
        onRename={async (id, name) => {
          const trimmed = name.trim();
          if (!trimmed) return t('options.nameNeeded');
          await updateGlossary(id, { name: trimmed.slice(0, 80) });
          return null;
        }}
        onDelete={(id) =>
          act(
            deleteGlossary(id).then((deleted) => {
              if (!deleted) return;
              if (editing === id) setEditing(null);
              setUndo({ text: t('options.deleted', { name: deleted.meta.name }), run: () => restoreGlossary(deleted) });
            }),
          )
        }
        onExport={(id, format) => {
          const g = list.glossaries.find((x) => x.id === id);
          if (g) act(exportGlossary(g, format));
        }}
        onEdit={(id) => setEditing((cur) => (cur === id ? null : id))}
      />
      <div role="status" class="tl-undo">
        {undo && (
          <p class="tl-row">
            {undo.text}
            <button
              type="button"
              class="tl-button tl-button-small"
              onClick={() => {
                const { run } = undo;
                setUndo(null);
                act(run());
              }}
            >
              {t('options.undo')}
            </button>
          </p>
        )}
      </div>
      <div role="alert">{problem && <p class="tl-error">{problem}</p>}</div>
      {editingMeta && (
        <TermEditor
          name={editingMeta.name}
          terms={terms}
          onClose={() => setEditing(null)}
          onSave={async (index, draft) => {
            const checked = termFromDraft(draft);
            if ('error' in checked) return checked.error;
            const next = [...(terms ?? [])];
            if (index === null) next.push(checked.term);
            else next[index] = checked.term;
            try {
              await saveTerms(editingMeta.id, next);
              return null;
            } catch (e) {
              return errorText(e);
            }
          }}
          onDelete={(index) => {
            const before = terms ?? [];
            const removed = before[index];
            if (!removed) return;
            act(
              saveTerms(
                editingMeta.id,
                before.filter((_, i) => i !== index),
              ).then(() =>
                setUndo({
                  text: t('options.deleted', { name: removed.term }),
                  run: () => saveTerms(editingMeta.id, before),
                }),
              ),
            );
          }}
        />
      )}
      <h3>{t('options.addGlossaryHeading')}</h3>
      <p class="tl-hint">{t('options.addGlossaryHint')}</p>
      <GlossaryImport
        view={view}
        onFile={(file) => {
          setView({ kind: 'reading', file: file.name });
          void readGlossaryFile(file)
            .then((p) => {
              setPending(p);
              setView(viewOf(p));
            })
            .catch(() => setView({ kind: 'refused', file: file.name, error: t('import.fileUnreadable') }));
        }}
        onLanguage={(language) => {
          if (!pending) return;
          const p = rereadWithLanguage(pending, language);
          setPending(p);
          setView(viewOf(p));
        }}
        onCancel={() => {
          setPending(null);
          setView({ kind: 'idle' });
        }}
        onConfirm={(name) => {
          const result = pending?.result;
          if (!pending || !result?.ok) return;
          setView({ kind: 'saving', file: pending.file });
          addGlossary({
            name: name.trim().slice(0, 80) || result.name || t('import.myGlossary'),
            file: pending.file,
            terms: result.terms,
          })
            .then((meta) => {
              setPending(null);
              setView({
                kind: 'done',
                text: t('options.added', {
                  name: meta.name,
                  summary: importSummary(result.terms.length, result.errors.length),
                }),
              });
            })
            .catch((e) => setView({ kind: 'refused', file: pending.file, error: errorText(e) }));
        }}
      />
    </>
  );
}
