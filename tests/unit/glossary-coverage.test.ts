import { describe, expect, it } from 'vitest';
import { entries } from 'virtual:termlens-glossary';
import { compileMatcher } from '../../glossary/matcher';
import { analyzeText } from '../../glossary/page-model';

/**
 * The lay wording of real articles about ketamine therapy (measured with
 * scripts/coverage-report.ts) reaches the right entries, and the everyday
 * phrases among those forms stay unmarked on pages that are not medical.
 * The sentences are our own.
 */
const matcher = compileMatcher(entries);
const byId = new Map(entries.map((e) => [e.id, e]));
const marked = (text: string) =>
  analyzeText(text, matcher, byId).highlighted.map((m) => [text.slice(m.start, m.end), m.entryId]);
// Articles name more than one medical term, which is what lets ambiguous forms be marked.
const ARTICLE = 'Esketamine is a nasal spray for treatment-resistant depression.';
const inArticle = (sentence: string) => marked(`${ARTICLE} ${sentence}`);

describe('lay and clinical wording of ketamine articles', () => {
  it('needs that context for the everyday phrases: a lone "side effects" is not marked', () => {
    expect(marked('Common side effects of ketamine include nausea.')).toEqual([['ketamine', 'ketamine']]);
  });

  it.each([
    ['Low-dose ketamine is given under medical supervision.', 'Low-dose ketamine', 'subanesthetic-dose'],
    ['Trials used a sub-anaesthetic dose of ketamine.', 'sub-anaesthetic dose', 'subanesthetic-dose'],
    ['Common side effects of ketamine include nausea.', 'side effects', 'side-effect'],
    ['Ketamine may repair neural pathways damaged by stress.', 'neural pathways', 'neural-pathway'],
    ['Ketamine acts on receptors that glutamate binds to.', 'receptors', 'receptor'],
    ['Ketamine is changing psychiatric care for depression.', 'psychiatric', 'psychiatry'],
    ['Its mechanism of action differs from SSRIs.', 'mechanism of action', 'mechanism-of-action'],
    ['Unlike opioid painkillers, ketamine blocks NMDA receptors.', 'painkillers', 'analgesic'],
    ['In pain management, ketamine helps some people with CRPS.', 'pain management', 'pain-management'],
    ['Ketamine clinics give infusions for depression.', 'Ketamine clinics', 'ketamine-clinic'],
    [
      "Ketamine's rapid onset of action sets it apart from antidepressants.",
      'rapid onset of action',
      'onset-of-action',
    ],
    ['In cases of treatment resistance, ketamine may help depression.', 'treatment resistance', 'treatment-resistance'],
    [
      'Ketamine helps depression that is resistant to standard treatments.',
      'resistant to standard treatments',
      'treatment-resistance',
    ],
    ['Ketamine changes neural activity in depression.', 'neural', 'nervous-system'],
    ['At-home ketamine for depression is not FDA-approved.', 'At-home ketamine', 'at-home-ketamine'],
    ['Ketamine is given by IV drip in a clinic.', 'IV drip', 'iv-infusion'],
    ['The medicine goes slowly through a drip into a vein.', 'drip into a vein', 'iv-infusion'],
    ['Most antidepressants act on brain chemicals such as serotonin.', 'brain chemicals', 'neurotransmitter'],
    ['Some felt a detachment from the body during the dose.', 'detachment from the body', 'dissociation'],
    ['Ketamine was once sold as a party drug.', 'party drug', 'recreational-use'],
    ['Is ketamine addictive?', 'addictive', 'substance-use-disorder'],
    ['Treatment is often paired with counseling.', 'counseling', 'psychotherapy'],
  ])('%s → "%s" (%s)', (sentence, term, id) => {
    expect(inArticle(sentence)).toContainEqual([term, id]);
  });

  it('keeps the longer established terms: TRD and the NMDA receptor win over their parts', () => {
    const text =
      'Treatment-resistant depression responds to NMDA receptor blockers; treatment-resistant OCD is studied.';
    expect(marked(text)).toEqual([
      ['Treatment-resistant depression', 'treatment-resistant-depression'],
      ['NMDA receptor', 'nmda-receptor'],
      ['treatment-resistant', 'treatment-resistance'],
      ['OCD', 'ocd'],
    ]);
  });
});

describe('everyday phrases among the new forms', () => {
  it('are held back on a page that is not about medicine', () => {
    const text =
      'The new road had a side effect nobody expected. Engineers built a neural network to plan traffic, ' +
      'with a monitoring period of six weeks. The villain is the antagonist of the film, the glue is fast-acting, ' +
      'the kiln is lined with refractory bricks, and hard-to-treat stains need soaking. Fans fear a relapse. ' +
      'Career counseling helps graduates, and the new puzzle game is addictive.';
    const result = analyzeText(text, matcher, byId);
    expect(result.contextSatisfied).toBe(false);
    expect(result.highlighted).toEqual([]);
    expect(result.held.map((m) => text.slice(m.start, m.end).toLowerCase()).sort()).toEqual([
      'addictive',
      'antagonist',
      'counseling',
      'fast-acting',
      'hard-to-treat',
      'monitoring period',
      'neural',
      'refractory',
      'relapse',
      'side effect',
    ]);
  });
});
