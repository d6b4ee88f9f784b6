/**
 * What TermLens paints on a page, read the way the browser shows it, for
 * every suite that drives a real browser (tests/e2e, tests/journeys in
 * Chromium and Firefox, the demo and the bench). One helper per job:
 * `paintedTerms` (the marked words), `highlightSizes` (ranges per highlight
 * name), `pointOfTerm` (where a reader's pointer rests on a term) and
 * `waitUntilSettled` (the first scan is over and the marks stopped moving).
 *
 * CSS.highlights is the document's registry, shared by every JavaScript
 * world, so these run in whatever world the caller evaluates them in: the
 * page's own (Playwright's page.evaluate, puppeteer's), or an isolated world
 * the page cannot tamper with (tests/e2e/hostile-helpers.ts).
 *
 * The functions sent into a page declare no named helpers inside: tsx (the
 * demo, the bench) would wrap those in a __name() call the page lacks.
 */

/** A JavaScript world of a page or frame: runs a self-contained function there and returns its result. */
export interface PageWorld {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface Point {
  x: number;
  y: number;
}

/** Marks left pointing into text that has since changed: invisible, but a leak, so they are reported. */
const STALE_RANGE = '(stale range)';

/**
 * The words TermLens marks in a frame, in document order (ranges in a shadow
 * tree ordered by their host), white space collapsed; the stronger mark on
 * an open tooltip's term is not counted twice. A range into text that has
 * since been removed or shrunk is listed at the end as STALE_RANGE.
 */
export function paintedTerms(page: PageWorld): Promise<string[]> {
  return page.evaluate((stale: string) => {
    const live: Range[] = [];
    let lost = 0;
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('termlens-') || name.startsWith('termlens-active')) continue;
      for (const r of h as unknown as Set<AbstractRange>) {
        const range = document.createRange();
        try {
          if (!r.startContainer.isConnected || !r.endContainer.isConnected) throw new Error('removed');
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
        } catch {
          lost++;
          continue;
        }
        live.push(range);
      }
    }
    live.sort((a, b) => {
      if (a.startContainer.getRootNode() === b.startContainer.getRootNode())
        return a.compareBoundaryPoints(Range.START_TO_START, b);
      // Ranges in different trees cannot be compared: compare the outermost hosts.
      let na: Node = a.startContainer;
      while (na.getRootNode() instanceof ShadowRoot) na = (na.getRootNode() as ShadowRoot).host;
      let nb: Node = b.startContainer;
      while (nb.getRootNode() instanceof ShadowRoot) nb = (nb.getRootNode() as ShadowRoot).host;
      return na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    return [...live.map((r) => r.toString().replace(/\s+/g, ' ')), ...Array<string>(lost).fill(stale)];
  }, STALE_RANGE);
}

/** How many ranges each of TermLens's highlights holds (termlens-underline, termlens-underline-dark, termlens-active ...). */
export function highlightSizes(page: PageWorld): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('termlens-')) sizes[name] = highlight.size;
    return sizes;
  }, null);
}

/** Ranges marked as terms (the stronger mark on an open tooltip's term not counted twice). */
export async function termRangeCount(page: PageWorld): Promise<number> {
  const sizes = await highlightSizes(page);
  return Object.entries(sizes).reduce((sum, [name, n]) => (name.startsWith('termlens-active') ? sum : sum + n), 0);
}

export interface TermPointOptions {
  /** Which marked occurrence of the word (0: the first in document order of discovery). */
  nth?: number;
  /** Only occurrences inside an element matching this selector. */
  within?: string;
}

/**
 * The centre of the first box of a marked occurrence of `word` (any marked
 * term when `word` is null), scrolled into view first if it is outside the
 * viewport: where a reader's pointer rests on it. Fails when no such term is marked.
 */
export async function pointOfTerm(
  page: PageWorld,
  word: string | null,
  options: TermPointOptions = {},
): Promise<Point> {
  const point = await page.evaluate(
    ([w, n, within]: [string | null, number, string]) => {
      let seen = 0;
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('termlens-') || name.startsWith('termlens-active')) continue;
        for (const r of h as unknown as Set<AbstractRange>) {
          if (!r.startContainer.isConnected) continue;
          if (within && !r.startContainer.parentElement?.closest(within)) continue;
          const range = document.createRange();
          try {
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
          } catch {
            continue;
          }
          // A mark may hold the word with its expansion, "treatment-resistant depression (TRD)": the
          // pointer then rests on the word itself (a whole word inside a one-node mark).
          if (w !== null && range.toString().replace(/\s+/g, ' ') !== w) {
            if (r.startContainer !== r.endContainer) continue;
            const data = (r.startContainer as Text).data;
            let at = -1;
            for (
              let i = data.indexOf(w, r.startOffset);
              i >= 0 && i + w.length <= r.endOffset;
              i = data.indexOf(w, i + 1)
            )
              if (!/[\p{L}\p{N}]/u.test(data.charAt(i - 1) + data.charAt(i + w.length))) {
                at = i;
                break;
              }
            if (at < 0) continue;
            range.setStart(r.startContainer, at);
            range.setEnd(r.startContainer, at + w.length);
          }
          if (seen++ < n) continue;
          let box = range.getClientRects()[0];
          if (!box) continue;
          if (box.top < 0 || box.bottom > innerHeight || box.left < 0 || box.right > innerWidth) {
            const dx = box.left < 0 || box.right > innerWidth ? box.left - innerWidth / 2 : 0;
            window.scrollBy(dx, box.top - innerHeight / 2);
            box = range.getClientRects()[0]!;
          }
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
      }
      return null;
    },
    [word, options.nth ?? 0, options.within ?? ''] as [string | null, number, string],
  );
  if (!point) {
    const where = options.within ? ` inside ${options.within}` : '';
    throw new Error(`${word === null ? 'No term' : `"${word}"`} is marked${where} (occurrence ${options.nth ?? 0})`);
  }
  return point;
}

export interface Look {
  /** TermLens's first pass over the page is still running (or it has not answered yet: null look). */
  scanning: boolean;
  /** What is marked now; compared between two looks (any JSON value: a list of words, a count). */
  painted: unknown;
}

/**
 * Polls `look` until the first scan is over and what is painted has not
 * changed since the previous look; returns that last look. `look` returns
 * null while TermLens cannot answer yet (not started, page navigating).
 */
export async function waitUntilSettled<L extends Look>(
  look: () => Promise<L | null>,
  { timeoutMs, what, intervalMs = 100 }: { timeoutMs: number; what: string; intervalMs?: number },
): Promise<L> {
  const until = Date.now() + timeoutMs;
  let last: string | null = null;
  while (Date.now() < until) {
    const now = await look();
    const painted = now && !now.scanning ? JSON.stringify(now.painted) : null;
    if (now && painted !== null && painted === last) return now;
    last = painted;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`TermLens did not settle on ${what} within ${timeoutMs / 1000} s`);
}
