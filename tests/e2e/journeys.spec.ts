/**
 * The core journeys of a reader, written once and run in both browsers:
 * Chromium by the Chromium suite (playwright.config.ts), Firefox ESR by
 * playwright.firefox.config.ts. The `driver` fixture (tests/journeys)
 * hides which browser runs them. Every journey also fails if anything logs
 * a console error or throws (checked when the driver fixture ends).
 */
import { loadGlossaryFromDisk } from '../../scripts/glossary-build';
import { highlightSizes, paintedTerms, termRangeCount } from '../../scripts/lib/page-terms';
import { centreOf, pointerAway, readTooltip, restOnTerm, type TestPage, type TooltipInfo } from '../journeys/driver';
import { displayHeadword } from '../../components/headword';
import { expect, test } from '../journeys/fixtures';

const ENTRIES = new Map(loadGlossaryFromDisk().map((e) => [e.id, e]));
const entry = (id: string) => {
  const e = ENTRIES.get(id);
  if (!e) throw new Error(`No glossary entry ${id}`);
  return e;
};

/** Waits until the page shows at least these highlighted words. */
async function termsShown(page: TestPage, words: string[]): Promise<void> {
  await expect.poll(() => paintedTerms(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(words));
}

/** Waits for the tooltip of `id` to be shown, and returns it. */
async function tooltipOf(page: TestPage, id: string): Promise<TooltipInfo> {
  const headword = displayHeadword(entry(id).headword);
  await expect.poll(async () => (await readTooltip(page))?.headword ?? null).toBe(headword);
  return (await readTooltip(page))!;
}

function expectInsideViewport(tip: TooltipInfo): void {
  const { rect, viewport } = tip;
  expect(rect.left, 'left edge').toBeGreaterThanOrEqual(0);
  expect(rect.top, 'top edge').toBeGreaterThanOrEqual(0);
  expect(rect.right, 'right edge').toBeLessThanOrEqual(viewport.width);
  expect(rect.bottom, 'bottom edge').toBeLessThanOrEqual(viewport.height);
}

/** The site switch in the popup: its state, and a click on it like a reader's. */
const siteSwitch = '[role="switch"]';
const switchState = (popup: TestPage, host: string) =>
  popup.evaluate(
    ({ selector, host }) =>
      [...document.querySelectorAll(selector)]
        .find((el) => el.textContent?.includes(host))
        ?.getAttribute('aria-checked') ?? null,
    { selector: siteSwitch, host },
  );
async function flipSiteSwitch(popup: TestPage, host: string): Promise<void> {
  const { x, y } = await centreOf(popup, siteSwitch, host);
  await popup.click(x, y);
}

test.describe('journeys', () => {
  test('the terms on a page are highlighted, and nothing else is', async ({ driver }) => {
    const page = await driver.openPage('journey-terms.html');
    // "Spravato" names esketamine again in the same section: it answers to hover but is not marked a second time.
    await termsShown(page, ['NMDA receptor', 'glutamate', 'esketamine', 'TRD', 'dissociation', 'nausea']);
    expect(await highlightSizes(page)).toHaveProperty('termlens-underline');
    const inPlainParagraph = await page.evaluate(() => {
      const plain = document.getElementById('plain')!;
      let n = 0;
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('termlens-')) continue;
        for (const r of h as unknown as Set<AbstractRange>) if (plain.contains(r.startContainer)) n++;
      }
      return n;
    }, null);
    expect(inPlainParagraph).toBe(0);
  });

  test('hovering a term shows its tooltip with the headword and the definition', async ({ driver }) => {
    const page = await driver.openPage('journey-terms.html');
    await termsShown(page, ['NMDA receptor', 'TRD']);

    await restOnTerm(page, '#mechanism', 'NMDA receptor');
    const nmda = await tooltipOf(page, 'nmda-receptor');
    expect(nmda.text).toContain(entry('nmda-receptor').short);

    // Away, the tooltip goes; an abbreviation opens the entry it stands for and says which words were found.
    await pointerAway(page);
    await expect.poll(() => readTooltip(page)).toBeNull();
    await restOnTerm(page, '#treatments', 'TRD');
    const trd = await tooltipOf(page, 'treatment-resistant-depression');
    expect(trd.text).toContain(entry('treatment-resistant-depression').short);
    expect(trd.text).toContain('TRD');
    // The card's code came from the extension at the first hover; the page's own record of what it loaded
    // does not name it (a page that could see the address could tell TermLens is installed).
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name), null);
    expect(loaded.filter((name) => !name.startsWith('http'))).toEqual([]);
  });

  test('the tooltip stays inside the window at every edge, beside its term', async ({ driver }) => {
    const page = await driver.openPage('journey-edges.html');
    const corners = [
      { selector: '#top-left', word: 'ketamine', id: 'ketamine' },
      { selector: '#top-right', word: 'nausea', id: 'nausea' },
      { selector: '#bottom-left', word: 'esketamine', id: 'esketamine' },
      { selector: '#bottom-right', word: 'dissociation', id: 'dissociation' },
    ];
    await termsShown(
      page,
      corners.map((c) => c.word),
    );
    for (const corner of corners) {
      const at = await restOnTerm(page, corner.selector, corner.word);
      const tip = await tooltipOf(page, corner.id);
      expectInsideViewport(tip);
      const coversTerm =
        at.x >= tip.rect.left && at.x <= tip.rect.right && at.y >= tip.rect.top && at.y <= tip.rect.bottom;
      expect(coversTerm, `the tooltip of ${corner.word} covers the word`).toBe(false);
    }
  });

  test('a page with hostile CSS leaves the tooltip as it is everywhere else', async ({ driver }) => {
    const plain = await driver.openPage('journey-terms.html');
    await termsShown(plain, ['NMDA receptor']);
    await restOnTerm(plain, '#mechanism', 'NMDA receptor');
    const expected = await tooltipOf(plain, 'nmda-receptor');

    const hostile = await driver.openPage('journey-hostile.html');
    await termsShown(hostile, ['NMDA receptor']);
    await restOnTerm(hostile, '#mechanism', 'NMDA receptor');
    const seen = await tooltipOf(hostile, 'nmda-receptor');

    expect(seen.style).toEqual(expected.style);
    expect(seen.text).toBe(expected.text);
    expectInsideViewport(seen);
  });

  test('on a page whose policy allows only its own scripts, the tooltip still opens, with its text', async ({
    driver,
  }) => {
    // The card's code is loaded from the extension at the first hover: a page's script-src must not stop it.
    const page = await driver.openPage('journey-csp.html');
    await termsShown(page, ['NMDA receptor']);
    await restOnTerm(page, '#plain', 'NMDA receptor');
    const nmda = await tooltipOf(page, 'nmda-receptor');
    expect(nmda.text).toContain(entry('nmda-receptor').short);
    expectInsideViewport(nmda);
  });

  test('text added to the page after it loaded is highlighted and explained', async ({ driver }) => {
    const page = await driver.openPage('journey-terms.html');
    await termsShown(page, ['NMDA receptor']);
    // The page's own script adds a paragraph, as a single-page app does...
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'A later study looked at psilocybin for people whose main complaint was anhedonia.';
      document.querySelector('article')!.append(p);
    }, null);
    await termsShown(page, ['psilocybin', 'anhedonia']);
    // ...and later rewrites the text of one that had no terms.
    await page.evaluate(() => {
      document.getElementById('plain')!.textContent = 'Visitors can ask the nurse about the SSRI they take.';
    }, null);
    await termsShown(page, ['SSRI']);

    await restOnTerm(page, '#added', 'psilocybin');
    const tip = await tooltipOf(page, 'psilocybin');
    expect(tip.text).toContain(entry('psilocybin').short);
  });

  test('a very long page: the marks near the view are drawn, the rest as the reader scrolls to them', async ({
    driver,
  }) => {
    const page = await driver.openPage('journey-long.html');
    // Which of the page's 320 sections hold a drawn mark (their data-n): lowest, highest, how many.
    const drawnSections = () =>
      page.evaluate(() => {
        const n: number[] = [];
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('termlens-') || name.startsWith('termlens-active')) continue;
          for (const r of h as unknown as Set<AbstractRange>)
            n.push(Number(r.startContainer.parentElement!.closest('section')!.dataset.n));
        }
        return n.length ? [Math.min(...n), Math.max(...n), new Set(n).size] : [];
      }, null);
    // Once the browser has said which sections are near (until then a mark may be drawn anywhere; Firefox ESR once
    // showed sections up to 126 that early): the first sections, a few screens' worth, not the page's 320.
    const nearTop = ([first, last, count]: number[]) => first! < 5 && last! < 80 && count! > 3;
    await expect.poll(async () => nearTop(await drawnSections()), { timeout: 10_000 }).toBe(true);

    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight), null);
    await expect.poll(async () => (await drawnSections())[1], { timeout: 10_000 }).toBeGreaterThan(315);
    const [firstAtEnd] = await drawnSections();
    expect(firstAtEnd).toBeGreaterThan(240);

    // A term drawn at the end of the page explains itself like any other.
    await restOnTerm(page, 'section[data-n="319"]', 'CRPS');
    const tip = await tooltipOf(page, 'crps');
    expect(tip.text).toContain(entry('crps').short);
  });

  test('switching the site off in the popup clears the highlights; on restores them without a reload', async ({
    driver,
  }) => {
    const page = await driver.openPage('journey-terms.html');
    await termsShown(page, ['NMDA receptor', 'esketamine']);
    const before = await termRangeCount(page);
    const host = new URL(page.url).hostname;
    // Survives only if the page is never reloaded.
    await page.evaluate(() => ((window as unknown as { journeyMark: string }).journeyMark = 'same page'), null);

    const popup = await driver.openPopupFor(page);
    await expect.poll(() => switchState(popup, host)).toBe('true');
    // The popup's styles are inside its page: applied in both browsers, they give it its frame, as wide as the
    // window it is shown in (the toolbar popup's 380 px, here a whole tab) and 560 px high.
    const frame = () =>
      popup.evaluate(() => [document.body.clientWidth === window.innerWidth, document.body.clientHeight], null);
    await expect.poll(frame).toEqual([true, 560]);
    await flipSiteSwitch(popup, host);
    await expect.poll(() => switchState(popup, host)).toBe('false');
    await expect.poll(() => highlightSizes(page)).toEqual({});

    await flipSiteSwitch(popup, host);
    await expect.poll(() => switchState(popup, host)).toBe('true');
    await expect.poll(() => termRangeCount(page), { timeout: 10_000 }).toBe(before);
    expect(await page.evaluate(() => (window as unknown as { journeyMark?: string }).journeyMark, null)).toBe(
      'same page',
    );
  });

  test('a whole visit (read, hover, popup, switch) logs no console errors', async ({ driver }) => {
    const page = await driver.openPage('journey-terms.html');
    await termsShown(page, ['NMDA receptor', 'nausea']);
    await restOnTerm(page, '#effects', 'nausea');
    await tooltipOf(page, 'nausea');
    await pointerAway(page);
    await expect.poll(() => readTooltip(page)).toBeNull();

    const popup = await driver.openPopupFor(page);
    const host = new URL(page.url).hostname;
    await expect.poll(() => switchState(popup, host)).toBe('true');
    await flipSiteSwitch(popup, host);
    await expect.poll(() => highlightSizes(page)).toEqual({});
    await flipSiteSwitch(popup, host);
    await expect.poll(() => termRangeCount(page), { timeout: 10_000 }).toBeGreaterThan(0);

    expect(await driver.errors()).toEqual([]);
  });
});
