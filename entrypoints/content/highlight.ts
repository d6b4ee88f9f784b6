import type { HighlightStyle } from '../../lib/settings';

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

export class Highlighter {
  private readonly terms = new Highlight();
  private readonly active = new Highlight();
  private registeredAs: string | null = null;
  /** Held back from the registry until reveal(): see the constructor. */
  private waiting = true;
  private disposed = false;

  /**
   * The marks are collected but registered only on reveal(): every change to a registered highlight makes the browser repaint the page
   * at the next frame, so filling it during a long first scan would cost a
   * repaint per slice (a 50,000-paragraph page spent most of its scan painting).
   */
  constructor(private readonly style: HighlightStyle) {
    this.active.priority = 2;
    this.terms.priority = 1;
    CSS.highlights.set(HIGHLIGHT_NAMES.active, this.active);
  }

  /** Registers the marks collected so far; from now on changes show as they happen. */
  reveal(): void {
    if (!this.waiting) return;
    this.waiting = false;
    this.register();
  }

  add(range: AbstractRange): void {
    this.terms.add(range);
  }

  delete(range: AbstractRange): void {
    this.terms.delete(range);
    if (this.active.has(range)) this.active.clear();
  }

  /** The stronger mark on the term whose tooltip is open. */
  setActive(range: AbstractRange | null): void {
    this.restore();
    this.active.clear();
    if (range) this.active.add(range);
  }

  get count(): number {
    return this.terms.size;
  }

  /**
   * The registry is the document's, shared with the page: a page that calls
   * CSS.highlights.clear() for its own marks removes TermLens's too. Called
   * after each batch of work, this puts them back (never over a highlight the
   * page registered under the same name).
   */
  restore(): void {
    if (this.disposed) return;
    if (!CSS.highlights.has(HIGHLIGHT_NAMES.active)) CSS.highlights.set(HIGHLIGHT_NAMES.active, this.active);
    if (this.registeredAs && !CSS.highlights.has(this.registeredAs)) CSS.highlights.set(this.registeredAs, this.terms);
  }

  dispose(): void {
    this.disposed = true;
    this.unregister();
    if (CSS.highlights.get(HIGHLIGHT_NAMES.active) === this.active) CSS.highlights.delete(HIGHLIGHT_NAMES.active);
    this.terms.clear();
    this.active.clear();
  }

  private register(): void {
    this.unregister();
    if (this.style === 'none') return;
    this.registeredAs = HIGHLIGHT_NAMES[this.style];
    CSS.highlights.set(this.registeredAs, this.terms);
  }

  private unregister(): void {
    if (this.registeredAs && CSS.highlights.get(this.registeredAs) === this.terms)
      CSS.highlights.delete(this.registeredAs);
    this.registeredAs = null;
  }
}

export function highlightApiAvailable(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    'highlights' in CSS &&
    typeof Highlight === 'function' &&
    typeof StaticRange === 'function'
  );
}
