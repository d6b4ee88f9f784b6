import type { Page } from '@playwright/test';
import { loadGlossaryFromDisk } from '../../scripts/glossary-build';
import { chromeMessages } from '../../scripts/lib/locale-messages';
import { pointOfTerm } from '../../scripts/lib/page-terms';
import { expect, test } from './fixtures';
import { pageTerms, waitForScan } from './page-helpers';

/**
 * A reader whose browser speaks Spanish: the popup and the tooltip's controls
 * are in Spanish, the glossary's texts stay English and say so (lang="en"),
 * and on a right-to-left page the card still reads left to right.
 */
test.use({ browserLanguage: 'es' });

const card = (page: Page) => page.locator('termlens-ui [role="tooltip"]');
const ketamine = loadGlossaryFromDisk().find((e) => e.id === 'ketamine')!;

/** English interface sentences of the popup that Spanish says differently: none may show. */
const englishOnly = () => {
  const en = chromeMessages('en');
  const es = chromeMessages('es');
  return Object.entries(en)
    .filter(([key, text]) => /^(popup|entry)_/.test(key) && text !== es[key] && text.length >= 12 && !/[{$]/.test(text))
    .map(([, text]) => text);
};

test('the popup speaks Spanish: headings, buttons, the site switch, a plural count, and a note that definitions are English', async ({
  openPage,
  openPopupFor,
  serviceWorker,
  pageErrors,
}) => {
  const page = await openPage('detection.html');
  await waitForScan(serviceWorker, page);
  const { terms } = await pageTerms(serviceWorker, page);
  expect(terms.length).toBeGreaterThan(1);
  const popup = await openPopupFor(page);

  await expect(popup.locator('html')).toHaveAttribute('lang', 'es');
  await expect(popup.getByRole('heading', { level: 2 })).toHaveText(`En esta página · ${terms.length} términos`);
  await expect(popup.getByRole('switch', { name: 'Activado en 127.0.0.1' })).toBeVisible();
  await expect(popup.getByText('Activado: no lo has desactivado en este sitio', { exact: true })).toBeVisible();
  await expect(popup.getByRole('combobox', { name: 'Buscar en el glosario' })).toHaveAttribute(
    'placeholder',
    'Buscar término',
  );
  await expect(popup.getByRole('button', { name: 'Ajustes' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Pausar en todas partes' })).toBeVisible();
  await expect(popup.getByRole('link', { name: 'Mis términos' })).toBeVisible();
  await expect(popup.getByRole('grid', { name: 'Términos de esta página' })).toBeVisible();
  await expect(popup.locator('.tl-disclaimer')).toContainText('Las definiciones están en inglés.');
  const shown = await popup.locator('body').innerText();
  expect(englishOnly().filter((text) => shown.includes(text))).toEqual([]);

  // "Don't mark" on a row, and its undo, in Spanish.
  const first = popup.getByRole('row').first();
  const name = (await first.locator('.tl-page-term-name').innerText()).trim();
  await first.getByRole('button', { name: `No marcar ${name}` }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'No se marcará' })).toHaveText(
    `No se marcará ${name} en ninguna página.Deshacer`,
  );
  await popup.getByRole('button', { name: 'Deshacer' }).click();

  // An entry: Spanish labels around English text that says it is English.
  await popup.getByRole('button', { name: `Definición de ${name}` }).click();
  const entry = popup.locator('article.tl-entry');
  await expect(entry.getByRole('button', { name: 'En esta página' })).toBeVisible();
  await expect(entry.getByRole('heading', { name: 'En palabras sencillas' })).toBeVisible();
  await expect(entry.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'en');
  await expect(entry.locator('.tl-short')).toHaveAttribute('lang', 'en');
  await expect(entry.getByRole('button', { name: 'Abrir en una pestaña' })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('on an Arabic right-to-left page the card is English and left to right, with its controls in Spanish', async ({
  openPage,
  openPopupFor,
  serviceWorker,
  pageErrors,
}) => {
  const page = await openPage('rtl-arabic.html');
  await waitForScan(serviceWorker, page);
  const { x, y } = await pointOfTerm(page, 'ketamine');
  await page.mouse.move(x, y, { steps: 3 });
  await expect(card(page)).toBeVisible();

  // The glossary's text: English, left to right, whatever the page around it.
  await expect(card(page)).toHaveAttribute('lang', 'en');
  await expect(card(page)).toHaveAttribute('dir', 'ltr');
  await expect(card(page).locator('.short')).toHaveText(ketamine.short);
  await expect(card(page).locator('.head')).toHaveText('Ketamine');
  const layout = await card(page).evaluate((el) => {
    const box = (sel: string) => el.querySelector(sel)!.getBoundingClientRect();
    const short = el.querySelector('.short')!;
    const range = document.createRange();
    range.setStart(short.firstChild!, 0);
    range.setEnd(short.firstChild!, 1);
    return {
      direction: getComputedStyle(short).direction,
      headLeft: box('.head').left,
      closeLeft: box('.close').left,
      firstLetterFromLeft: range.getBoundingClientRect().left - box('.short').left,
    };
  });
  expect(layout.direction).toBe('ltr');
  expect(layout.headLeft).toBeLessThan(layout.closeLeft); // the headword starts at the left, Close sits at the right
  expect(Math.abs(layout.firstLetterFromLeft)).toBeLessThan(2); // the definition's first letter is at its left edge

  // The controls: Spanish, and marked as Spanish.
  await expect(card(page).getByRole('button', { name: 'Cerrar' })).toHaveAttribute('lang', 'es');
  await expect(card(page).locator('.actions')).toHaveAttribute('lang', 'es');
  await expect(card(page).getByRole('button', { name: 'Más sobre Ketamine' })).toBeVisible();
  await expect(card(page).getByRole('button', { name: 'Guardar Ketamine en Mis términos' })).toHaveText('Guardar');
  await expect(card(page).locator('.category')).toHaveText('Sustancia y mecanismo');
  await card(page).getByRole('button', { name: 'No marcar' }).click();
  await expect(card(page).getByRole('status')).toContainText('TermLens no marcará Ketamine en ninguna página.');
  await card(page).getByRole('button', { name: 'Deshacer' }).click();
  await expect(card(page).getByRole('button', { name: 'No marcar' })).toBeVisible();

  // One term on the page: the count is singular.
  const popup = await openPopupFor(page);
  await expect(popup.getByRole('heading', { level: 2 })).toHaveText('En esta página · 1 término');
  expect(pageErrors).toEqual([]);
});

test('the context menus, made again when the browser starts, are titled in Spanish with the selection placeholder intact', async ({
  serviceWorker,
}) => {
  // The browser's menus cannot be read back: the items are recorded as the worker makes them, on a start
  // delivered as the browser would (the moment a changed browser language takes effect).
  const titles = await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        contextMenus: { create(item: { id: string; title: string }): unknown };
        runtime: { onStartup: { dispatch(): void } };
      };
    };
    const made: Record<string, string> = {};
    const create = chrome.contextMenus.create.bind(chrome.contextMenus);
    chrome.contextMenus.create = (item) => {
      made[item.id] = item.title;
      return create(item);
    };
    chrome.runtime.onStartup.dispatch();
    for (let i = 0; i < 50 && Object.keys(made).length < 5; i++) await new Promise((r) => setTimeout(r, 50));
    return made;
  });
  expect(titles).toEqual({
    'termlens-toggle-site': 'TermLens: activar o desactivar en este sitio',
    'termlens-look-up': 'Buscar “%s” en TermLens',
    'termlens-add-term': 'Añadir a mi glosario…',
    'termlens-explain': 'Explicar el texto seleccionado con TermLens',
    'termlens-dont-mark': 'TermLens: no marcar este término',
  });
});
