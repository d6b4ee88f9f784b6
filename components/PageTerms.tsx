import type { ComponentChildren, Ref } from 'preact';
import { useImperativeHandle } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { PageTerm } from '../lib/messages';
import { displayHeadword } from './headword';
import { useFirstPaintLimit } from './use-first-paint-limit';
import { useRovingGrid } from './use-roving-grid';

export interface PageTermsProps {
  terms: PageTerm[];
  /** Scrolls the page to the term's next occurrence. */
  onChoose: (id: string) => void;
  /** Opens the term's entry, when the host offers one. */
  onDefine?: (id: string) => void;
  /**
   * Further controls at the end of each row ("Don't mark", "Save" …). Every
   * button or link they render becomes a cell the arrow keys reach.
   */
  rowActions?: (term: PageTerm) => ComponentChildren;
  /** What to say instead of the list when there are no terms (off here, nothing found, can't read). */
  emptyText?: string;
  /** A second line under the empty text, explaining it. */
  emptyDetail?: string;
  /** Reserves the space and says nothing while the page is being asked. */
  loading?: boolean;
  /** Lets the host move focus into the list (ArrowDown in the search box above it). */
  handle?: Ref<PageTermsHandle>;
}

export interface PageTermsHandle {
  focus: () => void;
}

/**
 * Element Timing (Chromium): the browser records when the first row's name
 * is first painted (on the element that holds the text itself), so a profiler, or `npm run bench`, can read when the
 * page's terms reached the screen without anything running in the popup.
 */
const FIRST_ROW_TIMING = { elementtiming: 'tl-page-terms' };

/**
 * Rows drawn before the first paint: a little more than the popup's box shows (10 rows at its full 560 px, fewer
 * when Chrome shortens it). Since the popup draws the page's answer in its first render, each row drawn here is work
 * done before the popup's first frame.
 */
const FIRST_PAINT_TERMS = 12;

/**
 * The glossary terms found on the open page, most frequent first, each with
 * how often it occurs. One tab stop for the whole list (a grid): the arrow
 * keys move between rows and between a row's controls.
 */
export function PageTerms(props: PageTermsProps) {
  const { terms, onChoose, onDefine, rowActions, emptyText, emptyDetail, loading } = props;
  const limit = useFirstPaintLimit(FIRST_PAINT_TERMS, !loading && terms.length > 0);
  const { gridRef, onKeyDown, onFocusIn, focus } = useRovingGrid<HTMLDivElement>('[role="row"]', [terms, limit]);
  useImperativeHandle(props.handle ?? null, () => ({ focus }), [focus]);

  if (loading) return <div class="tl-page-terms tl-loading" aria-busy="true" />;
  if (terms.length === 0) {
    return (
      <div class="tl-page-terms tl-page-terms-empty" role="status">
        <p class="tl-empty-title">{emptyText ?? t('entry.noTermsOnPage')}</p>
        {emptyDetail && <p class="tl-empty-detail">{emptyDetail}</p>}
      </div>
    );
  }
  return (
    <div
      ref={gridRef}
      role="grid"
      tabIndex={-1}
      class="tl-page-terms"
      aria-label={t('entry.termsOnPage')}
      aria-rowcount={terms.length}
      onKeyDown={onKeyDown}
      onFocusIn={onFocusIn}
    >
      {terms.slice(0, limit).map((term, i) => {
        const name = displayHeadword(term.headword);
        return (
          <div key={term.id} role="row" class="tl-page-term" aria-rowindex={i + 1}>
            <span role="gridcell" class="tl-page-term-main">
              <button
                type="button"
                class="tl-page-term-go"
                onClick={() => onChoose(term.id)}
                title={t('entry.showOnPage', { name })}
              >
                <span class="tl-page-term-name" {...(i === 0 ? FIRST_ROW_TIMING : {})}>
                  {name}
                </span>
                <span class="tl-count">
                  {term.count}
                  <span class="tl-sr-only"> {t('entry.times', term.count)}</span>
                </span>
              </button>
            </span>
            {onDefine && (
              <span role="gridcell">
                <button
                  type="button"
                  class="tl-page-term-define"
                  onClick={() => onDefine(term.id)}
                  aria-label={t('entry.definitionOf', { name })}
                  title={t('entry.definitionOfOccurs', term.count, { name })}
                >
                  {/* i18n-ignore: the information icon, drawn as a letter and hidden from screen readers */}
                  <span aria-hidden="true">i</span>
                </button>
              </span>
            )}
            {rowActions && (
              <span role="gridcell" class="tl-page-term-actions">
                {rowActions(term)}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
