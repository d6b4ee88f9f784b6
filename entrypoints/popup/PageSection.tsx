import type { ComponentChildren, Ref } from 'preact';
import { HostAccessNotice } from '../../components/HostAccessNotice';
import { PageTerms, type PageTermsHandle } from '../../components/PageTerms';
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
  handle: Ref<PageTermsHandle>;
  /** Controls at the end of each row (Save). */
  rowActions?: (term: PageTerm) => ComponentChildren;
}

const plural = (n: number) => `${n} ${n === 1 ? 'term' : 'terms'}`;

/**
 * "On this page": the popup's main view while the search box is empty. It
 * takes the room the popup has, says how many terms there are, and fades at
 * the edge that has more to scroll to.
 */
export function PageSection(props: PageSectionProps) {
  const { loading, terms, empty, hostAccess, onChoose, onDefine, handle, rowActions } = props;
  const shown = empty ? [] : terms;
  return (
    <section class="tl-popup-page" aria-labelledby="tl-on-page">
      <h2 id="tl-on-page" class="tl-section-title">
        On this page
        {shown.length > 0 && <span class="tl-section-count"> · {plural(shown.length)}</span>}
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
            loading={loading}
            terms={shown}
            emptyText={empty?.title}
            emptyDetail={empty?.detail}
            onChoose={onChoose}
            onDefine={onDefine}
            handle={handle}
            rowActions={rowActions}
          />
        )}
        {!loading && shown.length === 0 && <p class="tl-start-typing">Type above to search the whole glossary.</p>}
      </div>
    </section>
  );
}
