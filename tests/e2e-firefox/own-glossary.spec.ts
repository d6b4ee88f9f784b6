/**
 * Firefox: a reader's own glossary from file to page. The reader drops a
 * small CSV on the options page's import area, reads the summary, adds the
 * terms, and a page then marks them, with a tooltip that names the glossary.
 * The file is handed over as a drop (a File in a DataTransfer): WebDriver
 * BiDi cannot drive Firefox's own file picker.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { paintedTerms } from '../../scripts/lib/page-terms';
import { centreOf, readTooltip, restOnTerm, type TestPage } from '../journeys/driver';
import { expect, test } from '../journeys/fixtures';
import { launchFirefox } from '../journeys/firefox-driver';

const WARD_CSV = readFileSync(resolve(import.meta.dirname, '../fixtures/own-glossaries/ward.csv'), 'utf8');

const bodyText = (page: TestPage) => page.evaluate(() => document.body.innerText, null);

/** Drops a file on the import area, as dragging it from the desktop does. */
function dropFile(page: TestPage, name: string, text: string): Promise<void> {
  return page.evaluate(
    ({ name, text }) => {
      const zone = document.querySelector('.tl-drop');
      if (!zone) throw new Error('No import area');
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    },
    { name, text },
  );
}

test('a CSV dropped on the options page marks its terms on a page, and the tooltip names its glossary', async ({
  origin,
}) => {
  const driver = await launchFirefox(origin);
  try {
    const options = await driver.openExtensionPage('options.html');
    // The page draws itself after its settings are read: wait for the import area as a reader would.
    await expect
      .poll(() => options.evaluate(() => document.querySelector('.tl-drop') !== null, null), { timeout: 10_000 })
      .toBe(true);
    await dropFile(options, 'ward.csv', WARD_CSV);
    await expect.poll(() => bodyText(options)).toContain('ward.csv: 3 terms imported, 2 rows skipped');
    expect(await bodyText(options)).toContain('line 6: no definition');
    const add = await centreOf(options, 'button', 'Add 3 terms');
    await options.click(add.x, add.y);
    await expect.poll(() => bodyText(options)).toContain('3 terms imported, 2 rows skipped.');
    const name = await options.evaluate(
      () => document.querySelector('.tl-import-status')?.textContent?.match(/“(.+)” added/)?.[1] ?? '',
      null,
    );
    expect(name).not.toBe('');

    const page = await driver.openPage('own-glossary.html');
    await expect
      .poll(() => paintedTerms(page), { timeout: 15_000 })
      .toEqual(['quiet lounge', 'discharge pack', 'ketamine']);

    await restOnTerm(page, '#arrival', 'quiet lounge');
    await expect.poll(async () => (await readTooltip(page))?.text ?? '').toContain(`From ${name}`);
    const tooltip = (await readTooltip(page))!;
    expect(tooltip.text).toContain('A calm room at the end of the corridor');
    // Imported text is text: the markup in the definition shows as characters.
    expect(tooltip.text).toContain('<img src=x onerror=alert(1)>');

    expect(await driver.errors()).toEqual([]);
  } finally {
    await driver.close();
  }
});
