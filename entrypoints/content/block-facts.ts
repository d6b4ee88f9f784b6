import { blockLanguage, declaredLanguage, guessLanguage, type LanguageVerdict } from '../../glossary/language';
import { trimmedLength } from '../../glossary/normalize';
import {
  contextRootIndices,
  elementKind,
  isHeading,
  isSectionRoot,
  paragraphScore,
  pickReadingRoot,
  regionVerdict,
  type ElementFacts,
} from '../../glossary/regions';
import { effectiveBackground, isDarkBackground, type Rgba } from '../../glossary/contrast';
import { skipSubtree, type BlockKey } from './dom-rules';
import type { Slicer } from './slicer';

/**
 * The DOM edge of the page model: gathers the plain facts about a block
 * (its ancestors' tags, roles and classes, its share of link text, its
 * language, its background) and hands them to the pure rules in glossary/.
 * Everything is cached per element until forget(), which the engine calls
 * before each batch of rescans, since a page that changed may have moved
 * its blocks.
 *
 * Cached only for the blocks with terms and their ancestors, never for every
 * paragraph of the page: an entry per paragraph (link shares for the reading
 * root, sections for each sibling walked past; in PageEngine, every block
 * read) kept all 50,000 paragraphs of fixture/hostile-huge.html alive in
 * TermLens's world, with their entries: 13.7 MB of script heap after the scan
 * instead of 7.6, longer collections, and one of 50-60 ms inside a TermLens
 * task (`npm run bench`'s longest stretch on that page).
 */

export interface BlockPlace {
  reading: boolean;
  heading: boolean;
  /** Context keys, nearest first (see glossary/regions.ts contextRootIndices); [] = the page. */
  regions: Node[];
  /** Density section: the heading the block follows, or its section root. */
  section: Node;
  /** The nearest declared language, if any. */
  lang: string | null;
}

const LIST_TAGS = new Set(['ul', 'ol', 'dl', 'table', 'menu']);

const factsOf = (el: Element): ElementFacts => ({
  tag: el.localName,
  role: el.getAttribute('role'),
  id: el.id,
  className: typeof el.className === 'string' ? el.className : el.getAttribute('class'),
});

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

export class BlockFacts {
  private places = new WeakMap<Node, BlockPlace>();
  private links = new WeakMap<Element, { link: number; text: number }>();
  private textReaches = new WeakMap<Element, Map<number, boolean>>();
  private sections = new WeakMap<Element, Node>();
  private backgrounds = new WeakMap<Element, Rgba>();
  /** isDark's answer per element: a paragraph's terms all stand on the same background. */
  private darkness = new WeakMap<Element, boolean>();
  /** An element's tag, role, id and class, read once: every paragraph asks about the same ancestors. */
  private elementFacts = new WeakMap<Element, ElementFacts>();
  private readingRoot: { has: boolean; density: Element | null } | null = null;
  private pageLanguage: LanguageVerdict | null = null;

  constructor(private readonly doc: Document) {}

  forget(): void {
    this.places = new WeakMap();
    this.links = new WeakMap();
    this.textReaches = new WeakMap();
    this.sections = new WeakMap();
    this.backgrounds = new WeakMap();
    this.darkness = new WeakMap();
    this.elementFacts = new WeakMap();
    this.readingRoot = null;
  }

  private readonly factsOf = (el: Element): ElementFacts => {
    let f = this.elementFacts.get(el);
    if (!f) this.elementFacts.set(el, (f = factsOf(el)));
    return f;
  };

  place(block: BlockKey): BlockPlace {
    let p = this.places.get(block);
    if (!p) this.places.set(block, (p = this.compute(block)));
    return p;
  }

  /** English text on this block? `text` is the segment's own text, judged by its stop words too. */
  language(place: BlockPlace, text: string): LanguageVerdict {
    return blockLanguage(place.lang, text, (this.pageLanguage ??= this.guessPage()));
  }

  /** Does the reader see this text on a dark background? */
  isDark(node: Node): boolean {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!el) return false;
    let dark = this.darkness.get(el);
    if (dark === undefined) this.darkness.set(el, (dark = isDarkBackground(this.backgroundOf(el))));
    return dark;
  }

  /**
   * The colour behind an element: its own background painted over its
   * parent's, up to the canvas. Memoised per element, so the ancestors of a
   * page's many paragraphs are asked once.
   */
  private backgroundOf(start: Element): Rgba {
    const pending: Element[] = [];
    let under: Rgba | undefined;
    for (let e: Element | null = start; e; e = parentOf(e)) {
      under = this.backgrounds.get(e);
      if (under) break;
      pending.push(e);
    }
    under ??= this.canvas();
    const view = this.doc.defaultView;
    for (let i = pending.length - 1; i >= 0; i--) {
      const el = pending[i]!;
      under = effectiveBackground([view ? view.getComputedStyle(el).backgroundColor : ''], under);
      this.backgrounds.set(el, under);
    }
    return under;
  }

  /** Nothing opaque: the canvas shows, dark only where the page asked for a dark colour scheme. */
  private canvas(): Rgba {
    const view = this.doc.defaultView;
    const scheme = view ? view.getComputedStyle(this.doc.documentElement).colorScheme : '';
    const dark =
      /dark/.test(scheme) && (!/light/.test(scheme) || !!view?.matchMedia('(prefers-color-scheme: dark)').matches);
    return dark ? { r: 18, g: 18, b: 18, a: 1 } : { r: 255, g: 255, b: 255, a: 1 };
  }

  private compute(block: BlockKey): BlockPlace {
    const start =
      block.nodeType === Node.ELEMENT_NODE ? (block as Element) : block instanceof ShadowRoot ? block.host : null;
    const chainEls: Element[] = [];
    for (let e = start; e && e.localName !== 'body' && e.localName !== 'html'; e = parentOf(e)) chainEls.push(e);
    const chain = chainEls.map(this.factsOf);
    const inLink = chainEls.some((e) => e.localName === 'a' && e.hasAttribute('href'));
    const own = start ? this.linkShare(start) : { link: 0, text: 0 };
    const list = chainEls.find((e) => LIST_TAGS.has(e.localName));
    const listShare = list ? this.linkShare(list) : undefined;
    const root = this.readingRoots();
    const verdict = regionVerdict({
      chain,
      linkChars: inLink ? own.text : own.link,
      textChars: own.text,
      listLinkChars: listShare?.link,
      listTextChars: listShare?.text,
      pageHasReadingRoot: root.has,
      inDensityRoot: root.density ? chainEls.includes(root.density) || root.density === this.doc.body : undefined,
    });
    // How much text an ancestor holds, read only as far as the question needs: a page's outer containers
    // can hold megabytes, and textContent read them whole at the first term (19 ms in one task on a page of
    // 50,000 paragraphs).
    const regions = contextRootIndices(chain, (i, chars) => this.holdsText(chainEls[i]!, chars)).map(
      (i) => chainEls[i]!,
    );
    const langEl = start?.closest('[lang]');
    return {
      reading: verdict.reading,
      heading: verdict.heading,
      regions,
      section: start ? this.sectionOf(start) : block,
      lang: langEl ? langEl.getAttribute('lang') : null,
    };
  }

  /** trimmedTextReaches, kept per element and size asked (the ancestors of a page's paragraphs are few). */
  private holdsText(el: Element, chars: number): boolean {
    const known = this.links.get(el);
    if (known) return known.text >= chars;
    let answers = this.textReaches.get(el);
    if (!answers) this.textReaches.set(el, (answers = new Map()));
    let yes = answers.get(chars);
    if (yes === undefined) answers.set(chars, (yes = trimmedTextReaches(el, chars)));
    return yes;
  }

  private linkShare(el: Element): { link: number; text: number } {
    let s = this.links.get(el);
    if (!s) this.links.set(el, (s = sampledLinkShare(el)));
    return s;
  }

  /**
   * The heading a block follows inside its section root, found by walking
   * back through earlier siblings and up through parents. Iterative and
   * memoised: a page of 10,000 sibling paragraphs costs one pass, no deep stack.
   * Kept for the block asked about and the parents climbed to, not for each
   * sibling walked past (see the class comment): blocks are asked about in
   * page order, so a walk back still stops at the last one asked.
   */
  private sectionOf(start: Element): Node {
    const pending: Element[] = [];
    let result: Node = this.doc;
    for (let el: Element | null = start, climbed = true; el;) {
      const known = this.sections.get(el);
      if (known) {
        result = known;
        break;
      }
      if (climbed) {
        pending.push(el);
        if (isHeading(this.factsOf(el))) {
          result = el;
          break;
        }
      }
      const prev: Element | null = el.previousElementSibling;
      if (prev) {
        const heading = isHeading(factsOf(prev)) ? prev : lastHeadingIn(prev);
        if (heading) {
          result = heading;
          break;
        }
        el = prev;
        climbed = false;
        continue;
      }
      const parent = parentOf(el);
      if (!parent || parent.localName === 'body' || isSectionRoot(this.factsOf(parent))) {
        result = parent ?? this.doc;
        break;
      }
      el = parent;
      climbed = true;
    }
    for (const el of pending) this.sections.set(el, result);
    return result;
  }

  private readingRoots(): { has: boolean; density: Element | null } {
    if (this.readingRoot) return this.readingRoot;
    if (this.hasNamedReadingRoot()) return (this.readingRoot = { has: true, density: null });
    const scores = new Map<Element, number>();
    for (const p of this.doc.querySelectorAll(PARAGRAPHS)) this.scoreParagraph(p, scores);
    return (this.readingRoot = { has: false, density: pickReadingRoot(scores) });
  }

  /**
   * Works out the reading root before the walk, in slices: on a page without
   * <main> or <article> that means reading every paragraph's text and links
   * (the HTML standard's 11,000 took one 30 ms task). Resolves false when the
   * slicer says TermLens was switched off meanwhile; place() computes it in one
   * go if asked first.
   */
  async prepare(slicer: Slicer): Promise<boolean> {
    if (this.readingRoot) return true;
    if (this.hasNamedReadingRoot()) {
      this.readingRoot = { has: true, density: null };
      return true;
    }
    // Each query reads every element of the page: on the HTML standard's 73,000, 14.7 ms for the named roots
    // and 8-10 for the paragraphs, one task of 20-27 ms together (`npm run bench -- --profile html-spec`).
    if (slicer.due() && !(await slicer.yield())) return false;
    const scores = new Map<Element, number>();
    let steps = 0;
    for (const p of this.doc.querySelectorAll(PARAGRAPHS)) {
      if ((++steps & 31) === 0 && slicer.due() && !(await slicer.yield())) return false;
      if (this.readingRoot) return true; // place() needed it meanwhile and worked it out in one go
      this.scoreParagraph(p, scores);
    }
    this.readingRoot ??= { has: false, density: pickReadingRoot(scores) };
    return true;
  }

  private hasNamedReadingRoot(): boolean {
    return [...this.doc.querySelectorAll('main, article, [role="main"], [role="article"]')].some(
      (e) => elementKind(this.factsOf(e)) === 'reading' && trimmedTextReaches(e, 200),
    );
  }

  /** A paragraph's weight (glossary/regions.ts paragraphScore) goes to its parent, and half of it to its grandparent. */
  private scoreParagraph(p: Element, scores: Map<Element, number>): void {
    // Read, not kept (see the class comment): place() reads it again for the paragraphs with terms.
    const share = linkShareOf(p);
    const score = paragraphScore({ textChars: share.text, linkChars: share.link });
    if (!score) return;
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent?.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  }

  private guessPage(): LanguageVerdict {
    const declared = declaredLanguage(this.doc.documentElement.getAttribute('lang'));
    if (declared !== 'unknown') return declared;
    const sample = [...this.doc.querySelectorAll('p')]
      .slice(0, 40)
      .map((p) => p.textContent ?? '')
      .join(' ');
    return guessLanguage(sample || (this.doc.body?.textContent ?? '').slice(0, 5000));
  }
}

const PARAGRAPHS = 'p, pre, blockquote';
const NOT_SPACE = /\S/;

/**
 * `el.textContent.trim().length >= min`, reading only as much text as it
 * takes: a page's <main> can hold megabytes, and this is asked before any of it
 * is marked. \s is the whitespace trim() removes.
 */
function trimmedTextReaches(el: Element, min: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let first = -1; // offset of the first non-space character, in the text read so far
  let read = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    for (let i = data.length - 1; i >= 0; i--) {
      if (!NOT_SPACE.test(data[i]!)) continue;
      if (first < 0) first = read + data.search(NOT_SPACE);
      if (read + i - first + 1 >= min) return true;
      break;
    }
    read += data.length;
  }
  return false;
}

/**
 * An element's link text and all its text. A paragraph of plain text has no element inside, so no query for its
 * links: on hostile-huge's 50,000 paragraphs that query took 220 ms of 1,099 per load (`npm run bench -- --profile
 * hostile-huge`).
 */
function linkShareOf(el: Element): { link: number; text: number } {
  let link = 0;
  if (el.firstElementChild) for (const a of el.querySelectorAll('a[href]')) link += textLength(a);
  return { link, text: textLength(el) };
}

/**
 * How much of a block's text its link share is read from. A block is sometimes a page's whole content: on
 * wikipedia-2 a few words sit straight in the <div> that holds the article, 460,000 characters, whose textContent
 * alone took 11-15 ms, one task of 9-11 ms of TermLens in two loads of five (`npm run bench -- --profile
 * wikipedia-2`). The share is a ratio (glossary/regions.ts isLinkDense), which its first 20,000 characters tell,
 * and the context window asks for less text than that (600 characters).
 */
const LINK_SHARE_SAMPLE = 20_000;

/**
 * linkShareOf for the blocks with terms and their lists, read up to LINK_SHARE_SAMPLE characters: in document
 * order, a link's text counted whole, text nodes of white space left out.
 */
function sampledLinkShare(el: Element): { link: number; text: number } {
  if (!el.firstElementChild) return { link: 0, text: textLength(el) };
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let link = 0;
  let text = 0;
  let n = walker.nextNode();
  while (n && text < LINK_SHARE_SAMPLE) {
    if (n.nodeType === Node.TEXT_NODE) {
      const data = (n as Text).data;
      if (NOT_SPACE.test(data)) text += data.length;
    } else if ((n as Element).localName === 'a' && (n as Element).hasAttribute('href')) {
      const own = textLength(n as Element);
      link += own;
      text += own;
      n = skipSubtree(walker);
      continue;
    }
    n = walker.nextNode();
  }
  return { link, text };
}

/** The length of an element's text without its outer white space (measured without making the trimmed copy). */
function textLength(el: Element): number {
  return trimmedLength(el.textContent ?? '');
}

function lastHeadingIn(el: Element): Element | null {
  // The previous sibling of most paragraphs is a paragraph of plain text: 66 ms per load on hostile-huge.
  if (!el.firstElementChild) return null;
  const all = el.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]');
  return all.length ? all[all.length - 1]! : null;
}
