import { useEffect } from 'preact/hooks';
import type { SearchHit } from '../glossary/search';
import type { SnippetPart } from '../glossary/search-snippet';
import { t } from '../lib/i18n';
import { displayHeadword } from './headword';
import { categoryLabel } from './labels';
import { useFirstPaintLimit } from './use-first-paint-limit';

export interface ResultListProps {
  id: string;
  hits: SearchHit[];
  activeIndex: number;
  onActive: (index: number) => void;
  onOpen: (id: string) => void;
  label: string;
  /** Shown instead of the list when there are no hits. */
  emptyText: string;
  /** The entries are not there yet: keep the space, say nothing. */
  loading?: boolean;
}

/** A definition snippet: marked parts inside <mark>, every part as text. */
function SnippetText({ parts }: { parts: SnippetPart[] }) {
  let offset = 0;
  return (
    <>
      {parts.map((part) => {
        const key = offset;
        offset += part.text.length;
        return part.mark ? <mark key={key}>{part.text}</mark> : part.text;
      })}
    </>
  );
}

export const optionId = (listId: string, entryId: string) => `${listId}-${entryId}`;

/** Options drawn before the first paint; the rest follow right after it, so the popup shows at once. */
const FIRST_PAINT_OPTIONS = 12;

/**
 * The results as a listbox. Arrow keys are handled by the search box that
 * controls it; here a click or tap opens an entry, and the active option is
 * kept in view as it moves. Each row says why it is there: the form that
 * matched, or the piece of the definition with the searched words marked
 * (parts rendered as text inside <mark>, never as markup).
 */
export function ResultList({ id, hits, activeIndex, onActive, onOpen, label, emptyText, loading }: ResultListProps) {
  const activeEntry = hits[activeIndex]?.entry.id;
  const limit = useFirstPaintLimit(FIRST_PAINT_OPTIONS, hits.length > 0);
  const shown = activeIndex >= limit ? hits : hits.slice(0, limit);

  useEffect(() => {
    if (!activeEntry) return;
    document.getElementById(optionId(id, activeEntry))?.scrollIntoView({ block: 'nearest' });
  }, [id, activeEntry]);

  return (
    <div class="tl-results" aria-busy={loading ? 'true' : undefined}>
      <ul id={id} role="listbox" aria-label={label} class="tl-result-list" hidden={hits.length === 0}>
        {shown.map((hit, i) => {
          const e = hit.entry;
          const oid = optionId(id, e.id);
          const via = hit.matched && hit.matched.toLowerCase() !== e.headword.toLowerCase() ? hit.matched : null;
          return (
            // oxlint-disable-next-line jsx-a11y/click-events-have-key-events -- the keys live on the combobox that owns this listbox
            <li
              key={e.id}
              id={oid}
              role="option"
              aria-selected={i === activeIndex}
              aria-labelledby={`${oid}-name`}
              aria-describedby={`${oid}-why`}
              class="tl-result"
              data-kind={hit.kind}
              onClick={() => onOpen(e.id)}
              onPointerMove={() => i !== activeIndex && onActive(i)}
            >
              <span class="tl-result-head">
                <span id={`${oid}-name`} class="tl-result-name">
                  {displayHeadword(e.headword)}
                </span>
                <span class="tl-result-cat">{categoryLabel(e)}</span>
              </span>
              <span id={`${oid}-why`} class="tl-result-why">
                {hit.snippet ? (
                  <>
                    <span class="tl-result-label">{t('entry.inDefinition')} </span>
                    <SnippetText parts={hit.snippet} />
                  </>
                ) : (
                  <>
                    {via && <span class="tl-result-label">{t('entry.alsoCalled', { form: via })} </span>}
                    {e.short}
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {/* Always present, so screen readers announce the count as the query changes. */}
      <p class={hits.length === 0 && !loading ? 'tl-empty' : 'tl-sr-only'} role="status">
        {loading ? '' : hits.length === 0 ? emptyText : t('entry.entryCount', hits.length)}
      </p>
    </div>
  );
}
