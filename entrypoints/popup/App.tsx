import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Disclaimer } from '../../components/Disclaimer';
import { Lookup } from '../../components/Lookup';
import type { PageTermsHandle } from '../../components/PageTerms';
import { SaveTermButton } from '../../components/SaveTermButton';
import { displayHeadword } from '../../components/headword';
import { definitionsInAnotherLanguage, t } from '../../lib/i18n';
import { loadSettings, saveSetting } from '../../lib/storage';
import type { CategoryId, GlossaryEntry } from '../../glossary/schema';
import type { SearchIndex } from '../../glossary/search';
import { PageSection } from './PageSection';
import { PopupHeader } from './PopupHeader';
import type { EarlyStart } from './early';
import { pageTermsEmpty } from './empty-states';
import { revealTerm } from './ask-page';
import { useHostAccess } from './use-host-access';
import { usePage } from './use-page';
import { useSiteControl } from './use-site-control';
import { useTabFrames } from './use-tab-frames';
import { mergeFrameTerms } from '../../lib/frame-terms';
import type { PageTerm } from '../../lib/messages';
import { saveTerm } from '../../lib/saved-terms';
import { saveById, useSavedIds } from './saved';

function OpenInTab({ entry }: { entry: GlossaryEntry }) {
  const open = () =>
    void browser.tabs.create({ url: browser.runtime.getURL(`/reference.html#${entry.id}`) }).then(() => window.close());
  const saved = useSavedIds();
  return (
    <>
      <button type="button" class="tl-button" onClick={open}>
        {t('popup.openInTab')}
      </button>
      <SaveTermButton
        headword={entry.headword}
        saved={saved.has(entry.id)}
        onSave={() => void saveTerm({ id: entry.id, headword: entry.headword, definition: entry.short })}
      />
    </>
  );
}

/** The glossary once its chunk has loaded; null until then. */
function useGlossary(early: Promise<SearchIndex>): SearchIndex | null {
  const [index, setIndex] = useState<SearchIndex | null>(null);
  useLayoutEffect(() => void early.then(setIndex), [early]);
  return index;
}

/** Where an entry was opened from, so its back link can name where it goes. */
type Trail = { from: 'page' | 'search'; ids: string[] };

export function App({ early }: { early: EarlyStart }) {
  const { page, refresh } = usePage(early.page, early.answered);
  const hostname = page.kind === 'ready' ? page.state.hostname : null;
  const control = useSiteControl(hostname, early.stored);
  const index = useGlossary(early.glossary);
  // Firefox MV3 (and a Chrome reader who withheld site access): offer the grant when the page cannot answer.
  const hostAccess = useHostAccess(page, refresh);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<CategoryId | ''>('');
  // Entries opened one from another (related links); Back steps out one at a time.
  const [trail, setTrail] = useState<Trail>({ from: 'search', ids: [] });
  const openId = trail.ids.at(-1) ?? null;
  const pageTerms = useRef<PageTermsHandle>(null);

  const tabId = page.tabId;
  // Until storage has answered, the page's own account stands in (for the global switch too: "off everywhere" is
  // one of its reasons): its content script decided it from the same storage, and waiting for the popup's own read
  // would hold the page's terms and the header back.
  const status =
    control.status ??
    (page.kind === 'ready'
      ? { on: page.state.on, reason: page.state.reason, rule: page.state.rule, parent: page.state.parent }
      : null);
  const enabled = control.settings?.enabled ?? (page.kind === 'ready' ? page.state.reason !== 'off-global' : null);
  const frames = useTabFrames(tabId);
  // The top frame's own terms, and those of every frame of the page, same-origin or not.
  const terms =
    page.kind === 'ready' && page.state.on ? mergeFrameTerms(page.state.terms, frames, page.state.since) : [];
  const empty = pageTermsEmpty(page, status, terms.length);
  const saved = useSavedIds();
  const saveAction = useCallback(
    (term: PageTerm) => (
      <SaveTermButton
        compact
        headword={term.headword}
        saved={saved.has(term.id)}
        onSave={() => void saveById(term.id, index)}
      />
    ),
    [saved, index],
  );

  const previous = trail.ids.at(-2);
  const previousEntry = previous ? index?.entries.find((e) => e.id === previous) : undefined;
  const backLabel = previousEntry
    ? t('popup.backTo', { name: displayHeadword(previousEntry.headword) })
    : trail.from === 'page'
      ? t('popup.onThisPage')
      : query.trim()
        ? t('popup.resultsFor', { query: query.trim() })
        : t('popup.backToList');

  // "Don't mark" on a row: the term is muted everywhere; the line above the list offers to undo it.
  const [justMuted, setJustMuted] = useState<{ id: string; name: string } | null>(null);
  const mute = async (id: string) => {
    const term = page.kind === 'ready' ? page.state.terms.find((t) => t.id === id) : undefined;
    setJustMuted({ id, name: displayHeadword(term?.headword ?? id) });
    const muted = (await loadSettings()).mutedTerms;
    await saveSetting('mutedTerms', [...new Set([...muted, id])]);
  };
  const unmute = async () => {
    if (!justMuted) return;
    setJustMuted(null);
    const muted = (await loadSettings()).mutedTerms;
    await saveSetting(
      'mutedTerms',
      muted.filter((m) => m !== justMuted.id),
    );
  };

  return (
    <div class="tl-popup">
      <PopupHeader
        page={page}
        status={status}
        paused={enabled === null ? null : !enabled}
        busy={control.busy}
        onToggleSite={(on) => void control.toggleSite(on)}
        onResume={() => void control.setEnabled(true)}
        onOpenSettings={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      />
      <main class="tl-popup-main">
        <Lookup
          id="tl-popup"
          index={index}
          layout="stacked"
          autoFocus
          query={query}
          onQuery={setQuery}
          category={category}
          onCategory={setCategory}
          openId={openId}
          onOpen={(id) =>
            setTrail((t) => (t.ids.at(-1) === id ? t : { from: t.ids.length ? t.from : 'search', ids: [...t.ids, id] }))
          }
          onBack={() => setTrail((t) => ({ ...t, ids: t.ids.slice(0, -1) }))}
          relatedHref={(id) => `reference.html#${id}`}
          backLabel={backLabel}
          EntryActions={OpenInTab}
          onIdleArrowDown={() => pageTerms.current?.focus()}
          idle={
            <PageSection
              loading={page.kind === 'loading'}
              terms={terms}
              empty={empty}
              hostAccess={hostAccess}
              onChoose={(id) => tabId !== null && void revealTerm(tabId, id, terms.find((t) => t.id === id)?.frames)}
              onDefine={(id) => setTrail({ from: 'page', ids: [id] })}
              onMute={(id) => void mute(id)}
              justMuted={justMuted?.name ?? null}
              onUndo={() => void unmute()}
              handle={pageTerms}
              rowActions={saveAction}
            />
          }
        />
      </main>
      <footer class={`tl-popup-footer${definitionsInAnotherLanguage() ? ' tl-popup-footer-long-note' : ''}`}>
        <Disclaimer compact />
        <nav class="tl-popup-pages" aria-label={t('popup.pagesNav')}>
          <a href="notebook.html" target="_blank">
            {t('popup.myTerms')}
          </a>
          <a href="explain.html" target="_blank">
            {t('popup.explainText')}
          </a>
        </nav>
        {enabled && (
          <button
            type="button"
            class="tl-link-button tl-pause"
            onClick={() => void control.setEnabled(false)}
            disabled={control.busy}
            title={t('popup.pauseTitle')}
          >
            {t('popup.pause')}
          </button>
        )}
      </footer>
    </div>
  );
}
