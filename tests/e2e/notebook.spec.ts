import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pointOfTerm } from '../../scripts/lib/page-terms';
import { restMouseOn, tooltipCard } from './hostile-helpers';
import { waitForScan } from './page-helpers';

/**
 * My terms (notebook.html): a reader saves terms where they meet them, keeps
 * a note with each, takes them to an appointment on paper or as a file.
 */

async function saveFromTooltip(page: Page, word: string, name: RegExp): Promise<void> {
  await restMouseOn(page, await pointOfTerm(page, word));
  const card = tooltipCard(page);
  await expect(card).toBeVisible();
  await expect(card).toHaveAccessibleName(name);
  await card.getByRole('button', { name: /^Save / }).click();
  await expect(card.getByRole('button', { name: /^Saved / })).toBeVisible();
  await page.keyboard.press('Escape');
}

test.describe('My terms', () => {
  test('save from the tooltip, see it with its definition, add a note; after a reload it is all still there', async ({
    context,
    openPage,
    serviceWorker,
    extensionId,
    pageErrors,
  }) => {
    const page = await openPage('detection.html');
    await waitForScan(serviceWorker, page);
    await saveFromTooltip(page, 'TRD', /Treatment-resistant depression/i);
    await saveFromTooltip(page, 'ketamine', /^ketamine$/i);

    const notebook = await context.newPage();
    await notebook.goto(`chrome-extension://${extensionId}/notebook.html`);
    const list = notebook.getByRole('list', { name: 'Saved terms' });
    // Newest first, each with its plain definition.
    await expect(list.getByRole('heading', { level: 2 })).toHaveText([/ketamine/i, /Treatment-resistant depression/i]);
    const trd = list.getByRole('listitem').filter({ hasText: /Treatment-resistant depression/i });
    await expect(trd.locator('.tl-saved-definition')).toContainText(/depression/i);
    expect(((await trd.locator('.tl-saved-definition').textContent()) ?? '').length).toBeGreaterThan(20);
    // The page's address is not kept unless the reader asked for it.
    await expect(trd).not.toContainText('detection');

    await trd.getByRole('textbox', { name: /Note for/ }).fill('Ask how many treatments <b>before</b> it counts');
    await trd.getByRole('textbox', { name: /Note for/ }).blur();
    await notebook.reload();
    const note = notebook
      .getByRole('listitem')
      .filter({ hasText: /Treatment-resistant depression/i })
      .getByRole('textbox', { name: /Note for/ });
    await expect(note).toHaveValue('Ask how many treatments <b>before</b> it counts');

    // Remove, undo; clear all asks first.
    await notebook.getByRole('button', { name: /^Remove ketamine/i }).click();
    await expect(list.getByRole('heading', { level: 2 })).toHaveText([/Treatment-resistant depression/i]);
    await notebook.getByRole('button', { name: 'Undo' }).click();
    await expect(list.getByRole('heading', { level: 2 })).toHaveText([/ketamine/i, /Treatment-resistant depression/i]);
    await notebook.getByRole('button', { name: /Clear all/ }).click();
    await notebook.getByRole('button', { name: 'Keep them' }).click();
    await expect(list.getByRole('heading', { level: 2 })).toHaveCount(2);
    await notebook.getByRole('button', { name: /Clear all/ }).click();
    await notebook.getByRole('button', { name: 'Remove all' }).click();
    await expect(notebook.getByText('No saved terms yet.')).toBeVisible();
    expect(pageErrors).toEqual([]);
  });

  test('with the setting on, a saved term keeps the page it came from', async ({
    context,
    openPage,
    serviceWorker,
    extensionId,
  }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('checkbox', { name: /keep the title and address/ }).check();
    const page = await openPage('detection.html');
    await waitForScan(serviceWorker, page);
    await saveFromTooltip(page, 'TRD', /Treatment-resistant depression/i);
    const notebook = await context.newPage();
    await notebook.goto(`chrome-extension://${extensionId}/notebook.html`);
    const title = await page.title();
    await expect(notebook.getByRole('listitem').first()).toContainText(`from ${title}`);
  });

  test('print shows the sheet (terms, notes, questions box, disclaimer, date) and no controls; exports parse back', async ({
    context,
    openPage,
    serviceWorker,
    extensionId,
  }) => {
    const page = await openPage('detection.html');
    await waitForScan(serviceWorker, page);
    await saveFromTooltip(page, 'TRD', /Treatment-resistant depression/i);
    await saveFromTooltip(page, 'ketamine', /^ketamine$/i);
    const notebook = await context.newPage();
    await notebook.goto(`chrome-extension://${extensionId}/notebook.html`);
    const note = notebook.getByRole('textbox', { name: /Note for ketamine/i });
    await note.fill('ask about blood pressure, "and" dose');
    await note.blur();

    await notebook.emulateMedia({ media: 'print' });
    const sheet = notebook.locator('.tl-print');
    await expect(sheet).toBeVisible();
    await expect(sheet.locator('dt')).toHaveText([/ketamine/i, /Treatment-resistant depression/i]);
    await expect(sheet).toContainText('My note: ask about blood pressure, "and" dose');
    await expect(sheet.getByRole('heading', { name: 'Questions for my care team' })).toBeVisible();
    await expect(sheet).toContainText('It is not medical advice');
    await expect(sheet).toContainText(String(new Date().getFullYear()));
    // Nothing a reader could press or type into is printed.
    const visibleControls = await notebook.evaluate(
      () =>
        [...document.querySelectorAll('button, textarea, input, a, select')].filter(
          (el) => (el as HTMLElement).offsetParent !== null,
        ).length,
    );
    expect(visibleControls).toBe(0);
    await notebook.emulateMedia({ media: 'screen' });
    await expect(sheet).toBeHidden();

    const saved = async (button: string) => {
      const download = notebook.waitForEvent('download');
      await notebook.getByRole('button', { name: button }).click();
      return readFileSync((await (await download).path())!, 'utf8');
    };
    const csv = Papa.parse<Record<string, string>>((await saved('Export CSV')).replace(/^\ufeff/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.errors).toEqual([]);
    expect(csv.data.map((r) => r.term)).toEqual([
      expect.stringMatching(/^ketamine$/i),
      expect.stringMatching(/treatment-resistant depression/i),
    ]);
    expect(csv.data[0]!.note).toBe('ask about blood pressure, "and" dose');
    const shown = await notebook.locator('.tl-saved-definition').allTextContents();
    expect(csv.data.map((r) => r.definition)).toEqual(shown);

    const anki = Papa.parse<string[]>(await saved('Export for Anki'), {
      delimiter: '\t',
      comments: '#',
      skipEmptyLines: true,
    });
    expect(anki.data.map((r) => r[1])).toEqual(shown);
    expect(anki.data.map((r) => r[0]!.toLowerCase())).toEqual(csv.data.map((r) => r.term!.toLowerCase()));
  });
});
