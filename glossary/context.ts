/**
 * When may an ambiguous form be highlighted? "Depression", "confusion",
 * "IV" or "EMA" mean something else on a page about economics, Henry IV,
 * trading or software, so TermLens highlights them only on pages that are
 * plainly medical.
 *
 * The rule: a page has medical context once it shows unambiguous glossary
 * terms from at least MIN_DISTINCT_ENTRIES different entries, not counting
 * organisations (the FDA or WHO turn up in news about food, trade or
 * football too). Ambiguous forms never count as evidence, so "Special K",
 * "depression" and "IV" cannot vouch for each other; an abbreviation the
 * page defines for itself ("intramuscular (IM)") is no longer ambiguous and
 * counts. Unambiguous forms are highlighted whatever the context.
 *
 * Why 2: one stray medical word on an ordinary page ("alcoholism" in a
 * history of the Great Depression) must not switch the page to medical,
 * while a short news item about a ketamine trial already shows eight (see the
 * fixture). On the fixtures in tests/fixtures/context (and on the real pages
 * the benchmark reads when present), non-medical pages show 0 or 1 such entries and medical pages
 * 4 or more. The page procedure (per region) is glossary/page-model.ts; the
 * tests are tests/unit/context.test.ts.
 */

export const MIN_DISTINCT_ENTRIES = 2;

export interface EvidenceMatch {
  entryId: string;
  ambiguous: boolean;
}

export class MedicalContext {
  private readonly strong = new Set<string>();

  constructor(private readonly isOrganisation: (entryId: string) => boolean) {}

  /** Records evidence; returns true when this call made the page medical. */
  add(match: EvidenceMatch): boolean {
    if (match.ambiguous || this.strong.has(match.entryId) || this.isOrganisation(match.entryId)) return false;
    const before = this.satisfied;
    this.strong.add(match.entryId);
    return !before && this.satisfied;
  }

  get satisfied(): boolean {
    return this.strong.size >= MIN_DISTINCT_ENTRIES;
  }

  get evidence(): ReadonlySet<string> {
    return this.strong;
  }
}
