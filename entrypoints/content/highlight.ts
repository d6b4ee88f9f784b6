import { afterNextPaint } from '../../components/after-next-paint';
import type { HighlightStyle } from '../../lib/settings';
import { MarkWindow, WINDOW_FROM } from './mark-window';

/**
 * Paints occurrences with the CSS Custom Highlight API: the browser draws
 * the marks from ranges, so the page's DOM is never touched. The names are
 * TermLens's own (termlens-*) and styled by highlight.css.
 */

export const HIGHLIGHT_NAMES = {
  underline: 'termlens-underline',
  tint: 'termlens-tint',
  active: 'termlens-active',
} as const;

/** How a mark must look where it stands: light or dark background, inside a link or not. */
export interface Look {
  dark: boolean;
  link: boolean;
}

/** "", "-dark", "-link", "-link-dark": one registered highlight per look, styled in highlight.css. */
const suffix = ({ dark, link }: Look) => `${link ? '-link' : ''}${dark ? '-dark' : ''}`;
const LOOKS: Look[] = [
  { dark: false, link: false },
  { dark: true, link: false },
  { dark: false, link: true },
  { dark: true, link: true },
];

/** How TermLens places a mark of its own kind M: each asked for only when the mark is drawn, except the anchor. */
export interface MarkPlacing<M> {
  range(mark: M): AbstractRange;
  look(mark: M): Look;
  /** The element whose box holds the mark's text, watched for nearness to the view (null: none; always drawn). */
  anchor(mark: M): Element | null;
}

export class Highlighter<M> {
  private readonly terms = new Map(LOOKS.map((l) => [suffix(l), new Highlight()]));
  private readonly active = new Map([
    ['', new Highlight()],
    ['-dark', new Highlight()],
  ]);
  /** Every mark placed, and the highlight it is drawn in (null while not drawn). */
  private readonly placed = new Map<M, Highlight | null>();
  private readonly window: MarkWindow<M>;
  private registered: [string, Highlight][] = [];
  /** Held back from the registry until reveal(): see the constructor. */
  private waiting = true;
  private disposed = false;
  /** The active mark asked for and not drawn yet (null: none), and how to call its drawing off. */
  private wanted: { range: AbstractRange; dark: boolean } | null = null;
  private cancelActive: (() => void) | null = null;

  /**
   * The marks are collected but registered only on reveal(): every change to a registered highlight makes the browser repaint the page
   * at the next frame, so filling it during a long first scan would cost a
   * repaint per slice (a 50,000-paragraph page spent most of its scan painting). Past `windowFrom` marks the
   * drawn set changes only near the view, and the window reveals them itself (mark-window.ts).
   */
  constructor(
    private readonly style: HighlightStyle,
    private readonly placing: MarkPlacing<M>,
    windowFrom = WINDOW_FROM,
  ) {
    this.window = new MarkWindow<M>(
      windowFrom,
      (mark, drawn) => (drawn ? this.draw(mark) : this.undraw(mark)),
      () => this.reveal(),
    );
    for (const h of this.active.values()) h.priority = 2;
    for (const h of this.terms.values()) h.priority = 1;
    this.setActiveRegistry();
  }

  /** Registers the marks collected so far; from now on changes show as they happen. */
  reveal(): void {
    if (!this.waiting) return;
    this.waiting = false;
    this.register();
  }

  add(mark: M): void {
    if (this.placed.has(mark)) return;
    this.placed.set(mark, null);
    if (this.window.add(mark, this.placing.anchor(mark))) this.draw(mark);
  }

  delete(mark: M): void {
    if (!this.placed.has(mark)) return;
    this.undraw(mark);
    this.placed.delete(mark);
    this.window.delete(mark);
    if (!this.wanted && ![...this.active.values()].some((h) => h.size)) return;
    const range = this.placing.range(mark);
    if (this.wanted?.range === range) this.wanted = null;
    for (const h of this.active.values()) if (h.has(range)) h.clear();
  }

  private draw(mark: M): void {
    if (this.placed.get(mark) !== null || this.style === 'none' || this.disposed) return;
    const drawn = this.terms.get(suffix(this.placing.look(mark)))!;
    drawn.add(this.placing.range(mark));
    this.placed.set(mark, drawn);
  }

  private undraw(mark: M): void {
    const drawn = this.placed.get(mark);
    if (!drawn) return;
    drawn.delete(this.placing.range(mark));
    this.placed.set(mark, null);
  }

  /**
   * The stronger mark on the term whose tooltip is open, in the ink its background needs. Drawn once the
   * frame that shows the tooltip has been painted: a change to a highlight makes the browser check every
   * mark of the page again in the next frame, and made together with the tooltip it held the tooltip back
   * (the bench's medical page, 1,748 marks: 39 ms from the end of the hover delay to the painted tooltip, 33 without).
   */
  setActive(range: AbstractRange | null, dark = false): void {
    this.wanted = range && { range, dark };
    if (this.cancelActive) return;
    // A hidden document paints no frame to wait for.
    if (document.visibilityState === 'hidden') this.drawActive();
    else this.cancelActive = afterNextPaint(() => this.drawActive());
  }

  private drawActive(): void {
    this.cancelActive = null;
    const wanted = this.wanted;
    if (this.disposed) return;
    this.restore();
    for (const h of this.active.values()) h.clear();
    if (wanted) this.active.get(wanted.dark ? '-dark' : '')!.add(wanted.range);
  }

  /** Marks placed, drawn or not. */
  get count(): number {
    return this.placed.size;
  }

  /** Marks drawn now (registered or, before reveal(), ready to be). */
  get drawn(): number {
    let n = 0;
    for (const h of this.terms.values()) n += h.size;
    return n;
  }

  /**
   * The registry is the document's, shared with the page: a page that calls
   * CSS.highlights.clear() for its own marks removes TermLens's too. Called
   * after each batch of work, this puts them back (never over a highlight the
   * page registered under the same name).
   */
  restore(): void {
    if (this.disposed) return;
    this.setActiveRegistry();
    for (const [name, h] of this.registered) if (!CSS.highlights.has(name)) CSS.highlights.set(name, h);
  }

  dispose(): void {
    this.disposed = true;
    this.cancelActive?.();
    this.window.dispose();
    this.unregister();
    for (const [key, h] of this.active) {
      const name = HIGHLIGHT_NAMES.active + key;
      if (CSS.highlights.get(name) === h) CSS.highlights.delete(name);
      h.clear();
    }
    for (const h of this.terms.values()) h.clear();
    this.placed.clear();
  }

  private setActiveRegistry(): void {
    for (const [key, h] of this.active) {
      const name = HIGHLIGHT_NAMES.active + key;
      if (!CSS.highlights.has(name)) CSS.highlights.set(name, h);
    }
  }

  private register(): void {
    this.unregister();
    if (this.style === 'none') return;
    const base = HIGHLIGHT_NAMES[this.style];
    this.registered = [...this.terms].map(([key, h]) => [base + key, h]);
    for (const [name, h] of this.registered) CSS.highlights.set(name, h);
  }

  private unregister(): void {
    for (const [name, h] of this.registered) if (CSS.highlights.get(name) === h) CSS.highlights.delete(name);
    this.registered = [];
  }
}
