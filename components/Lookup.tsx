import type { ComponentChildren, ComponentType, KeyboardEventHandler } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CategoryId, GlossaryEntry } from '../glossary/schema';
import type { SearchIndex } from '../glossary/search';
import { t } from '../lib/i18n';
import { CategoryFilter } from './CategoryFilter';
import { EntryView } from './EntryView';
import { ResultList, optionId } from './ResultList';
import { SearchBox } from './SearchBox';

export interface LookupProps {
  /** null while the glossary is still loading: the search box already takes input, the list waits. */
  index: SearchIndex | null;
  query: string;
  onQuery: (query: string) => void;
  category: CategoryId | '';
  onCategory: (category: CategoryId | '') => void;
  /** The entry being read, or null for the result list. */
  openId: string | null;
  onOpen: (id: string) => void;
  onBack: () => void;
  relatedHref: (id: string) => string;
  /** "stacked": the entry replaces the list (popup). "split": list and entry side by side on wide screens. */
  layout: 'stacked' | 'split';
  /** Focus the search box when the component first appears. */
  autoFocus?: boolean;
  /** Extra controls under an open entry, such as the popup's "Open in a tab". */
  EntryActions?: ComponentType<{ entry: GlossaryEntry }>;
  /** Shown in the entry pane of the split layout before anything is opened. */
  placeholder?: ComponentChildren;
  id: string;
  searchPlaceholder?: string;
  backLabel?: string;
  /**
   * Shown instead of the result list while the query is empty and no category
   * is chosen (the popup shows the page's terms there, not the whole glossary).
   * Without it, an empty query lists every entry.
   */
  idle?: ComponentChildren;
  /** ArrowDown in the search box while `idle` is shown: the host moves focus into it. */
  onIdleArrowDown?: () => void;
}

/**
 * Search, results and the entry view in one keyboard-friendly unit: type,
 * move with the arrow keys, Enter to open, Back (or Escape) to return to the
 * same results with the same one highlighted.
 */
export function Lookup(props: LookupProps) {
  const { index, query, onQuery, category, onCategory, openId, onOpen, onBack, layout, id } = props;
  const idle = props.idle !== undefined && !query.trim() && !category;
  const hits = useMemo(
    () => (idle ? [] : (index?.hits(query, category ? { category } : {}) ?? [])),
    [index, query, category, idle],
  );
  const byId = useMemo(() => new Map(index?.entries.map((e) => [e.id, e])), [index]);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(openId);
  const listId = `${id}-results`;

  useEffect(() => setActive(0), [query, category]);
  // The entry being read stays marked in the list (the split layout shows both).
  useEffect(() => {
    const i = openId ? hits.findIndex((h) => h.entry.id === openId) : -1;
    if (i >= 0) setActive(i);
  }, [openId, hits]);
  useEffect(() => {
    if (props.autoFocus) inputRef.current?.focus();
  }, [props.autoFocus]);
  // Focus follows the view: the entry's heading when one opens, the search box when the reader comes back.
  useEffect(() => {
    if (openId && openId !== wasOpen.current) headingRef.current?.focus();
    else if (!openId && wasOpen.current) inputRef.current?.focus();
    wasOpen.current = openId;
  }, [openId]);

  const open = (entryId: string) => {
    const i = hits.findIndex((h) => h.entry.id === entryId);
    if (i >= 0) setActive(i);
    onOpen(entryId);
  };

  const onKeyDown: KeyboardEventHandler<HTMLInputElement> = (e) => {
    if (e.key === 'ArrowDown' && idle && props.onIdleArrowDown) {
      e.preventDefault();
      props.onIdleArrowDown();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.min(hits.length - 1, Math.max(0, a + step)));
    } else if (e.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (hit) {
        e.preventDefault();
        open(hit.entry.id);
      }
    } else if (e.key === 'Escape' && query) {
      e.preventDefault(); // keeps the popup open: Escape first clears the search
      e.stopPropagation();
      onQuery('');
    }
  };

  const entry = openId ? byId.get(openId) : undefined;
  // Side by side with nothing open and nothing typed, no row is marked: a marked row beside an empty pane
  // reads as chosen when it is not.
  const unselected = layout === 'split' && !openId && !query.trim();
  const showList = layout === 'split' || !openId;
  const activeHit = hits[active];

  return (
    <div class={`tl-lookup tl-lookup-${layout}`} data-open={openId ? '' : undefined}>
      {showList && (
        <div class="tl-lookup-list">
          <div class="tl-search-row">
            <SearchBox
              value={query}
              onInput={onQuery}
              onKeyDown={onKeyDown}
              label={t('entry.searchGlossary')}
              placeholder={props.searchPlaceholder ?? t('entry.searchPlaceholder')}
              listId={listId}
              activeId={activeHit && !unselected ? optionId(listId, activeHit.entry.id) : undefined}
              expanded={hits.length > 0}
              inputRef={inputRef}
            />
            <CategoryFilter value={category} onChange={onCategory} />
          </div>
          {idle ? (
            props.idle
          ) : (
            <ResultList
              id={listId}
              hits={hits}
              activeIndex={unselected ? -1 : active}
              onActive={setActive}
              onOpen={open}
              label={t('entry.glossaryEntries')}
              loading={!index}
              emptyText={query.trim() ? t('entry.noMatch', { query: query.trim() }) : t('entry.noneInCategory')}
            />
          )}
        </div>
      )}
      {(openId || layout === 'split') && (
        <div class="tl-lookup-entry">
          {entry ? (
            <EntryView
              entry={entry}
              lookup={(rid) => byId.get(rid)}
              relatedHref={props.relatedHref}
              onOpenRelated={onOpen}
              onBack={onBack}
              backLabel={props.backLabel}
              headingRef={headingRef}
              actions={props.EntryActions && <props.EntryActions entry={entry} />}
            />
          ) : openId && index ? (
            <div class="tl-entry tl-entry-missing">
              <button type="button" class="tl-back" onClick={onBack}>
                <span aria-hidden="true">← </span>
                {props.backLabel ?? t('entry.backToResults')}
              </button>
              <h2 ref={headingRef} tabIndex={-1}>
                {t('entry.noEntryCalled', { id: openId })}
              </h2>
              <p>{t('entry.renamed')}</p>
            </div>
          ) : (
            props.placeholder
          )}
        </div>
      )}
    </div>
  );
}
