/**
 * Headwords are stored as a page would write them mid-sentence ("ketamine",
 * "off-label use", "mTOR"). As a title, an all-lower-case headword gets a
 * capital first letter; anything with a capital of its own is left alone.
 */
export function displayHeadword(headword: string): string {
  if (headword !== headword.toLowerCase()) return headword;
  return headword.charAt(0).toUpperCase() + headword.slice(1);
}
