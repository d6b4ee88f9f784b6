import type { Page, Worker } from '@playwright/test';

/**
 * Helpers that look at a page the way the browser shows it: TermLens's
 * highlights read from the page's own world (CSS.highlights is the
 * document's registry), its answers to the popup, and the page's DOM
 * mutations seen by the page's own MutationObserver.
 */

declare const chrome: {
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  storage: { sync: { set(items: object): Promise<void> }; local: { set(items: object): Promise<void> } };
};

export interface PageTermCount {
  id: string;
  headword: string;
  count: number;
}

/** The highlighted words of a frame, in document order (all termlens-* highlights but the active one). */
export async function highlightedTexts(page: Page | import('@playwright/test').Frame): Promise<string[]> {
  return page.evaluate(() => {
    const ranges: AbstractRange[] = [];
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('termlens-') && name !== 'termlens-active')
        ranges.push(...(h as Highlight as unknown as Set<AbstractRange>));
    // A range left pointing past text that changed is invisible but still TermLens's: report it as stale.
    let stale = 0;
    const live = ranges.flatMap((r) => {
      const range = document.createRange();
      try {
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
      } catch {
        stale++;
        return [];
      }
      return [range];
    });
    // Ranges in a shadow tree cannot be compared with ranges outside it: order those by their host.
    const outer = (n: Node): Node => {
      const root = n.getRootNode();
      return root instanceof ShadowRoot ? outer(root.host) : n;
    };
    live.sort((a, b) => {
      const na = outer(a.startContainer);
      const nb = outer(b.startContainer);
      if (na === nb || a.startContainer.getRootNode() === b.startContainer.getRootNode()) {
        return a.compareBoundaryPoints(Range.START_TO_START, b);
      }
      return na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    return [...live.map((r) => r.toString().replace(/\s+/g, ' ')), ...Array<string>(stale).fill('(stale range)')];
  });
}

/** Asks the page's content script (top frame) what it found, as the popup does. */
export async function pageTerms(
  serviceWorker: Worker,
  page: Page,
): Promise<{ on: boolean; scanning: boolean; terms: PageTermCount[] }> {
  await page.bringToFront();
  return serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'get-page-state' }, { frameId: 0 });
  }) as Promise<{ on: boolean; scanning: boolean; terms: PageTermCount[] }>;
}

/** Writes extension storage from the service worker (settings in sync, site rules in local). */
export async function setStorage(serviceWorker: Worker, area: 'sync' | 'local', items: object): Promise<void> {
  await serviceWorker.evaluate(([a, i]) => chrome.storage[a as 'sync' | 'local'].set(i as object), [
    area,
    items,
  ] as const);
}

/**
 * Installs, before any page script runs, a MutationObserver in the page's
 * own world that records every change to the DOM; read with `mutationLog`.
 */
export async function recordMutations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __mutations: string[] }).__mutations = log;
    // What the parser builds is the page's, not TermLens's: start counting once it is done.
    const describe = (n: Node) => (n.nodeType === 1 ? (n as Element).localName : n.nodeName);
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const target = describe(r.target);
        if (r.type === 'attributes') log.push(`attr ${target} ${r.attributeName}`);
        else if (r.type === 'characterData') log.push(`text ${target}`);
        else {
          r.addedNodes.forEach((n) => log.push(`add ${describe(n)} to ${target}`));
          r.removedNodes.forEach((n) => log.push(`remove ${describe(n)} from ${target}`));
        }
      }
    });
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        observer.takeRecords(); // the parser's last insertions, not yet delivered
        log.length = 0;
      },
      { once: true },
    );
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

export async function mutationLog(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations.slice());
}

/** Waits until TermLens has finished its first pass over the page and its highlights stopped changing. */
export async function settled(serviceWorker: Worker, page: Page): Promise<void> {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const state = await pageTerms(serviceWorker, page).catch(() => null);
    const count = (await highlightedTexts(page)).length;
    if (state && !state.scanning && count === last) return;
    last = count;
    await page.waitForTimeout(100);
  }
  throw new Error('TermLens did not settle on the page within 10 s');
}

/** The centre of the n-th highlighted occurrence of a word, for pointer tests. */
export async function pointOf(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([word, n]) => {
      let seen = 0;
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('termlens-') || name === 'termlens-active') continue;
        for (const r of h as unknown as Set<AbstractRange>) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          if (range.toString() !== word || seen++ < (n as number)) continue;
          let b = range.getClientRects()[0]!;
          if (b.top < 0 || b.bottom > innerHeight || b.left < 0 || b.right > innerWidth) {
            window.scrollBy(b.left < 0 || b.right > innerWidth ? b.left - innerWidth / 2 : 0, b.top - innerHeight / 2);
            b = range.getClientRects()[0]!;
          }
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
      }
      return null;
    },
    [text, nth] as const,
  );
  if (!point) throw new Error(`"${text}" is not highlighted on ${page.url()}`);
  return point;
}
