import { t } from '../lib/i18n';
import { displayHeadword } from './headword';

export interface PrintTerm {
  id: string;
  headword: string;
  definition: string;
  pronunciation?: string;
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
    <section class="tl-print" aria-label="Printed sheet">
      <header class="tl-print-head">
        <h1>My terms</h1>
        <p class="tl-print-date">{date}</p>
      </header>
      <dl class="tl-print-terms">
        {terms.map((t) => (
          <div key={t.id} class="tl-print-term">
            <dt>
              {displayHeadword(t.headword)}
              {t.pronunciation && <span class="tl-print-say"> ({t.pronunciation})</span>}
            </dt>
            <dd>{t.definition}</dd>
            {t.note && <dd class="tl-print-note">My note: {t.note}</dd>}
          </div>
        ))}
      </dl>
      <div class="tl-print-questions">
        <h2>Questions for my care team</h2>
        {Array.from({ length: QUESTION_LINES }, (_, i) => (
          <div key={i} class="tl-print-line" />
        ))}
      </div>
      <p class="tl-print-disclaimer">{t('notice.disclaimer')}</p>
      <p class="tl-print-footer">From TermLens, {date}</p>
    </section>
  );
}
