import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { paintedTerms } from '../../scripts/lib/page-terms';
import { pageTerms, waitForScan } from './page-helpers';

/**
 * The popup as a reader meets it: "On this page" as the main view, one tab
 * stop for its list, search results that say why they are there, back links
 * that name where they go, one site switch, and a frame that fits the
 * window Chrome gives it.
 */

const grid = (popup: Page) => popup.getByRole('grid', { name: 'Terms on this page' });
const results = (popup: Page) => popup.getByRole('listbox').getByRole('option');
const searchBox = (popup: Page) => popup.getByRole('combobox', { name: 'Search the glossary' });

/** How many rows of the list are wholly inside both the list's box and the window. */
const wholeRows = (popup: Page) =>
  popup.evaluate(() => {
    const box = document.querySelector('.tl-popup-page-body')!.getBoundingClientRect();
    return [...document.querySelectorAll('[role="row"]')].filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom && r.bottom <= innerHeight;
    }).length;
  });

test('the real toolbar popup: "On this page" fills the window with a total, and the frame has no blank strip', async ({
  openPage,
  openRealPopup,
  serviceWorker,
}) => {
  const page = await openPage('detection.html');
  await waitForScan(serviceWorker, page);
  const { terms } = await pageTerms(serviceWorker, page);
  const popup = await openRealPopup(page);
  await expect(grid(popup).getByRole('row')).toHaveCount(terms.length);
  await expect(popup.getByRole('heading', { name: /^On this page · \d+ terms$/ })).toHaveText(
    `On this page · ${terms.length} terms`,
  );
  const size = await popup.evaluate(() => ({
    width: innerWidth,
    height: innerHeight,
    body: document.body.getBoundingClientRect().width,
    footer: document.querySelector('.tl-popup-footer')!.getBoundingClientRect().right,
  }));
  // The frame fills whatever window Chrome gave (a shortened one is widened by a scrollbar's width): no strip.
  expect(size.body).toBe(size.width);
  expect(size.footer).toBe(size.width);
  await expect(popup.locator('.tl-popup-footer')).toBeInViewport({ ratio: 1 });
  // About 32 px a row: the room left under the header and the search box holds many more than the old 3.5.
  const room = Math.floor((size.height - 260) / 32);
  expect(await wholeRows(popup)).toBeGreaterThanOrEqual(Math.min(terms.length, room));
});

test('a short window: the same frame at 395 × 510 and 280 × 510 keeps the note in view and fills the width', async ({
  openPage,
  openPopupFor,
  serviceWorker,
}) => {
  const page = await openPage('detection.html');
  await waitForScan(serviceWorker, page);
  const popup = await openPopupFor(page);
  await expect(grid(popup)).toBeVisible();
  for (const [width, height] of [
    [395, 510],
    [280, 510],
  ] as const) {
    await popup.setViewportSize({ width, height });
    await expect.poll(() => popup.evaluate(() => document.body.getBoundingClientRect().width)).toBe(width);
    await expect(popup.locator('.tl-popup-footer')).toBeInViewport({ ratio: 1 });
    expect(await wholeRows(popup)).toBeGreaterThanOrEqual(6);
  }
});

test('the list of page terms is one tab stop; arrow keys move inside it; a definition opens with a back link to it', async ({
  openPage,
  openPopupFor,
  serviceWorker,
}) => {
  const page = await openPage('detection.html');
  await waitForScan(serviceWorker, page);
  const { terms } = await pageTerms(serviceWorker, page);
  const popup = await openPopupFor(page);
  const rows = grid(popup).getByRole('row');
  await expect(rows).toHaveCount(terms.length);
  await expect(searchBox(popup)).toBeFocused();

  // ArrowDown from the empty search box goes into the list, at its first row.
  await searchBox(popup).press('ArrowDown');
  await expect(rows.nth(0).getByRole('button').first()).toBeFocused();
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('ArrowDown');
  await expect(rows.nth(2).getByRole('button').first()).toBeFocused();
  await popup.keyboard.press('End');
  await expect(rows.last().getByRole('button').first()).toBeFocused();
  await popup.keyboard.press('Home');
  await popup.keyboard.press('ArrowDown');

  // Only one control of the whole list is in the tab order.
  const inTabOrder = await grid(popup).evaluate(
    (el) => [...el.querySelectorAll('button')].filter((b) => b.tabIndex === 0).length,
  );
  expect(inTabOrder).toBe(1);
  await popup.keyboard.press('Tab');
  await expect(grid(popup).locator(':focus')).toHaveCount(0);
  await popup.keyboard.press('Shift+Tab');
  await expect(rows.nth(1).getByRole('button').first()).toBeFocused();

  // ArrowRight reaches the row's definition button; Enter opens the entry in the popup.
  await popup.keyboard.press('ArrowRight');
  const define = rows.nth(1).getByRole('button', { name: /^Definition of / });
  await expect(define).toBeFocused();
  const name = ((await define.getAttribute('aria-label')) ?? '').replace('Definition of ', '');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('heading', { level: 2, name })).toBeVisible();
  await popup.getByRole('button', { name: 'On this page', exact: true }).click();
  await expect(grid(popup)).toBeVisible();
});

test('an empty search shows this page\'s terms, not the glossary; with nothing on the page, a short "type to search"', async ({
  openPage,
  openPopupFor,
  serviceWorker,
}) => {
  const page = await openPage('detection.html');
  await waitForScan(serviceWorker, page);
  const popup = await openPopupFor(page);
  await expect(grid(popup)).toBeVisible();
  await expect(results(popup)).toHaveCount(0);
  await searchBox(popup).fill('ket');
  await expect(results(popup).first()).toBeVisible();
  await searchBox(popup).fill('');
  await expect(results(popup)).toHaveCount(0);
  await expect(grid(popup)).toBeVisible();

  // Switched off here: no terms, and no glossary list either, just where to type.
  await popup.getByRole('switch', { name: /^On for / }).click();
  await expect(popup.getByText('TermLens is off on this site')).toBeVisible();
  await expect(popup.getByText('Type above to search the whole glossary.')).toBeVisible();
  await expect(results(popup)).toHaveCount(0);
});

test('"nasal spray": names first, then definition hits that show the phrase marked in a snippet, and say so', async ({
  openPage,
  openPopupFor,
}) => {
  const page = await openPage('smoke.html');
  const popup = await openPopupFor(page);
  await searchBox(popup).fill('nasal spray');
  const options = popup.getByRole('listbox').getByRole('option');
  await expect(options.first()).toHaveAccessibleName(/^intranasal$/i);
  await expect(options.first()).toContainText('Also called “nasal spray”.');
  const rows = await options.evaluateAll((els) =>
    els.map((el) => ({
      kind: el.getAttribute('data-kind'),
      marks: [...el.querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase()),
      says: el.textContent?.includes('In the definition:'),
      // Name and category on one line in every row.
      oneLine:
        Math.abs(
          el.querySelector('.tl-result-name')!.getBoundingClientRect().top -
            el.querySelector('.tl-result-cat')!.getBoundingClientRect().top,
        ) < 4,
    })),
  );
  const firstDefinition = rows.findIndex((r) => r.kind === 'definition');
  expect(firstDefinition).toBeGreaterThan(0);
  const definitions = rows.slice(firstDefinition);
  expect(definitions.every((r) => r.kind === 'definition' && r.says)).toBe(true);
  expect(definitions.every((r) => r.marks.includes('nasal spray'))).toBe(true);
  expect(definitions.length).toBeLessThanOrEqual(5);
  expect(rows.every((r) => r.oneLine)).toBe(true);

  // The entry's back link says where it goes; a related entry's names the entry it came from.
  await searchBox(popup).press('Enter');
  await expect(popup.getByRole('button', { name: 'Results for “nasal spray”' })).toBeVisible();
  const related = popup.getByRole('region', { name: 'Related entries' }).getByRole('link').first();
  await related.click();
  await expect(popup.getByRole('button', { name: /^Back to Intranasal$/ })).toBeVisible();
});

test('one site switch; "Pause everywhere" sits in the footer, pauses every page, and the header offers Resume', async ({
  openPage,
  openPopupFor,
  serviceWorker,
}) => {
  const page = await openPage('detection.html');
  await waitForScan(serviceWorker, page);
  const before = await paintedTerms(page);
  const popup = await openPopupFor(page);
  await expect(popup.getByRole('switch')).toHaveCount(1);
  await expect(popup.getByRole('switch')).toHaveAccessibleName('On for 127.0.0.1');
  await popup.locator('.tl-popup-footer').getByRole('button', { name: 'Pause everywhere' }).click();
  await expect(popup.getByText('TermLens is paused on every site.')).toBeVisible();
  await expect.poll(() => paintedTerms(page)).toEqual([]);
  await popup.getByRole('button', { name: 'Resume' }).click();
  await expect(popup.getByRole('switch')).toHaveAccessibleName('On for 127.0.0.1');
  await expect.poll(() => paintedTerms(page)).toEqual(before);
});
