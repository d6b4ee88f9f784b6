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
/**
 * Entries whose tooltip carries the crisis note: those about suicide and
 * self-harm themselves. Other entries marked `crisis` (depression, its
 * treatments) show the note in their full entry view only: on every hover of
 * a common word it read as heavy-handed and soon went unread.
 */
const CRISIS_IN_TOOLTIP = new Set(['suicidal-ideation', 'suicide', 'self-harm', 'suicide-prevention']);

export function showsCrisisInTooltip(entry: { id: string; crisis?: boolean }): boolean {
  return !!entry.crisis && CRISIS_IN_TOOLTIP.has(entry.id);
}
