import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { expect, test } from './fixtures';
import { openHostile } from './hostile-helpers';
import { getStats, inTestWorld, mutationLog, pageTerms } from './page-helpers';

/**
 * Real pages written by others (../shared/pages, next to the repository,
 * when present): each loads without an error from TermLens, without a change
 * to its DOM, and with the same highlights on a second load.
 */

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const PAGES_DIR = resolve(REPO_ROOT, '..', 'shared', 'pages');
const PAGES = existsSync(PAGES_DIR)
  ? readdirSync(PAGES_DIR)
      .filter((f) => f.endsWith('.html'))
      .sort()
  : [];

/** Where a reader is not reading: the page model (glossary/regions.ts) never marks inside these. */
const OUTSIDE_READING = [
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'h1, h2, h3, h4, h5, h6',
  ...['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search'].map((r) => `[role=${r}]`),
].join(', ');

interface Load {
  highlighted: number;
  occurrences: number;
  terms: string;
}

/** Loads the page in a new tab and waits for TermLens's first scan to finish; the page's outside requests are refused. */
async function load(context: BrowserContext, url: string, extensionId: string, serviceWorker: Worker) {
  const hostile = await openHostile(context, url, extensionId, 'domcontentloaded');
  const { page } = hostile;
  await expect
    .poll(async () => (await getStats(serviceWorker, page).catch(() => null))?.scanning, {
      timeout: 150_000,
      intervals: [1000],
    })
    .toBe(false);
  const stats = await getStats(serviceWorker, page);
  const { terms } = await pageTerms(serviceWorker, page);
  const result: Load = {
    highlighted: stats.highlighted,
    occurrences: stats.occurrences,
    terms: terms.map((t) => `${t.id}:${t.count}`).join(' '),
  };
  return { ...hostile, result };
}

test.describe('real pages', () => {
  test.skip(PAGES.length === 0, `no real pages at ${PAGES_DIR}: skipped (they are not part of the repository)`);

  let server: StaticServer;
  test.beforeAll(async () => {
    server = await startStaticServer(PAGES_DIR);
  });
  test.afterAll(async () => {
    await server?.close();
  });

  for (const name of PAGES) {
    test(`${name}: no error from TermLens, no DOM change, the same highlights on a second load`, async ({
      context,
      extensionId,
      serviceWorker,
      pageErrors,
    }) => {
      test.setTimeout(name === 'html-spec.html' ? 400_000 : 120_000);
      // The pages link to images, fonts and scripts on the web: refused, so nothing leaves the machine.
      await context.route(
        (url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1',
        (route) => route.abort(),
      );
      const url = `${server.origin}/${name}`;
      const first = await load(context, url, extensionId, serviceWorker);
      const log = await mutationLog(first.page);
      // Marks belong to what the reader reads: none in menus, headers, footers, sidebars, forms or headings.
      const outside = await inTestWorld(
        first.page,
        (selector: string) => {
          const found: string[] = [];
          for (const [name, highlight] of CSS.highlights) {
            if (!name.startsWith('termlens-')) continue;
            highlight.forEach((range) => {
              const node = range.startContainer;
              const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
              const around = el?.closest(selector);
              if (around) found.push(`${around.localName}: ${range.toString()}`);
            });
          }
          return found;
        },
        OUTSIDE_READING,
      );
      expect(outside, 'marks outside the reading content').toEqual([]);
      await closeQuietly(first.page);
      const second = await load(context, url, extensionId, serviceWorker);

      console.log(
        `[real-page] ${name}: ${first.result.highlighted} highlighted, ${first.result.occurrences} found, ` +
          `${first.result.terms.split(' ').filter(Boolean).length} distinct terms, ` +
          `${first.termlensErrors.length + second.termlensErrors.length} TermLens errors`,
      );
      expect(second.result).toEqual(first.result);
      expect(log, 'DOM changes after load').toEqual([]);
      expect([...first.termlensErrors, ...second.termlensErrors]).toEqual([]);
      const ours = pageErrors.filter((e) => e.text.includes(`chrome-extension://${extensionId}`));
      expect(ours).toEqual([]);
    });
  }
});

async function closeQuietly(page: Page): Promise<void> {
  await page.close({ runBeforeUnload: false }).catch(() => undefined);
}
