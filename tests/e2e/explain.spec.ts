import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { paintedTerms, pointOfTerm } from '../../scripts/lib/page-terms';
import { expect, test } from './fixtures';
import { restMouseOn, tooltipCard } from './hostile-helpers';

/**
 * Explain a text (explain.html): pasted text and PDFs are read by the same
 * engine as web pages, in the browser, with no request anywhere.
 */
const PDF_DIR = resolve(import.meta.dirname, '../fixtures/pdf');

async function openExplain(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/explain.html`);
}

/** Distinct highlighted words in document order, lower-cased. */
async function termsInOrder(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (const t of await paintedTerms(page)) if (!seen.includes(t.toLowerCase())) seen.push(t.toLowerCase());
  return seen;
}

test.describe('Explain a text', () => {
  test('a pasted paragraph: its terms are marked, hovering one shows its tooltip, On this page lists them; no request', async ({
    context,
    extensionId,
    pageErrors,
  }) => {
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    await openExplain(page, extensionId);
    await page
      .getByRole('textbox', { name: /text/ })
      .fill(
        'My clinic offers ketamine infusions for treatment-resistant depression.\n\nThey check my blood pressure <b>during</b> each visit.',
      );
    await page.getByRole('button', { name: 'Explain this text' }).click();
    const article = page.getByRole('article', { name: 'Pasted text' });
    await expect(article).toContainText('They check my blood pressure <b>during</b> each visit.');
    await expect.poll(() => termsInOrder(page)).toEqual(['ketamine infusions', 'treatment-resistant depression']);
    await expect(page.locator('.tl-explain-side')).toContainText(/Treatment-resistant depression1 time/);
    await expect(page.getByText(/Reading level of this text: about grade \d+/)).toBeVisible();

    await restMouseOn(page, await pointOfTerm(page, 'treatment-resistant depression'));
    await expect(tooltipCard(page)).toBeVisible();
    await expect(tooltipCard(page)).toHaveAccessibleName(/treatment-resistant depression/i);
    // Saving from here works as on a web page.
    await tooltipCard(page)
      .getByRole('button', { name: /^Save / })
      .click();
    await expect(tooltipCard(page).getByRole('button', { name: /^Saved / })).toBeVisible();

    const elsewhere = requests.filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`));
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('"Explain selected text in TermLens" opens the explain page with the selection, marked', async ({
    context,
    serviceWorker,
  }) => {
    const selection = 'After the esketamine dose, staff check for hypertension and tachycardia before anyone leaves.';
    const opened = context.waitForEvent('page');
    // The browser's own context menu cannot be clicked by a test: the click is delivered as the browser would.
    await serviceWorker.evaluate((text) => {
      const menus = (
        globalThis as unknown as { chrome: { contextMenus: { onClicked: { dispatch(...a: unknown[]): void } } } }
      ).chrome.contextMenus;
      menus.onClicked.dispatch({ menuItemId: 'termlens-explain', selectionText: text, editable: false }, undefined);
    }, selection);
    const page = await opened;
    await page.waitForLoadState('load');
    await expect(page.getByRole('article', { name: 'Selected text' })).toContainText(selection);
    await expect.poll(() => termsInOrder(page)).toEqual(['esketamine', 'hypertension', 'tachycardia']);
    // Handed over once: the text does not wait in storage for the next explain page.
    const left = await serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { session: { get(key: string): Promise<object> } } } }
      ).chrome.storage.session.get('explainSelection'),
    );
    expect(left).toEqual({});
  });

  test('a two-column PDF: its terms are marked in reading order (left column, then right, page by page); no request', async ({
    context,
    extensionId,
    pageErrors,
  }) => {
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    await openExplain(page, extensionId);
    await page.getByLabel(/Open a file/).setInputFiles(resolve(PDF_DIR, 'two-columns.pdf'));
    await expect(page.getByRole('article', { name: 'two-columns.pdf' })).toContainText(
      'Notes before my first clinic visit',
    );
    // The words each column and page bring, in the order a reader meets them.
    const order = ['ketamine', 'nmda receptor', 'nasal spray', 'esketamine', 'dissociation', 'crps'];
    await expect
      .poll(async () => (await termsInOrder(page)).filter((t) => order.includes(t)), { timeout: 15_000 })
      .toEqual(order);
    // The title spanning both columns comes first; lines of one paragraph are joined, paragraphs stay apart.
    await expect(page.getByRole('article').locator('p').first()).toHaveText('Notes before my first clinic visit');
    await expect(page.getByRole('article').locator('p').nth(1)).toHaveText(
      'My doctor said ketamine might help when two antidepressants did not. It works on the NMDA receptor, which is different from how most other medicines for mood work.',
    );
    const elsewhere = requests.filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`));
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('a PDF with no text layer (a scan) gets a clear message', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await openExplain(page, extensionId);
    await page.getByLabel(/Open a file/).setInputFiles(resolve(PDF_DIR, 'image-only.pdf'));
    await expect(page.getByRole('alert')).toContainText('no text TermLens can read');
    await expect(page.getByRole('article')).toHaveCount(0);
  });
});
