import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { paintedTerms, pointOfTerm } from '../../scripts/lib/page-terms';
import { pageTerms, waitForScan } from './page-helpers';

/**
 * What a reader sees marked on pages of the kinds that tripped TermLens up:
 * a front page with one medical story, a site with menus and teasers round
 * its article, pages in other languages, a quote in another language, an
 * article that repeats its topic, a dark page. Unmarked occurrences still
 * answer to hover.
 */

const card = (page: Page) => page.locator('termlens-ui [role="tooltip"]');

/** The middle of `word` inside the element `selector`, marked or not. */
async function pointOfWord(page: Page, selector: string, word: string, nth = 0) {
  const point = await page.evaluate(
    ([sel, w, n]) => {
      const el = document.querySelector(sel as string)!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
        for (let i = t.data.indexOf(w as string); i >= 0; i = t.data.indexOf(w as string, i + 1)) {
          if (seen++ < (n as number)) continue;
          const r = document.createRange();
          r.setStart(t, i);
          r.setEnd(t, i + (w as string).length);
          r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
          const b = r.getClientRects()[0]!;
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
      }
      return null;
    },
    [selector, word, nth] as const,
  );
  if (!point) throw new Error(`"${word}" not found in ${selector}`);
  return point;
}

async function rest(page: Page, at: { x: number; y: number }) {
  await page.mouse.move(at.x - 30, at.y + 30);
  await page.mouse.move(at.x, at.y, { steps: 4 });
}

test.describe('marks where the reader reads', () => {
  test('a front page marks ambiguous words only in its medical story', async ({ openPage, serviceWorker }) => {
    const page = await openPage('precision-front-page.html');
    await waitForScan(serviceWorker, page);
    const inStory = await page.evaluate(() => {
      const story = document.getElementById('health')!;
      let inside = 0;
      let outside = 0;
      for (const [name, h] of CSS.highlights)
        if (name.startsWith('termlens-') && !name.startsWith('termlens-active'))
          for (const r of h as unknown as Set<AbstractRange>) {
            if (story.contains(r.startContainer)) inside++;
            else outside++;
          }
      return { inside, outside };
    });
    // Henry IV, the Great Depression, "his tolerance of Protestants", integration tests, Special K the
    // striker and "confusion in bond markets" stay plain.
    expect(inStory.outside).toBe(0);
    expect(await paintedTerms(page)).toEqual([
      'esketamine',
      'nasal spray',
      'ketamine',
      'depression',
      'antidepressants',
      'dissociation',
      'confusion',
      'nausea',
      'intravenous (IV) infusion',
      'dizziness',
      'raised blood pressure',
    ]);
  });

  test('a site page marks its article, not its menus, teasers or footer; those still answer to hover', async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('precision-site.html');
    await waitForScan(serviceWorker, page);
    expect(await paintedTerms(page)).toEqual([
      'Ketamine clinics',
      'depression',
      'ketamine',
      'infusion',
      'dissociation',
      'migraine',
      'fibromyalgia',
      'FDA',
      'chronic pain',
    ]);
    await rest(page, await pointOfWord(page, 'nav', 'Migraine'));
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toHaveAccessibleName(/^migraine$/i);
  });

  for (const name of ['precision-de.html', 'precision-fr.html']) {
    test(`${name}: a page in another language marks nothing`, async ({ openPage, serviceWorker }) => {
      const page = await openPage(name);
      await waitForScan(serviceWorker, page);
      expect(await paintedTerms(page)).toEqual([]);
      expect((await pageTerms(serviceWorker, page)).terms).toEqual([]);
    });
  }

  test('a German quote in an English article is not marked, the English around it is', async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('precision-quote.html');
    await waitForScan(serviceWorker, page);
    const texts = await paintedTerms(page);
    expect(texts).toEqual([
      'ketamine',
      'treatment-resistant depression',
      'dizziness',
      'integration sessions',
      'infusion',
      'tolerance',
    ]);
  });

  test('a long article: each term once per section, never in headings; a later mention still explains itself', async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('precision-long.html');
    await waitForScan(serviceWorker, page);
    const texts = await paintedTerms(page);
    // Five sections under five headings that all name ketamine: five marks for it, none in a heading.
    expect(texts.filter((t) => t.toLowerCase() === 'ketamine')).toHaveLength(5);
    expect(texts).toEqual([
      'Ketamine',
      'anesthetic',
      'mood disorders',
      'ketamine',
      'infusion',
      'nasal spray',
      'Ketamine',
      'NMDA receptor',
      'glutamate',
      'neurons',
      'Ketamine',
      'dissociation',
      'nausea',
      'side effects',
      'Ketamine',
    ]);
    // The popup counts every mention, headings included.
    const { terms } = await pageTerms(serviceWorker, page);
    expect(terms.find((t) => t.id === 'ketamine')?.count).toBe(20);
    // An unmarked later mention answers to hover like a marked one.
    await rest(page, await pointOfWord(page, '#s1-b', 'ketamine'));
    await expect(card(page)).toHaveAccessibleName(/^ketamine$/i);
  });

  test('"Don\'t mark this term" in the tooltip unmarks it everywhere, and Undo brings it back', async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('precision-long.html');
    await waitForScan(serviceWorker, page);
    await rest(page, await pointOfTerm(page, 'NMDA receptor'));
    await expect(card(page)).toBeVisible();
    await card(page)
      .getByRole('button', { name: /Don't mark/ })
      .click();
    await expect.poll(() => paintedTerms(page)).not.toContain('NMDA receptor');
    await expect(card(page)).toContainText('will not mark');
    await card(page).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => paintedTerms(page)).toContain('NMDA receptor');
  });

  test('the crisis note shows only for suicide and self-harm, not on every mention of depression', async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('precision-front-page.html');
    await waitForScan(serviceWorker, page);
    await rest(page, await pointOfTerm(page, 'depression'));
    await expect(card(page)).toHaveAccessibleName(/^depression$/i);
    await expect(card(page)).not.toContainText('suicide');
  });

  test('on a dark page marks take the light ink; a term in a link gets no second underline', async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('precision-dark.html');
    await waitForScan(serviceWorker, page);
    const byName = await page.evaluate(() => {
      const out: Record<string, string[]> = {};
      for (const [name, h] of CSS.highlights)
        for (const r of h as unknown as Set<AbstractRange>)
          (out[name] ??= []).push((r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
      return out;
    });
    expect(byName['termlens-underline-dark']).toEqual(
      expect.arrayContaining(['Ketamine', 'NMDA receptor', 'glutamate', 'dissociation']),
    );
    expect(byName['termlens-underline-link-dark']).toEqual(['esketamine', 'nasal spray']);
    expect(byName['termlens-underline'] ?? []).toEqual([]);
  });
});

test('Settings: a term is found by searching and muted from the matches; the page stops marking it', async ({
  context,
  extensionId,
  openPage,
  serviceWorker,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const search = options.getByRole('searchbox', { name: 'Find a term to stop marking' });
  await search.fill('KETA');
  const matches = options.getByRole('list', { name: 'Matching terms' });
  // Case does not matter; the name that starts with the search and is shortest comes first.
  await expect(matches.getByRole('listitem').first()).toHaveText(/^Ketamine\s*Don/);
  await expect(matches).toContainText('Oral ketamine');
  await search.fill('fibro');
  await matches.getByRole('button', { name: "Don't mark Fibromyalgia" }).click();
  const muted = options.getByRole('list', { name: 'Muted terms' });
  await expect(muted).toContainText('Fibromyalgia');
  // A muted term is no longer offered.
  await expect(matches.getByRole('button', { name: "Don't mark Fibromyalgia" })).toHaveCount(0);

  const page = await openPage('precision-site.html');
  await waitForScan(serviceWorker, page);
  expect(await paintedTerms(page)).not.toContain('fibromyalgia');
  expect(await paintedTerms(page)).toContain('migraine');

  await muted.getByRole('button', { name: 'Unmute Fibromyalgia' }).click();
  await expect(muted).toHaveCount(0);
});
