import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { paintedTerms, pointOfTerm } from '../../scripts/lib/page-terms';
import { pageTerms, waitForScan } from './page-helpers';

const WARD_CSV = resolve(import.meta.dirname, '../fixtures/own-glossaries/ward.csv');
const card = (page: Page) => page.locator('termlens-ui [role="tooltip"]');

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  return options;
}

/** Imports the ward glossary as a reader would: choose the file, read the summary, confirm. */
async function importWard(options: Page): Promise<void> {
  await options.getByLabel('Import a glossary').setInputFiles(WARD_CSV);
  const status = options.locator('.tl-import-status');
  await expect(status).toContainText('ward.csv: 3 terms imported, 2 rows skipped');
  await expect(status.getByRole('list', { name: 'Rows skipped' }).getByRole('listitem')).toHaveText([
    'line 4: source is not an https URL',
    'line 6: no definition',
  ]);
  await status.getByRole('textbox', { name: 'Name' }).fill('Ward 7 terms');
  await status.getByRole('button', { name: 'Add 3 terms' }).click();
  await expect(status).toContainText('“Ward 7 terms” added: 3 terms imported, 2 rows skipped.');
}

async function hover(page: Page, word: string) {
  const { x, y } = await pointOfTerm(page, word);
  await page.mouse.move(x - 30, y + 30);
  await page.mouse.move(x, y, { steps: 4 });
}

test.describe("the reader's own glossaries", () => {
  test('a CSV imported in the options page marks its terms on a page; its markup shows as text; the reader’s term wins', async ({
    context,
    extensionId,
    openPage,
    serviceWorker,
    pageErrors,
  }) => {
    const options = await openOptions(context, extensionId);
    await importWard(options);
    await expect(options.getByRole('listitem').filter({ hasText: 'Ward 7 terms' })).toContainText('3 terms · ward.csv');

    const page = await openPage('own-glossary.html');
    await waitForScan(serviceWorker, page);
    expect(await paintedTerms(page)).toEqual(['quiet lounge', 'discharge pack', 'ketamine']);
    const { terms } = await pageTerms(serviceWorker, page);
    expect(terms.map((t) => t.headword).sort()).toEqual(['discharge pack', 'ketamine', 'quiet lounge']);

    await hover(page, 'quiet lounge');
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toContainText('From Ward 7 terms');
    await expect(card(page)).toContainText('Ward rooms');
    await expect(card(page)).toContainText(
      'A calm room at the end of the corridor, <img src=x onerror=alert(1)> kept dim all day.',
    );
    await expect(card(page).locator('img, b')).toHaveCount(0);
    await expect(card(page).getByRole('link', { name: 'Source' })).toHaveAttribute(
      'href',
      'https://example.org/ward-7',
    );
    await page.keyboard.press('Escape');

    await hover(page, 'discharge pack');
    await expect(card(page)).toContainText('includes <b>a letter</b> for the family doctor.');
    await expect(card(page).getByRole('link')).toHaveCount(0);
    await page.keyboard.press('Escape');

    // "ketamine" is in the bundled glossary too: the reader's definition is the one shown.
    await hover(page, 'ketamine');
    await expect(card(page)).toContainText('From Ward 7 terms');
    await expect(card(page)).toContainText('On this ward: a pain medicine');
    expect(pageErrors).toEqual([]);
  });

  test('switching a glossary off in the options page removes its marks from an open page at once, and on brings them back', async ({
    context,
    extensionId,
    openPage,
    serviceWorker,
  }) => {
    const options = await openOptions(context, extensionId);
    await importWard(options);
    const page = await openPage('own-glossary.html');
    await waitForScan(serviceWorker, page);
    expect(await paintedTerms(page)).toContain('quiet lounge');

    await options.bringToFront();
    const mine = options.getByRole('switch', { name: 'Use Ward 7 terms' });
    await expect(mine).toHaveAttribute('aria-checked', 'true');
    await mine.click();
    await expect(mine).toHaveAttribute('aria-checked', 'false');
    // Only the bundled glossary's term is left.
    await expect.poll(() => paintedTerms(page)).toEqual(['ketamine']);

    await options.getByRole('switch', { name: 'Use TermLens medical glossary' }).click();
    await expect.poll(() => paintedTerms(page)).toEqual([]);
    await mine.click();
    await expect.poll(() => paintedTerms(page)).toEqual(['quiet lounge', 'discharge pack', 'ketamine']);
  });

  test('delete with undo, rename, edit a term, and export gives back the file', async ({ context, extensionId }) => {
    const options = await openOptions(context, extensionId);
    await importWard(options);
    const row = options.getByRole('listitem').filter({ hasText: 'Ward 7 terms' });

    await row.getByRole('button', { name: 'Rename' }).click();
    await options.getByRole('textbox', { name: 'New name for Ward 7 terms' }).fill('Ward seven');
    await options.getByRole('button', { name: 'Save name' }).click();
    await expect(options.getByRole('switch', { name: 'Use Ward seven' })).toBeVisible();

    const seven = options.getByRole('listitem').filter({ hasText: 'Ward seven' });
    const download = options.waitForEvent('download');
    await seven.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv).toContain(
      'quiet lounge,"A calm room at the end of the corridor, <img src=x onerror=alert(1)> kept dim all day.",quiet room',
    );

    await seven.getByRole('button', { name: 'Edit terms' }).click();
    const editor = options.getByRole('region', { name: 'Terms of Ward seven' });
    await expect(editor.getByRole('group', { name: 'obs round' })).toHaveCount(0);
    await editor.getByRole('group', { name: 'ketamine' }).getByRole('button', { name: 'Edit' }).click();
    await editor.getByRole('textbox', { name: 'Definition' }).fill('');
    await editor.getByRole('button', { name: 'Save term' }).click();
    await expect(editor.getByRole('alert')).toHaveText('No definition.');
    await editor.getByRole('textbox', { name: 'Definition' }).fill('Given through a drip after surgery.');
    await editor.getByRole('button', { name: 'Save term' }).click();
    await expect(editor).toContainText('Given through a drip after surgery.');

    await seven.getByRole('button', { name: 'Delete' }).click();
    await expect(options.getByRole('switch', { name: 'Use Ward seven' })).toHaveCount(0);
    await expect(options.getByRole('status').filter({ hasText: 'Deleted “Ward seven”.' })).toBeVisible();
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect(options.getByRole('switch', { name: 'Use Ward seven' })).toBeVisible();
    await expect(options.getByRole('listitem').filter({ hasText: 'Ward seven' })).toContainText('3 terms');
  });

  test('a file that cannot be used is refused with the reason, and nothing changes', async ({
    context,
    extensionId,
  }) => {
    const options = await openOptions(context, extensionId);
    await options.getByLabel('Import a glossary').setInputFiles({
      name: 'bomb.tbx',
      mimeType: 'application/xml',
      buffer: Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><martif>&a;</martif>'),
    });
    await expect(options.locator('.tl-import-status')).toContainText(
      'bomb.tbx: This XML file declares its own entities',
    );
    await expect(options.locator('.tl-import-status')).toContainText('Nothing was changed.');
    await expect(options.locator('.tl-glossaries > li')).toHaveCount(1);
  });

  test('"Add to my glossary…" on a selection: a small form, and the term is marked on every open tab at once', async ({
    context,
    openPage,
    serviceWorker,
    pageErrors,
  }) => {
    const page = await openPage('own-glossary.html');
    const other = await openPage('own-glossary.html?second');
    await waitForScan(serviceWorker, page);
    expect(await paintedTerms(page)).toEqual(['ketamine']);

    // Select the two words, as a drag over them would.
    const words = page.locator('#selection');
    await page.bringToFront();
    await page.evaluate(() => {
      const p = document.querySelector('#selection')!.firstChild!;
      const at = p.textContent!.indexOf('quiet hours');
      getSelection()!.setBaseAndExtent(p, at, p, at + 'quiet hours'.length);
    });
    await expect(words).toBeVisible();
    const selectionText = await page.evaluate(() => getSelection()!.toString());
    expect(selectionText).toBe('quiet hours');

    // The browser's own context menu cannot be clicked by a test: the click is delivered as the browser would.
    const formOpened = context.waitForEvent('page');
    await serviceWorker.evaluate((text) => {
      const menus = (
        globalThis as unknown as { chrome: { contextMenus: { onClicked: { dispatch(...a: unknown[]): void } } } }
      ).chrome.contextMenus;
      menus.onClicked.dispatch({ menuItemId: 'termlens-add-term', selectionText: text, editable: false }, undefined);
    }, selectionText);
    const form = await formOpened;
    await form.waitForLoadState('load');
    await expect(form.getByRole('heading', { name: 'Add to my glossary' })).toBeVisible();
    await expect(form.getByRole('textbox', { name: 'Term' })).toHaveValue('quiet hours');
    await form.getByRole('button', { name: 'Add to my glossary' }).click();
    await expect(form.getByRole('alert')).toHaveText('No definition.');
    await form
      .getByRole('textbox', { name: 'Definition' })
      .fill('The ward’s rest time: <em>no visits</em> from one to three.');
    await form.getByRole('button', { name: 'Add to my glossary' }).click();
    await expect(form.getByRole('status')).toContainText('Added “quiet hours” to My glossary.');

    await expect.poll(() => paintedTerms(page)).toEqual(['ketamine', 'quiet hours']);
    await expect.poll(() => paintedTerms(other)).toEqual(['ketamine', 'quiet hours']);
    await page.bringToFront();
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await hover(page, 'quiet hours');
    await expect(card(page)).toContainText('From My glossary');
    await expect(card(page)).toContainText('The ward’s rest time: <em>no visits</em> from one to three.');
    expect(pageErrors).toEqual([]);
  });

  test("the popup lists the reader's terms found on the page and finds them in its search; the reference lists them", async ({
    context,
    extensionId,
    openPage,
    openPopupFor,
    serviceWorker,
  }) => {
    const options = await openOptions(context, extensionId);
    await importWard(options);
    const page = await openPage('own-glossary.html');
    await waitForScan(serviceWorker, page);

    const popup = await openPopupFor(page);
    await expect(popup.getByRole('row', { name: /^Quiet lounge 1 time/ })).toBeVisible();
    await popup.getByRole('combobox', { name: 'Search the glossary' }).fill('discharge');
    const hit = popup.getByRole('option', { name: /discharge pack/i });
    await expect(hit).toBeVisible();
    await expect(hit).toContainText('Ward 7 terms');
    await hit.click();
    await expect(popup.getByRole('heading', { level: 2, name: /discharge pack/i })).toBeVisible();
    await expect(popup.locator('.tl-entry')).toContainText('includes <b>a letter</b> for the family doctor.');

    const reference = await context.newPage();
    await reference.goto(`chrome-extension://${extensionId}/reference.html?q=quiet%20room`);
    await expect(reference.getByRole('option', { name: /quiet lounge/i })).toBeVisible();
  });
});
