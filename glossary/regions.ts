/**
 * Where on a page does the reader read? TermLens marks terms in the page's
 * reading content, not in its menus, banners, teasers and footers, where a
 * mark on 3 of 20 menu items makes a site look broken. These are the rules,
 * as plain functions over facts the content script gathers about an element
 * and its ancestors (tag, role, class, link share); the DOM stays there.
 */

export interface ElementFacts {
  /** Lower-case local name: "nav", "div". */
  tag: string;
  role?: string | null;
  /** id and class attribute values, as written. */
  id?: string | null;
  className?: string | null;
}

/** Never read as content: site chrome, forms and controls. */
const CHROME_TAGS = new Set([
  'nav',
  'header',
  'footer',
  'aside',
  'menu',
  'form',
  'button',
  'search',
  'dialog',
  'select',
  'label',
]);
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'menu',
  'menubar',
  'menuitem',
  'search',
  'toolbar',
  'tablist',
  'tab',
  'dialog',
  'alertdialog',
  'button',
  'form',
  'listbox',
  'tree',
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** The page says "this is the content". */
const READING_TAGS = new Set(['main', 'article']);
const READING_ROLES = new Set(['main', 'article']);
/** Elements that bound a stretch of related text: context is judged per one of these. */
const SECTION_TAGS = new Set(['article', 'section', 'main']);

/**
 * Class and id words that name chrome in the way reader modes learned to
 * read them. Matched as whole words of the attribute ("site-nav", "sidebar"),
 * so "navigation" matches but "canvas" does not.
 */
const CHROME_WORDS =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|menubar|sidebar|side-bar|masthead|breadcrumbs?|footer|header|banner|related|promo|promos|teasers?|newsletter|share|sharing|social|comments?|subscribe|advert|advertisement|ads|sponsored|cookie|popular|trending|recommended|more-stories|most-read|outbrain|taboola|toc)(?:$|[\s_-])/i;

export type ElementKind = 'chrome' | 'heading' | 'reading' | 'plain';

export function elementKind(el: ElementFacts): ElementKind {
  const role = el.role?.trim().toLowerCase().split(/\s+/)[0] ?? '';
  if (role === 'presentation' || role === 'none') return 'plain';
  if (CHROME_TAGS.has(el.tag) || CHROME_ROLES.has(role)) return 'chrome';
  if (HEADING_TAGS.has(el.tag) || role === 'heading') return 'heading';
  if (READING_TAGS.has(el.tag) || READING_ROLES.has(role)) return 'reading';
  // Class words count only on generic containers: an <article class="promo"> is still an article.
  if (
    (el.tag === 'div' || el.tag === 'ul' || el.tag === 'ol' || el.tag === 'section' || el.tag === 'span') &&
    CHROME_WORDS.test(`${el.id ?? ''} ${el.className ?? ''}`)
  )
    return 'chrome';
  return 'plain';
}

export function isSectionRoot(el: ElementFacts): boolean {
  const role = el.role?.trim().toLowerCase() ?? '';
  return SECTION_TAGS.has(el.tag) || READING_ROLES.has(role) || role === 'region';
}

export function isHeading(el: ElementFacts): boolean {
  return elementKind(el) === 'heading';
}

/** A block or list whose text is mostly link text is a menu or a list of teasers, not prose. */
export function isLinkDense(linkChars: number, textChars: number): boolean {
  if (textChars <= 0) return false;
  return linkChars / textChars > 0.5;
}

export interface RegionVerdict {
  /** The block is reading content: its terms may be marked. */
  reading: boolean;
  /** The block is (inside) a heading: terms there are never marked. */
  heading: boolean;
  /** Why a block is not reading content, for tests and the bench. */
  why: 'chrome' | 'heading' | 'link-dense' | 'outside-content' | null;
}

export interface BlockFacts {
  /** The block element first, then its ancestors up to (not including) <body>. */
  chain: readonly ElementFacts[];
  /** Link text and all text of the block, and of its nearest list or table if any. */
  linkChars: number;
  textChars: number;
  listLinkChars?: number;
  listTextChars?: number;
  /** The page has a <main>, <article> or role=main/article with real text in it. */
  pageHasReadingRoot: boolean;
  /** Without one: is the block inside the container text density picked out (see pickReadingRoot)? */
  inDensityRoot?: boolean;
}

/**
 * Is this block part of what the reader reads? Never inside chrome or a
 * heading, never a link-dense block or list; on pages that name their
 * content (main, article) only inside it, elsewhere only inside the
 * container that holds most of the page's prose.
 */
export function regionVerdict(b: BlockFacts): RegionVerdict {
  let heading = false;
  let inReadingRoot = false;
  for (const el of b.chain) {
    const kind = elementKind(el);
    if (kind === 'chrome') return { reading: false, heading: false, why: 'chrome' };
    if (kind === 'heading') heading = true;
    if (kind === 'reading') inReadingRoot = true;
  }
  if (heading) return { reading: false, heading: true, why: 'heading' };
  if (isLinkDense(b.linkChars, b.textChars) || isLinkDense(b.listLinkChars ?? 0, b.listTextChars ?? 0))
    return { reading: false, heading: false, why: 'link-dense' };
  const inside = b.pageHasReadingRoot ? inReadingRoot : b.inDensityRoot !== false;
  return inside
    ? { reading: true, heading: false, why: null }
    : { reading: false, heading: false, why: 'outside-content' };
}

export interface ParagraphFacts {
  textChars: number;
  linkChars: number;
}

/**
 * How much a paragraph says for the container it sits in, the way reader
 * modes score candidates: long text with few links counts; short lines and
 * link lists count nothing.
 */
export function paragraphScore(p: ParagraphFacts): number {
  if (p.textChars < 80) return 0;
  const linkShare = p.linkChars / p.textChars;
  if (linkShare > 0.3) return 0;
  return p.textChars * (1 - linkShare);
}

/**
 * The reading root among scored containers (a paragraph adds its score to its
 * parent and half of it to its grandparent): the best one, or none when the
 * page has too little prose to tell (then nothing is excluded by density).
 */
export function pickReadingRoot<K>(scores: ReadonlyMap<K, number>, minScore = 400): K | null {
  let best: K | null = null;
  let top = 0;
  for (const [k, s] of scores)
    if (s > top) {
      top = s;
      best = k;
    }
  return top >= minScore ? best : null;
}

/** Text length above which a container, on a page without sections, is a context window of its own. */
const CONTEXT_WINDOW_CHARS = 600;

/**
 * Which ancestors bound the block's medical context, nearest first (indices
 * into `chain`). Sections
 * and articles: a section is judged with the article around it, so "nausea"
 * in an article's "Side effects" section counts as medical when the article
 * is, but a front page's stories are judged one by one (a <main> around them
 * joins only when it is the nearest). Without sections, the nearest container
 * holding a window of text (the paragraphs of one story); [] means the page.
 * `holdsText(i, chars)` (does chain[i] hold at least that much text?) is asked only when there is no section, and
 * only as far up as needed; a yes or no, so that a container of megabytes need not be read to the end.
 */
export function contextRootIndices(
  chain: readonly ElementFacts[],
  holdsText: (i: number, chars: number) => boolean,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < chain.length; i++) {
    const el = chain[i]!;
    if (!isSectionRoot(el)) continue;
    if (el.tag === 'main' || el.role === 'main') {
      if (!out.length) out.push(i);
      break;
    }
    out.push(i);
    if (el.tag === 'article' || el.role === 'article') break;
  }
  if (out.length) return out;
  for (let i = 1; i < chain.length; i++) if (holdsText(i, CONTEXT_WINDOW_CHARS)) return [i];
  return [];
}
