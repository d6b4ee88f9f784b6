import type { CompactEntry } from '../glossary/compact-entry';
import { t, uiLanguageTag } from '../lib/i18n';
import type { ReadingLevel } from '../lib/settings';
import { safeHttpsUrl } from './EntryView';
import { displayHeadword } from './headword';
import { SayIt } from './SayIt';

export interface TooltipProps {
  /** Bundled entries carry a clinical text and a pronunciation; a reader's own terms have neither. */
  entry: Pick<CompactEntry, 'id' | 'headword' | 'short'> & Partial<Pick<CompactEntry, 'clinical' | 'pronunciation'>>;
  /** The reader's glossary the term comes from; absent for the bundled glossary. */
  glossaryName?: string;
  /** A reader's term's source: a link only when it is an https address. */
  sourceUrl?: string;
  /** The words as the page writes them, shown when they differ from the headword ("TRD"). */
  found: string;
  categoryLabel: string;
  badgeLabel?: string;
  crisisNote?: string;
  /** Plain shows the entry's short text; detailed its clinical text (the short one when it has none). */
  readingLevel: ReadingLevel;
  /** Opened from the keyboard: announce it to screen readers. */
  announce: boolean;
  onMore(): void;
  onClose(): void;
  /** Keeps the term in My terms (notebook.html); absent where saving makes no sense. */
  onSave?: () => void;
  /** The term is already in My terms. */
  saved?: boolean;
  /** "Don't mark this term": mutes the entry on every page. Absent where the host cannot mute. */
  onMute?(): void;
  /** The reader has just muted it: the card says so and offers to undo. */
  muted?: boolean;
  onUndo?(): void;
}

const canon = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\u00a0\u2010-\u2013-]+/g, ' ')
    .replace(/(?:['’]s|s['’]?|es)$/, '');

/**
 * The definition card for one term. All glossary text is rendered as text, never as HTML. The card is
 * English and left to right whatever the page is (its text is the glossary's); its controls and labels
 * are in the interface's language and say so.
 */
export function Tooltip({
  entry,
  found,
  categoryLabel,
  badgeLabel,
  crisisNote,
  glossaryName,
  sourceUrl,
  readingLevel,
  announce,
  onMore,
  onClose,
  onSave,
  saved,
  onMute,
  muted,
  onUndo,
}: TooltipProps) {
  const showFound = canon(found) !== canon(entry.headword);
  const headId = `termlens-head-${entry.id}`;
  const title = displayHeadword(entry.headword);
  const source = sourceUrl ? safeHttpsUrl(sourceUrl) : null;
  const text = readingLevel === 'detailed' && entry.clinical ? entry.clinical : entry.short;
  const ui = uiLanguageTag();
  return (
    <div
      class="card"
      role="tooltip"
      lang="en"
      dir="ltr"
      aria-labelledby={headId}
      aria-live={announce ? 'polite' : undefined}
    >
      <div class="top">
        <div class="titles">
          {showFound && (
            <div class="found">
              <span class="found-text">{found}</span> <span aria-hidden="true">→</span>
            </div>
          )}
          <div class="head" id={headId}>
            {title}
          </div>
        </div>
        <button
          type="button"
          class="close"
          lang={ui}
          aria-label={t('page.close')}
          title={t('page.closeTitle')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <div class="meta" lang={ui}>
        {glossaryName && <span class="glossary">{t('page.fromGlossary', { name: glossaryName })}</span>}
        <span class="category">{categoryLabel}</span>
        {badgeLabel && <span class="badge">{badgeLabel}</span>}
      </div>
      {entry.pronunciation && (
        <p class="say">
          <span class="pron" title={t('page.howToSay')}>
            {entry.pronunciation}
          </span>
          <SayIt text={title} className="say-it" />
        </p>
      )}
      <p class="short">{text}</p>
      {crisisNote && <p class="crisis">{crisisNote}</p>}
      {source && (
        <p class="source" lang={ui}>
          <a href={source} target="_blank" rel="noopener noreferrer">
            {t('page.source')}
          </a>
        </p>
      )}
      {muted ? (
        <div class="actions" role="status" lang={ui}>
          <span class="muted-note">{t('page.willNotMark', { term: title })}</span>
          {onUndo && (
            <button type="button" class="more" onClick={onUndo}>
              {t('page.undo')}
            </button>
          )}
        </div>
      ) : (
        <div class="actions" lang={ui}>
          <button type="button" class="more" onClick={onMore}>
            {t('page.moreAbout', { term: title })}
          </button>
          {onSave && (
            <button
              type="button"
              class="save"
              aria-pressed={saved ? 'true' : 'false'}
              aria-label={saved ? t('page.savedTerm', { term: title }) : t('page.saveTerm', { term: title })}
              onClick={onSave}
            >
              {saved ? t('page.saved') : t('page.save')}
            </button>
          )}
          {onMute ? (
            <button type="button" class="mute" onClick={onMute} title={t('page.dontMarkTitle')}>
              {t('page.dontMark')}
            </button>
          ) : (
            <span class="brand">TermLens</span>
          )}
        </div>
      )}
    </div>
  );
}
