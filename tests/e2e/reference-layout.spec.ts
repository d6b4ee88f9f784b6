import { expect, test } from './fixtures';

/**
 * The full-tab reference on a wide window: opened at an entry only the entry
 * pane scrolls (header, Settings and the disclaimer stay); the first view
 * offers categories and an A–Z jump, with no row marked beside an empty pane;
 * a focused heading is outlined around its text.
 */

test('opened at an entry, only the entry pane scrolls: header, Settings and disclaimer stay in view', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/reference.html#esketamine`);
  await expect(page.getByRole('heading', { level: 2, name: 'Esketamine' })).toBeVisible();
  const pane = page.locator('.tl-lookup-entry');
  const scrollable = await pane.evaluate((el) => el.scrollHeight > el.clientHeight);
  expect(scrollable).toBe(true);
  await pane.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.mouse.wheel(0, 2000);
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await expect(page.getByRole('button', { name: 'Settings' })).toBeInViewport({ ratio: 1 });
  await expect(page.locator('.tl-reference-header [role="note"]')).toBeInViewport({ ratio: 1 });
  await expect(page.getByText('Last reviewed')).toBeInViewport();
  // The focus outline hugs the heading's text instead of spanning the pane like an input.
  const heading = (await page.getByRole('heading', { level: 2, name: 'Esketamine' }).boundingBox())!;
  const paneBox = (await pane.boundingBox())!;
  expect(heading.width).toBeLessThan(paneBox.width / 2);
});

test('the first view: no row marked beside an empty pane, categories that filter, an A–Z jump into the list', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(`chrome-extension://${extensionId}/reference.html`);
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(page.locator('[role="option"][aria-selected="true"]')).toHaveCount(0);

  await page
    .getByRole('navigation', { name: 'Jump to a letter' })
    .getByRole('button', { name: 'Entries from S' })
    .click();
  const firstS = options.filter({ has: page.locator('.tl-result-name', { hasText: /^S/ }) }).first();
  await expect(firstS).toBeInViewport();
  await expect(options.first()).not.toBeInViewport();

  await page.getByRole('button', { name: /^Condition \d+$/ }).click();
  await expect(page.getByRole('combobox', { name: /categor/i }).or(page.locator('select'))).toHaveValue('condition');
  const cats = await options.locator('.tl-result-cat').allTextContents();
  expect(new Set(cats)).toEqual(new Set(['Condition']));
});
