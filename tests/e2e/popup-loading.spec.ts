import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pageTerms, setStorage, waitForScan } from './page-helpers';

/**
 * The popup draws its frame and the page's terms first and brings in the
 * glossary after them, and the three
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
  await waitForScan(serviceWorker, page);
  const state = await pageTerms(serviceWorker, page);
  expect(state.terms.length).toBeGreaterThan(8);
  const popup = await openPopupFor(page);
  const list = popup.getByRole('grid', { name: 'Terms on this page' });
  await expect(list.getByRole('row')).toHaveCount(state.terms.length);
  // The last one can be scrolled to and chosen like the first.
  const last = list.getByRole('row').last().getByRole('button').first();
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
});

test('the real toolbar popup speaks for the tab it opens over, and keeps its standing note in view when Chrome shortens it', async ({
  openPage,
  openRealPopup,
  serviceWorker,
  pageErrors,
}) => {
  const pages = [await openPage('detection.html'), await openPage('smoke.html')];
  for (const page of pages) await waitForScan(serviceWorker, page);
  const counts: number[] = [];
  for (const page of pages) {
    const expected = (await pageTerms(serviceWorker, page)).terms;
    counts.push(expected.length);
    const popup = await openRealPopup(page);
    const items = popup.getByRole('grid', { name: 'Terms on this page' }).getByRole('row');
    await expect(items).toHaveCount(expected.length);
    await expect(items.first()).toContainText(expected[0]!.headword, { ignoreCase: true });
    // Chrome fits a popup into the screen below the toolbar (800 × 600 in headless Chromium), here less than the
    // 560 px the popup asks for: the lists give way, and the note that this is not medical advice stays whole.
    expect(await popup.evaluate(() => innerHeight)).toBeLessThanOrEqual(560);
    await expect(popup.locator('.tl-popup-footer')).toBeInViewport({ ratio: 1 });
    await expect(popup.locator('.tl-popup-footer')).toContainText('not medical advice');
    await popup.close();
  }
  expect(counts[0]).not.toBe(counts[1]);
  expect(pageErrors).toEqual([]);
});

test('the popup asks the page once, before its own code has loaded, finishes loading without that code, and draws the answer in its first render', async ({
  context,
  openPage,
  openPopupFor,
  serviceWorker,
}) => {
  const page = await openPage('detection.html');
  await waitForScan(serviceWorker, page);
  const expected = (await pageTerms(serviceWorker, page)).terms;
  // In the popup: every question it sends the page, with the script that sent it, and the rows its frame held when
  // the frame first appeared.
  await context.addInitScript(() => {
    if (location.pathname !== '/popup.html') return;
    const seen = { askedFrom: [] as string[], rowsAtFirst: -1, loadedAtFirst: false };
    Object.assign(window, { seen });
    const tabs = (globalThis as unknown as { chrome: { tabs: { sendMessage: (...args: unknown[]) => unknown } } })
      .chrome.tabs;
    const send = tabs.sendMessage.bind(tabs);
    tabs.sendMessage = (...args: unknown[]) => {
      if ((args[1] as { type?: string } | undefined)?.type === 'get-page-state')
        seen.askedFrom.push(/\/(popup-start|chunks\/[\w-]+)\.js/.exec(new Error().stack ?? '')?.[1] ?? 'unknown');
      return send(...args);
    };
    new MutationObserver((_, observer) => {
      const frame = document.querySelector('.tl-popup');
      if (!frame) return;
      seen.rowsAtFirst = frame.querySelectorAll('[role=row]').length;
      // Chrome shows a toolbar popup at its load event, which must not wait for the main code.
      seen.loadedAtFirst = document.readyState === 'complete';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  // The popup's main code held back, as on a slow disk or a busy machine: the page has answered before it runs.
  await context.route(/\/chunks\/popup-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  const popup = await openPopupFor(page);
  const rows = popup.getByRole('grid', { name: 'Terms on this page' }).getByRole('row');
  await expect(rows).toHaveCount(expected.length);
  await expect(rows.first()).toContainText(expected[0]!.headword, { ignoreCase: true });
  const seen = await popup.evaluate(
    () => (window as unknown as { seen: { askedFrom: string[]; rowsAtFirst: number; loadedAtFirst: boolean } }).seen,
  );
  expect(seen.askedFrom).toEqual(['popup-start']);
  expect(seen.rowsAtFirst).toBeGreaterThan(0);
  expect(seen.loadedAtFirst).toBe(true);
});

test('a theme chosen in the settings is on the popup before its first paint, not after storage answers', async ({
  context,
  openPage,
  openPopupFor,
  serviceWorker,
}) => {
  // What the page's own scripts have set by the time the document is parsed, before any frame is drawn.
  await context.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { themeAtStart: string }).themeAtStart = document.documentElement.dataset.theme ?? 'auto';
    }),
  );
  const page = await openPage('smoke.html');
  await setStorage(serviceWorker, 'sync', { settings: { theme: 'dark' } });
  const first = await openPopupFor(page);
  await expect.poll(() => background(first)).toBe('rgb(18, 26, 28)');
  await first.close();
  const again = await openPopupFor(page);
  await again.waitForLoadState('domcontentloaded');
  expect(await again.evaluate(() => (window as unknown as { themeAtStart: string }).themeAtStart)).toBe('dark');
  await expect.poll(() => background(again)).toBe('rgb(18, 26, 28)');
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
