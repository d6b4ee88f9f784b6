/*
 * The disclaimer and the crisis note are interface text now: locales/*.yml,
 * `notice`, in every language the interface speaks (the crisis note names
 * services in more than one country; tests/unit/glossary-integrity.test.ts).
 */

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
