import type { ComponentChildren, Ref } from 'preact';
import { HostAccessNotice } from '../../components/HostAccessNotice';
import { displayHeadword } from '../../components/headword';
import { PageTerms, type PageTermsHandle } from '../../components/PageTerms';
import { t } from '../../lib/i18n';
import type { PageTerm } from '../../lib/messages';
import type { EmptyState } from './empty-states';
import type { HostAccessControl } from './use-host-access';

export interface PageSectionProps {
  loading: boolean;
  terms: PageTerm[];
  empty: EmptyState | null;
  hostAccess: HostAccessControl;
  onChoose: (id: string) => void;
  onDefine: (id: string) => void;
  /** "Don't mark" on a row: stop marking the term on every page. */
  onMute: (id: string) => void;
  /** The name of the term just muted here, while its undo is offered. */
  justMuted: string | null;
  onUndo: () => void;
  handle: Ref<PageTermsHandle>;
  /** Controls at the end of each row (Save). */
  rowActions?: (term: PageTerm) => ComponentChildren;
}

/** The host's own row controls, then "Don't mark" at the end of each row. */
function withMute(rowActions: PageSectionProps['rowActions'], onMute: (id: string) => void) {
  return function RowActions(term: PageTerm) {
    const name = displayHeadword(term.headword);
    return (
      <>
        {rowActions?.(term)}
        <button
          type="button"
          class="tl-page-term-mute"
          onClick={() => onMute(term.id)}
          aria-label={t('popup.dontMarkLabel', { name })}
          title={t('popup.dontMarkTitle', { name })}
        >
          <span aria-hidden="true">⊘</span>
        </button>
      </>
    );
  };
}

/**
 * "On this page": the popup's main view while the search box is empty. It
 * takes the room the popup has, says how many terms there are, and fades at
 * the edge that has more to scroll to.
 */
export function PageSection(props: PageSectionProps) {
  const { loading, terms, empty, hostAccess, onChoose, onDefine, onMute, justMuted, onUndo, handle, rowActions } =
    props;
  const shown = empty ? [] : terms;
  return (
    <section class="tl-popup-page" aria-labelledby="tl-on-page">
      <h2 id="tl-on-page" class="tl-section-title">
        {t('popup.onThisPage')}
        {shown.length > 0 && <span class="tl-section-count"> · {t('popup.termCount', shown.length)}</span>}
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
          <>
            {justMuted && (
              <p class="tl-page-muted" role="status">
                <span>{t('popup.notMarking', { name: justMuted })}</span>
                <button type="button" class="tl-back tl-undo" onClick={onUndo}>
                  {t('popup.undo')}
                </button>
              </p>
            )}
            <PageTerms
              loading={loading}
              terms={shown}
              emptyText={empty?.title}
              emptyDetail={empty?.detail}
              onChoose={onChoose}
              onDefine={onDefine}
              rowActions={withMute(rowActions, onMute)}
              handle={handle}
            />
          </>
        )}
        {!loading && shown.length === 0 && <p class="tl-start-typing">{t('popup.typeToSearch')}</p>}
      </div>
    </section>
  );
}
