import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pageTerms, setStorage, settled } from './page-helpers';

/**
 * The popup draws its frame and the page's terms first and brings in the
 * glossary after them (issue 6: it opens in under 100 ms), and the three
 * extension pages share one bundle of code. What the reader must never
 * notice: a list cut short, a search typed too early and lost, the wrong
 * theme, or one page running another's code.
 */

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('every term of a page with many is listed, not only the first few drawn before the first paint', async ({
  openPage,
  openPopupFor,
  serviceWorker,
}) => {
  const page = await openPage('detection.html');
  await settled(serviceWorker, page);
  const state = await pageTerms(serviceWorker, page);
  expect(state.terms.length).toBeGreaterThan(8);
  const popup = await openPopupFor(page);
  const list = popup.getByRole('list', { name: 'Terms on this page' });
  await expect(list.getByRole('listitem')).toHaveCount(state.terms.length);
  // The last one can be scrolled to and chosen like the first.
  const last = list.getByRole('listitem').last().getByRole('button').first();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
});

test('a search typed the moment the popup opens is kept and answered once the glossary is in', async ({
  openPage,
  openPopupFor,
}) => {
  const page = await openPage('smoke.html');
  const popup = await openPopupFor(page);
  const box = popup.getByRole('combobox', { name: 'Search the glossary' });
  await box.pressSequentially('crps'); // as soon as the box exists, without waiting for the list
  await expect(box).toHaveValue('crps');
  await expect(popup.getByRole('listbox').getByRole('option').first()).toHaveAccessibleName(/^CRPS$/);
  // Every entry is there once the query is cleared.
  await box.fill('');
  await expect(popup.getByRole('status').filter({ hasText: /^\d+ entries$/ })).toHaveText(/^9\d entries$/);
});

test('the theme setting: dark and light are applied from the first frame, auto follows the system', async ({
  openPage,
  openPopupFor,
  serviceWorker,
}) => {
  const page = await openPage('smoke.html');
  await setStorage(serviceWorker, 'sync', { settings: { theme: 'dark' } });
  const popup = await openPopupFor(page);
  await expect.poll(() => background(popup)).toBe('rgb(18, 26, 28)');

  await setStorage(serviceWorker, 'sync', { settings: { theme: 'light' } });
  await expect.poll(() => background(popup)).toBe('rgb(255, 255, 255)');

  await popup.emulateMedia({ colorScheme: 'dark' });
  await setStorage(serviceWorker, 'sync', { settings: { theme: 'auto' } });
  await expect.poll(() => background(popup)).toBe('rgb(18, 26, 28)');
  await popup.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => background(popup)).toBe('rgb(255, 255, 255)');
});

test('the settings page and the reference show their own page only, styled, though they share the popup code', async ({
  context,
  extensionId,
  pageErrors,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toContainText(/settings/i);
  await expect(options.locator('.tl-popup')).toHaveCount(0);
  await expect(options.getByRole('combobox', { name: 'Search the glossary' })).toHaveCount(0);

  const reference = await context.newPage();
  await reference.goto(`chrome-extension://${extensionId}/reference.html#ketamine`);
  await expect(reference.getByRole('heading', { level: 2, name: /^ketamine$/i })).toBeVisible();
  await expect(reference.locator('.tl-popup')).toHaveCount(0);
  // Each page has the shared styles, and only its own: the popup's fixed 380 × 560 px frame stays in the popup.
  for (const p of [options, reference]) {
    const look = await p.evaluate(() => ({
      themed: getComputedStyle(document.documentElement).getPropertyValue('--tl-bg').trim() !== '',
      width: document.body.getBoundingClientRect().width,
    }));
    expect(look.themed).toBe(true);
    expect(look.width).toBeGreaterThan(600);
  }
  expect(pageErrors).toEqual([]);
});
