/**
 * Standing texts that travel with the glossary data: the reference and popup
 * always show the disclaimer; entries marked `crisis` show the crisis note.
 * The crisis note names no single country's service: it points to local
 * emergency numbers and to finding a local crisis line.
 */
export const DISCLAIMER =
  'TermLens explains terms for general education. It is not medical advice and does not replace a conversation with a qualified health professional about your own situation.';

export const CRISIS_NOTE =
  'If you are thinking about suicide or are worried about someone, get help now: call your local emergency number, or contact a crisis line in your country (for example 988 in the US, 116 123 for Samaritans in the UK and Ireland). A doctor, a hospital emergency department or someone you trust can also help.';

/** The crisis note's short form, for the tooltip: where to get help now, in one line. */
export const CRISIS_SHORT =
  'Thinking about suicide? Get help now: call your local emergency number or a crisis line in your country.';

/** The disclaimer's one-line form, for the popup's footer; the full text is one click away there. */
export const DISCLAIMER_SHORT = 'Educational, not medical advice.';
