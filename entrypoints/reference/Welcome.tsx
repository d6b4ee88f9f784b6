import { optionId } from '../../components/ResultList';
import { CATEGORY_IDS } from '../../glossary/labels';
import { categoryName } from '../../components/labels';
import { t } from '../../lib/i18n';
import type { CategoryId, GlossaryEntry } from '../../glossary/schema';

export interface WelcomeProps {
  entries: readonly GlossaryEntry[];
  /** The id of the result list, to jump to the first entry of a letter in it. */
  listId: string;
  onCategory: (category: CategoryId) => void;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const firstLetter = (e: GlossaryEntry) =>
  e.headword
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .charAt(0)
    .toUpperCase();

/**
 * The reference's first view, before an entry is chosen: the glossary by
 * category (each a filter of the list) and an A–Z jump into the list.
 */
export function Welcome({ entries, listId, onCategory }: WelcomeProps) {
  const counts = new Map<CategoryId, number>();
  for (const e of entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  const firstOf = new Map<string, GlossaryEntry>();
  for (const e of entries) if (!firstOf.has(firstLetter(e))) firstOf.set(firstLetter(e), e);
  const jump = (e: GlossaryEntry) => {
    const option = document.getElementById(optionId(listId, e.id));
    option?.scrollIntoView({ block: 'start' });
  };
  return (
    <div class="tl-reference-welcome">
      <h2>{t('reference.welcomeHeading', entries.length)}</h2>
      <p>{t('reference.welcomeHelp')}</p>
      <h3>{t('reference.byCategory')}</h3>
      <ul class="tl-category-overview">
        {CATEGORY_IDS.filter((c) => counts.has(c)).map((c) => (
          <li key={c}>
            <button type="button" class="tl-button" onClick={() => onCategory(c)}>
              {categoryName(c)} <span class="tl-count">{counts.get(c)}</span>
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('reference.az')}</h3>
      <nav aria-label={t('reference.jumpToLetter')} class="tl-az">
        {LETTERS.map((l) => {
          const e = firstOf.get(l);
          return e ? (
            <button
              key={l}
              type="button"
              class="tl-az-letter"
              onClick={() => jump(e)}
              aria-label={t('reference.entriesFrom', { letter: l })}
            >
              {l}
            </button>
          ) : (
            <span key={l} class="tl-az-letter" aria-hidden="true">
              {l}
            </span>
          );
        })}
      </nav>
    </div>
  );
}
