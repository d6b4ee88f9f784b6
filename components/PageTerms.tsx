import type { PageTerm } from '../lib/messages';
import { displayHeadword } from './headword';
import { useFirstPaintLimit } from './use-first-paint-limit';

export interface PageTermsProps {
  terms: PageTerm[];
  /** Scrolls the page to the term's next occurrence. */
  onChoose: (id: string) => void;
  /** Opens the term's entry in the reference view, when the host offers one. */
  onDefine?: (id: string) => void;
  /** What to say instead of the list when there are no terms (off here, nothing found, can't read). */
  emptyText?: string;
  /** A second line under the empty text, explaining it. */
  emptyDetail?: string;
  /** Reserves the space and says nothing while the page is being asked. */
  loading?: boolean;
}

/**
 * Element Timing (Chromium): the browser records when the first row's name
 * is first painted (on the element that holds the text itself), so a profiler, or `npm run bench`, can read when the
 * page's terms reached the screen without anything running in the popup.
 */
const FIRST_ROW_TIMING = { elementtiming: 'tl-page-terms' };

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/** Rows drawn before the first paint: the popup's box shows about four. */
const FIRST_PAINT_TERMS = 8;

/** The glossary terms found on the open page, most frequent first, each with how often it occurs. */
export function PageTerms({ terms, onChoose, onDefine, emptyText, emptyDetail, loading }: PageTermsProps) {
  const limit = useFirstPaintLimit(FIRST_PAINT_TERMS, !loading && terms.length > 0);
  if (loading) return <div class="tl-page-terms tl-loading" aria-busy="true" />;
  if (terms.length === 0) {
    return (
      <div class="tl-page-terms tl-page-terms-empty" role="status">
        <p class="tl-empty-title">{emptyText ?? 'No glossary terms on this page.'}</p>
        {emptyDetail && <p class="tl-empty-detail">{emptyDetail}</p>}
      </div>
    );
  }
  return (
    <ul class="tl-page-terms" aria-label="Terms on this page">
      {terms.slice(0, limit).map((t, i) => {
        const name = displayHeadword(t.headword);
        return (
          <li key={t.id} class="tl-page-term">
            <button
              type="button"
              class="tl-page-term-go"
              onClick={() => onChoose(t.id)}
              title={`Show ${name} on the page`}
            >
              <span class="tl-page-term-name" {...(i === 0 ? FIRST_ROW_TIMING : {})}>
                {name}
              </span>
              <span class="tl-count">
                {t.count}
                <span class="tl-sr-only"> {t.count === 1 ? 'time' : 'times'}</span>
              </span>
            </button>
            {onDefine && (
              <button
                type="button"
                class="tl-page-term-define"
                onClick={() => onDefine(t.id)}
                aria-label={`Definition of ${name}`}
                title={`Definition of ${name} (occurs ${times(t.count)})`}
              >
                <span aria-hidden="true">i</span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
