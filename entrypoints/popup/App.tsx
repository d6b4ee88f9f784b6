import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Disclaimer } from '../../components/Disclaimer';
import { HostAccessNotice } from '../../components/HostAccessNotice';
import { Lookup } from '../../components/Lookup';
import { PageTerms } from '../../components/PageTerms';
import type { CategoryId, GlossaryEntry } from '../../glossary/schema';
import type { SearchIndex } from '../../glossary/search';
import { PopupHeader } from './PopupHeader';
import type { EarlyStart } from './early';
import { pageTermsEmpty } from './empty-states';
import { revealTerm } from './ask-page';
import { useHostAccess } from './use-host-access';
import { usePage } from './use-page';
import { useSiteControl } from './use-site-control';

function OpenInTab({ entry }: { entry: GlossaryEntry }) {
  const open = () =>
    void browser.tabs.create({ url: browser.runtime.getURL(`/reference.html#${entry.id}`) }).then(() => window.close());
  return (
    <button type="button" class="tl-button" onClick={open}>
      Open in a tab
    </button>
  );
}

/** The glossary once its chunk has loaded; null until then. */
function useGlossary(early: Promise<SearchIndex>): SearchIndex | null {
  const [index, setIndex] = useState<SearchIndex | null>(null);
  useLayoutEffect(() => void early.then(setIndex), [early]);
  return index;
}

export function App({ early }: { early: EarlyStart }) {
  const { page, refresh } = usePage(early.page);
  const hostname = page.kind === 'ready' ? page.state.hostname : null;
  const control = useSiteControl(hostname, early.stored);
  const index = useGlossary(early.glossary);
  // Firefox MV3 (and a Chrome reader who withheld site access): offer the grant when the page cannot answer.
  const hostAccess = useHostAccess(page, refresh);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<CategoryId | ''>('');
  // Entries opened one from another (related links); Back steps out one at a time.
  const [trail, setTrail] = useState<string[]>([]);
  const openId = trail.at(-1) ?? null;

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
  const empty = pageTermsEmpty(page, status);

  return (
    <div class="tl-popup">
      <PopupHeader
        page={page}
        status={status}
        enabled={enabled}
        busy={control.busy}
        onToggleSite={(on) => void control.toggleSite(on)}
        onToggleEnabled={(on) => void control.setEnabled(on)}
        onOpenSettings={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      />
      <main class="tl-popup-main">
        {!openId && (
          <section class="tl-popup-page" aria-labelledby="tl-on-page">
            <h2 id="tl-on-page" class="tl-section-title">
              On this page
            </h2>
            <div class="tl-popup-page-body">
              {hostAccess.access !== 'ok' ? (
                <HostAccessNotice
                  access={hostAccess.access}
                  busy={hostAccess.busy}
                  onGrant={hostAccess.grant}
                  onReload={hostAccess.reload}
                />
              ) : (
                <PageTerms
                  loading={page.kind === 'loading'}
                  terms={empty ? [] : page.kind === 'ready' ? page.state.terms : []}
                  emptyText={empty?.title}
                  emptyDetail={empty?.detail}
                  onChoose={(id) => tabId !== null && void revealTerm(tabId, id)}
                  onDefine={(id) => setTrail([id])}
                />
              )}
            </div>
          </section>
        )}
        <section class="tl-popup-lookup" aria-label="Glossary">
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
            onOpen={(id) => setTrail((t) => (t.at(-1) === id ? t : [...t, id]))}
            onBack={() => setTrail((t) => t.slice(0, -1))}
            relatedHref={(id) => `reference.html#${id}`}
            backLabel={trail.length > 1 ? 'Back' : 'Back to results'}
            EntryActions={OpenInTab}
          />
        </section>
      </main>
      <footer class="tl-popup-footer">
        <Disclaimer />
      </footer>
    </div>
  );
}
