import type { Page } from '@playwright/test';
import { loadGlossaryFromDisk } from '../../scripts/glossary-build';
import { expect, test } from './fixtures';
import { pointOfTerm } from '../../scripts/lib/page-terms';
import { setStorage, waitForScan } from './page-helpers';

declare const chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };

const card = (page: Page) => page.locator('termlens-ui [role="tooltip"]');
const byId = new Map(loadGlossaryFromDisk().map((e) => [e.id, e]));
const tachycardia = byId.get('tachycardia')!;

async function hover(page: Page, word: string) {
  const { x, y } = await pointOfTerm(page, word);
  await page.mouse.move(x - 30, y + 30);
  await page.mouse.move(x, y, { steps: 4 });
}

/** Does this browser offer an on-device English voice? Only then may "Say it" appear. */
const hasLocalVoice = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const check = () => speechSynthesis.getVoices().some((v) => v.localService && /^en(?:[-_]|$)/i.test(v.lang));
        if (speechSynthesis.getVoices().length) resolve(check());
        else {
          speechSynthesis.addEventListener('voiceschanged', () => resolve(check()), { once: true });
          setTimeout(() => resolve(check()), 1000);
        }
      }),
  );

test.describe('reading level', () => {
  test('the tooltip says the plain text by default and the clinical one with Detailed; both show how to say the term', async ({
    openPage,
    serviceWorker,
    pageErrors,
  }) => {
    expect(tachycardia.clinical, 'the fixture term needs a clinical text').toBeTruthy();
    expect(tachycardia.pronunciation, 'the fixture term needs a pronunciation').toBeTruthy();
    const page = await openPage('reading-level.html');
    await waitForScan(serviceWorker, page);

    await hover(page, 'tachycardia');
    await expect(card(page)).toContainText(tachycardia.short);
    await expect(card(page)).not.toContainText(tachycardia.clinical!);
    await expect(card(page)).toContainText(tachycardia.pronunciation!);
    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();

    // The choice applies to the next tooltip, without reloading the page.
    await setStorage(serviceWorker, 'sync', { settings: { readingLevel: 'detailed' } });
    await page.mouse.move(5, 5);
    await hover(page, 'tachycardia');
    await expect(card(page)).toContainText(tachycardia.clinical!);
    await expect(card(page)).not.toContainText(tachycardia.short);
    await expect(card(page)).toContainText(tachycardia.pronunciation!);

    // "Say it" only with an on-device voice: never a network one.
    const sayIt = card(page).getByRole('button', { name: /^Say .* aloud$/ });
    await expect(sayIt).toHaveCount((await hasLocalVoice(page)) ? 1 : 0);
    expect(pageErrors).toEqual([]);
  });

  test('the reference shows both texts, labelled, and the pronunciation', async ({ context, extensionId }) => {
    const reference = await context.newPage();
    await reference.goto(`chrome-extension://${extensionId}/reference.html#tachycardia`);
    const entry = reference.locator('article.tl-entry');
    await expect(entry.getByRole('heading', { name: 'In plain words' })).toBeVisible();
    await expect(entry.getByRole('heading', { name: 'For clinicians' })).toBeVisible();
    await expect(entry.getByRole('region', { name: 'In plain words' })).toContainText(tachycardia.short);
    await expect(entry.getByRole('region', { name: 'For clinicians' })).toContainText(tachycardia.clinical!);
    await expect(entry).toContainText(tachycardia.pronunciation!);
  });

  test('the options page sets the reading level', async ({ context, extensionId, serviceWorker }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const group = options.getByRole('group', { name: 'Reading level' });
    await expect(group.getByRole('radio', { name: 'Plain' })).toBeChecked();
    await group.getByRole('radio', { name: 'Detailed' }).check();
    await expect
      .poll(() => serviceWorker.evaluate(() => chrome.storage.sync.get('settings').then((r) => r['settings'])))
      .toMatchObject({ readingLevel: 'detailed' });
  });
});
