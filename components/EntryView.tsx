import type { ComponentChildren, RefObject } from 'preact';
import { foldText } from '../glossary/search-text';
import type { GlossaryEntry, GlossarySource } from '../glossary/schema';
import { formatDay, t } from '../lib/i18n';
import { displayHeadword } from './headword';
import { badgeName, categoryLabel } from './labels';
import { keepPlaceholders, messageParts } from './message-parts';
import { SayIt } from './SayIt';

export interface EntryViewProps {
  entry: GlossaryEntry;
  /** Finds a related entry by id, for its headword; ids it cannot find are left out. */
  lookup: (id: string) => GlossaryEntry | undefined;
  /** Where a related entry's link points (a real href, so it can be opened in a new tab too). */
  relatedHref: (id: string) => string;
  /** Opens a related entry inside the UI; a plain click calls this instead of following the link. */
  onOpenRelated: (id: string) => void;
  onBack?: () => void;
  backLabel?: string;
  headingRef?: RefObject<HTMLHeadingElement | null>;
  /** Extra controls under the entry, such as "Open in a tab". */
  actions?: ComponentChildren;
}

function formatReviewed(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : formatDay(parsed, true);
}

/** Only https addresses become links; anything else is shown as inert text. */
export function safeHttpsUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The forms worth listing: everything except the headword itself and spelling-only repeats of it. */
function otherForms(entry: GlossaryEntry): string[] {
  const seen = new Set([foldText(entry.headword)]);
  const out: string[] = [];
  for (const f of entry.forms) {
    const key = foldText(f.text);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(f.text);
    }
  }
  return out;
}

function Source({ source }: { source: GlossarySource }) {
  const href = safeHttpsUrl(source.url);
  return (
    <li class="tl-source">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        <span>{source.title}</span>
      )}
      <span class="tl-source-publisher">{source.publisher}</span>
    </li>
  );
}

/**
 * One entry in full: every text is rendered as text, never as markup. The glossary's texts carry
 * lang="en" (they are English whatever the interface speaks); the labels around them are the interface's.
 */
export function EntryView(props: EntryViewProps) {
  const {
    entry,
    lookup,
    relatedHref,
    onOpenRelated,
    onBack,
    backLabel = t('entry.backToResults'),
    headingRef,
    actions,
  } = props;
  const forms = otherForms(entry);
  const related = entry.related.map(lookup).filter((e): e is GlossaryEntry => !!e);
  const headingId = `tl-entry-${entry.id}`;

  return (
    <article
      dir="ltr"
      class="tl-entry"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onBack) {
          e.preventDefault();
          onBack();
        }
      }}
    >
      {onBack && (
        <button type="button" class="tl-back" onClick={onBack}>
          <span aria-hidden="true">← </span>
          {backLabel}
        </button>
      )}
      <h2 id={headingId} ref={headingRef} tabIndex={-1} class="tl-entry-title" lang="en">
        {displayHeadword(entry.headword)}
      </h2>
      {entry.pronunciation && (
        <p class="tl-pron">
          <span class="tl-label">{t('entry.howToSay')} </span>
          <span class="tl-pron-text" lang="en">
            {entry.pronunciation}
          </span>
          <SayIt text={displayHeadword(entry.headword)} className="tl-say-it" />
        </p>
      )}
      <p class="tl-entry-meta">
        <span class="tl-chip">{categoryLabel(entry)}</span>
        {entry.badge && <span class={`tl-badge tl-badge-${entry.badge}`}>{badgeName(entry.badge)}</span>}
      </p>
      {forms.length > 0 && (
        <p class="tl-forms">
          <span class="tl-label">{t('entry.alsoWrittenAs')} </span>
          <span lang="en">{forms.join(', ')}</span>
        </p>
      )}
      {entry.crisis && (
        <aside class="tl-crisis" aria-label={t('entry.getHelp')}>
          <p>
            <strong>{t('entry.getHelpNow')} </strong>
            {t('notice.crisis')}
          </p>
        </aside>
      )}
      <section class="tl-level" aria-labelledby={`${headingId}-plain`}>
        <h3 id={`${headingId}-plain`}>{t('entry.plainWords')}</h3>
        <p class="tl-short" lang="en">
          {entry.short}
        </p>
        {entry.explanation && (
          <p class="tl-explanation" lang="en">
            {entry.explanation}
          </p>
        )}
      </section>
      {entry.clinical && (
        <section class="tl-level" aria-labelledby={`${headingId}-clinical`}>
          <h3 id={`${headingId}-clinical`}>{t('entry.forClinicians')}</h3>
          <p class="tl-clinical" lang="en">
            {entry.clinical}
          </p>
        </section>
      )}
      {related.length > 0 && (
        <section class="tl-related" aria-label={t('entry.relatedEntries')}>
          <h3>{t('entry.related')}</h3>
          <ul lang="en">
            {related.map((r) => (
              <li key={r.id}>
                <a
                  href={relatedHref(r.id)}
                  onClick={(e) => {
                    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
                    e.preventDefault();
                    onOpenRelated(r.id);
                  }}
                >
                  {displayHeadword(r.headword)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {entry.sources.length > 0 && (
        <section class="tl-sources" aria-label={t('entry.sources')}>
          <h3>{t('entry.sources')}</h3>
          <ul lang="en">
            {entry.sources.map((s) => (
              <Source key={s.url} source={s} />
            ))}
          </ul>
        </section>
      )}
      {entry.reviewed && (
        <p class="tl-reviewed">
          {messageParts(t('entry.lastReviewed', keepPlaceholders('date')), {
            date: <time dateTime={entry.reviewed}>{formatReviewed(entry.reviewed)}</time>,
          })}
        </p>
      )}
      {actions && <div class="tl-entry-actions">{actions}</div>}
    </article>
  );
}
