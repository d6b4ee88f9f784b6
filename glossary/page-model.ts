import { findDefinitions } from './abbreviations';
import { MedicalContext } from './context';
import type { Match, Matcher } from './matcher';
import { failsGuard, mergeExpansions, type GuardLookup } from './sense';

/**
 * The page model: what TermLens marks, as pure decisions the content script
 * (entrypoints/content/engine.ts) takes block by block and the tests take
 * over plain text. Regions (glossary/regions.ts) say whether a block is
 * reading content; language (glossary/language.ts) whether it is English;
 * this module matches a block, applies the sense checks, keeps the medical
 * context of each region and decides each occurrence's state.
 */

type Density = 'first-in-section' | 'every';

export type MarkState =
  /** Marked and hoverable. */
  | 'shown'
  /** Reading content, not marked (a later occurrence in its section, or in a heading): hoverable, counted. */
  | 'extra'
  /** Outside the reading content (menus, teasers, footers): hoverable, not counted. */
  | 'quiet'
  /** An ambiguous form whose region has not shown it is medical: neither marked nor hoverable. */
  | 'held'
  /** The reader asked not to mark this term: neither marked nor hoverable. */
  | 'muted';

export interface Placement {
  /** Reading content (glossary/regions.ts regionVerdict). */
  reading: boolean;
  heading: boolean;
}

export interface DecideInput extends Placement {
  ambiguous: boolean;
  contextSatisfied: boolean;
  /** The entry already has a marked occurrence in this section. */
  shownInSection: boolean;
  muted: boolean;
  density: Density;
  /** "Mark terms everywhere on the page": menus and headings are marked like prose. */
  everywhere: boolean;
}

export function decide(i: DecideInput): MarkState {
  if (i.muted) return 'muted';
  if (i.ambiguous && !i.contextSatisfied) return 'held';
  if (!i.everywhere) {
    if (!i.reading && !i.heading) return 'quiet';
    if (i.heading) return 'extra';
  }
  if (i.density === 'first-in-section' && i.shownInSection) return 'extra';
  return 'shown';
}

/** Only reading content (and headings) speak for a region's context; a site's menu lists every topic it has. */
export function countsAsEvidence(p: Placement, everywhere: boolean): boolean {
  return everywhere || p.reading || p.heading;
}

/**
 * The medical context of each region, keyed by whatever the caller uses for
 * regions (elements in the page, names in tests). A region is satisfied when
 * any of its keys is (glossary/regions.ts contextRootIndices gives the keys:
 * a section and its article).
 */
export class RegionContexts<K> {
  private readonly byKey = new Map<K, MedicalContext>();

  constructor(private readonly isOrganisation: (entryId: string) => boolean) {}

  /** Records evidence in every key; returns the keys this call made medical. */
  add(keys: readonly K[], match: Pick<Match, 'entryId' | 'ambiguous'>): K[] {
    const turned: K[] = [];
    for (const k of keys) {
      let ctx = this.byKey.get(k);
      if (!ctx) this.byKey.set(k, (ctx = new MedicalContext(this.isOrganisation)));
      if (ctx.add(match)) turned.push(k);
    }
    return turned;
  }

  satisfied(keys: readonly K[]): boolean {
    return keys.some((k) => this.byKey.get(k)?.satisfied);
  }

  /** Is any region of the page medical (for the stats)? */
  get anySatisfied(): boolean {
    for (const ctx of this.byKey.values()) if (ctx.satisfied) return true;
    return false;
  }
}

/**
 * The matches of one block: the matcher's, with the page's own abbreviation
 * definitions learnt into `defined` (the first definition on a page wins),
 * everyday senses dropped by the guards, and expansions written with their
 * abbreviation joined into one.
 */
export function matchBlock(text: string, matcher: Matcher, defined: Map<string, string>, guards: GuardLookup): Match[] {
  let matches = matcher.match(text, defined);
  let learned = false;
  for (const d of findDefinitions(text, matches)) {
    if (defined.has(d.abbr)) continue;
    defined.set(d.abbr, d.entryId);
    learned = true;
  }
  if (learned) matches = matcher.match(text, defined);
  const kept = matches.filter((m) => m.defined || !failsGuard(text, m, guards(m.entryId, m.form)));
  return mergeExpansions(text, kept);
}

export interface BlockInput<K> extends Placement {
  text: string;
  /** Context keys, nearest first; [] for the page as a whole. */
  regions?: readonly K[];
  /** Density section key. */
  section?: K;
  english?: boolean;
}

export interface ModelOptions {
  density: Density;
  everywhere: boolean;
  muted?: ReadonlySet<string>;
}

export interface Placed {
  block: number;
  match: Match;
  state: MarkState;
}

/**
 * A whole page of blocks through the same steps the engine takes, in order:
 * for tests, the bench and tools. Held occurrences are released when their
 * region turns medical later on the page, as in the engine.
 */
export function analyzeBlocks<K>(
  blocks: readonly BlockInput<K>[],
  matcher: Matcher,
  guards: GuardLookup,
  isOrganisation: (entryId: string) => boolean,
  options: ModelOptions,
): Placed[] {
  const PAGE: unique symbol = Symbol('page') as never;
  const defined = new Map<string, string>();
  const contexts = new RegionContexts<K | typeof PAGE>(isOrganisation);
  const out: (Placed & { regions: readonly (K | typeof PAGE)[]; section: unknown; input: BlockInput<K> })[] = [];
  const shownIn = new Map<unknown, Set<string>>();
  const place = (p: (typeof out)[number]) => {
    const set = shownIn.get(p.section) ?? new Set<string>();
    shownIn.set(p.section, set);
    p.state = decide({
      ...p.input,
      ambiguous: p.match.ambiguous,
      contextSatisfied: contexts.satisfied(p.regions),
      shownInSection: set.has(p.match.entryId),
      muted: !!options.muted?.has(p.match.entryId),
      density: options.density,
      everywhere: options.everywhere,
    });
    if (p.state === 'shown') set.add(p.match.entryId);
  };
  blocks.forEach((b, block) => {
    if (b.english === false) return;
    const regions: readonly (K | typeof PAGE)[] = b.regions?.length ? b.regions : [PAGE];
    for (const match of matchBlock(b.text, matcher, defined, guards)) {
      const turned = countsAsEvidence(b, options.everywhere) ? contexts.add(regions, match) : [];
      const p = { block, match, state: 'held' as MarkState, regions, section: b.section ?? PAGE, input: b };
      if (turned.length)
        for (const q of out) if (q.state === 'held' && q.regions.some((k) => turned.includes(k))) place(q);
      place(p);
      out.push(p);
    }
  });
  return out.map(({ block, match, state }) => ({ block, match, state }));
}

export interface TextAnalysis {
  highlighted: Match[];
  /** Ambiguous matches left unmarked because the text lacks medical context. */
  held: Match[];
  contextSatisfied: boolean;
}

/**
 * One text as one block of reading content, every occurrence marked: the
 * context rule alone, for the coverage report and tests that read plain text.
 */
export function analyzeText(
  text: string,
  matcher: Matcher,
  entriesById: ReadonlyMap<string, { category: string }>,
  guards: GuardLookup = () => undefined,
): TextAnalysis {
  const isOrganisation = (id: string) => entriesById.get(id)?.category === 'organisation';
  const placed = analyzeBlocks([{ text, reading: true, heading: false }], matcher, guards, isOrganisation, {
    density: 'every',
    everywhere: false,
  });
  const highlighted = placed.filter((p) => p.state === 'shown').map((p) => p.match);
  const held = placed.filter((p) => p.state === 'held').map((p) => p.match);
  const strong = new Set(highlighted.filter((m) => !m.ambiguous && !isOrganisation(m.entryId)).map((m) => m.entryId));
  return { highlighted, held, contextSatisfied: held.length === 0 && strong.size >= 2 };
}
