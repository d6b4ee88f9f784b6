import { useEffect, useState } from 'preact/hooks';
import { Brand } from '../../components/Brand';
import { draftOf, TermForm, termFromDraft } from '../../components/TermForm';
import { MAX_TERM } from '../../glossary/own/limits';
import type { GlossaryMeta } from '../../lib/glossary-list';
import { t } from '../../lib/i18n';
import { addTerm, loadGlossaryList, myGlossaryName } from '../../lib/own-glossaries';

/** The words the reader selected, from the address the context menu opened (`add-term.html?term=…`). */
const selected = () =>
  (new URLSearchParams(location.search).get('term') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TERM);

/**
 * "Add to my glossary…": a small form for the words selected on a page. On
 * save the term joins the chosen glossary (by default "My glossary", made
 * when missing) and every open tab marks it at once: pages watch the list
 * of glossaries.
 */
export function App() {
  const [glossaries, setGlossaries] = useState<GlossaryMeta[] | null>(null);
  const [target, setTarget] = useState('');
  const [added, setAdded] = useState<{ term: string; glossary: string } | null>(null);
  useEffect(() => {
    void loadGlossaryList().then((l) => setGlossaries(l.glossaries));
  }, []);
  const term = selected();

  return (
    <main class="tl-add-term">
      <Brand title={t('addTerm.title')} size={22} />
      {added ? (
        <div role="status" class="tl-added">
          <p class="tl-ok">{t('addTerm.added', { term: added.term, glossary: added.glossary })}</p>
          <div class="tl-row">
            <button type="button" class="tl-button tl-button-primary" onClick={() => window.close()}>
              {t('addTerm.close')}
            </button>
            <button type="button" class="tl-button" onClick={() => setAdded(null)}>
              {t('addTerm.addAnother')}
            </button>
          </div>
        </div>
      ) : (
        <>
          {glossaries && glossaries.length > 0 && (
            <label class="tl-field tl-target">
              <span>{t('addTerm.glossary')}</span>
              <select class="tl-input" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
                <option value="">
                  {glossaries.some((g) => g.name === myGlossaryName())
                    ? myGlossaryName()
                    : t('addTerm.newGlossary', { name: myGlossaryName() })}
                </option>
                {glossaries
                  .filter((g) => g.name !== myGlossaryName())
                  .map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.name}
                    </option>
                  ))}
              </select>
            </label>
          )}
          <TermForm
            id="tl-add"
            initial={draftOf({ term })}
            autoFocus={term ? 'definition' : 'term'}
            saveLabel={t('addTerm.save')}
            onCancel={() => window.close()}
            onSave={async (draft) => {
              const checked = termFromDraft(draft);
              if ('error' in checked) return checked.error;
              try {
                await addTerm(checked.term, target || undefined);
              } catch (e) {
                return e instanceof Error ? e.message : String(e);
              }
              const list = await loadGlossaryList();
              const name = list.glossaries.find((g) => g.id === target)?.name ?? myGlossaryName();
              setGlossaries(list.glossaries);
              setAdded({ term: checked.term.term, glossary: name });
              return null;
            }}
          />
          <p class="tl-hint">{t('addTerm.stayOnDevice')}</p>
        </>
      )}
    </main>
  );
}
