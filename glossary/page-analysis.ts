import { findDefinitions } from './abbreviations';
import { MedicalContext } from './context';
import type { Match, Matcher } from './matcher';
import type { CategoryId } from './schema';

/**
 * The whole-page rule in one pure function, so the content script, the bench
 * and the tests decide alike what a page highlights:
 *
 * 1. Scan the text once. The matches give the page's own abbreviation
 *    definitions ("complex regional pain syndrome (CRPS)").
 * 2. If the page defines any, scan again with them bound to their entries.
 * 3. Every unambiguous match (organisations excepted) is evidence that the
 *    page is medical (see context.ts for the threshold).
 * 4. Unambiguous matches are always highlighted; ambiguous ones only when the
 *    evidence is enough, otherwise they are held back.
 */

export interface PageAnalysis {
  highlighted: Match[];
  /** Ambiguous matches left unhighlighted because the page lacks medical context. */
  held: Match[];
  contextSatisfied: boolean;
  /** The distinct entries that counted as medical evidence. */
  evidence: string[];
}

function pageDefinitions(text: string, firstPass: readonly Match[]): Map<string, string> {
  const defined = new Map<string, string>();
  // The first definition on the page wins; a later one for the same letters is more likely a clash than a correction.
  for (const d of findDefinitions(text, firstPass)) if (!defined.has(d.abbr)) defined.set(d.abbr, d.entryId);
  return defined;
}

export function analyzeText(
  text: string,
  matcher: Matcher,
  entriesById: ReadonlyMap<string, { category: CategoryId }>,
): PageAnalysis {
  const first = matcher.match(text);
  const defined = pageDefinitions(text, first);
  const matches = defined.size ? matcher.match(text, defined) : first;
  const context = new MedicalContext((id) => entriesById.get(id)?.category === 'organisation');
  for (const m of matches) context.add(m);
  const satisfied = context.satisfied;
  const highlighted: Match[] = [];
  const held: Match[] = [];
  for (const m of matches) (m.ambiguous && !satisfied ? held : highlighted).push(m);
  return { highlighted, held, contextSatisfied: satisfied, evidence: [...context.evidence] };
}
