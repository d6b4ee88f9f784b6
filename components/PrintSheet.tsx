import { definitionsInAnotherLanguage, t } from '../lib/i18n';
import { displayHeadword } from './headword';

export interface PrintTerm {
  id: string;
  headword: string;
  definition: string;
  pronunciation?: string;
  /** A term of the bundled glossary, whose words are English (a reader's own term may be in any language). */
  bundled: boolean;
  note: string;
}

const QUESTION_LINES = 6;

/**
 * My terms on paper, for an appointment: each term with its plain definition
 * and the reader's note, a box with lines for questions to the care team,
 * the standing note that this is not medical advice, and the date. Shown
 * only in print (notebook.css); it holds no controls.
 */
export function PrintSheet({ terms, date }: { terms: readonly PrintTerm[]; date: string }) {
  return (
    <section class="tl-print" aria-label={t('notebook.printedSheet')}>
      <header class="tl-print-head">
        <h1>{t('notebook.title')}</h1>
        <p class="tl-print-date">{date}</p>
      </header>
      <dl class="tl-print-terms">
        {terms.map((term) => (
          <div key={term.id} class="tl-print-term">
            <dt lang={term.bundled ? 'en' : undefined}>
              {displayHeadword(term.headword)}
              {term.pronunciation && <span class="tl-print-say"> ({term.pronunciation})</span>}
            </dt>
            <dd lang={term.bundled ? 'en' : undefined}>{term.definition}</dd>
            {term.note && <dd class="tl-print-note">{t('notebook.myNote', { note: term.note })}</dd>}
          </div>
        ))}
      </dl>
      <div class="tl-print-questions">
        <h2>{t('notebook.questions')}</h2>
        {Array.from({ length: QUESTION_LINES }, (_, i) => (
          <div key={i} class="tl-print-line" />
        ))}
      </div>
      <p class="tl-print-disclaimer">
        {t('notice.disclaimer')}
        {definitionsInAnotherLanguage() && ` ${t('common.definitionsInEnglish')}`}
      </p>
      <p class="tl-print-footer">{t('notebook.printedFrom', { date })}</p>
    </section>
  );
}
