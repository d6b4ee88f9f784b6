import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { loadGlossaryFromDisk } from '../../scripts/glossary-build';
import { chromeMessages } from '../../scripts/lib/locale-messages';
import { policyIn } from '../../scripts/privacy-md';
import { expect, test } from './fixtures';

/**
 * A reader whose browser speaks Spanish opens the extension's own pages: the
 * reference, My terms (and its printed sheet and file), the explain page, the
 * add-term form and the privacy policy are in Spanish; the glossary's texts
 * stay English, carry lang="en", and each page that shows them says once that
 * the definitions are in English.
 */
test.use({ browserLanguage: 'es' });

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

const glossary = loadGlossaryFromDisk();
const entry = (id: string) => glossary.find((e) => e.id === id)!;
const IN_ENGLISH = 'Las definiciones están en inglés.';

/** English sentences of these pages that Spanish says differently: none may show on a Spanish page. */
function englishSentences(): string[] {
  const en = chromeMessages('en');
  const es = chromeMessages('es');
  return Object.entries(en)
    .filter(([key, text]) => /^(reference|notebook|explain|addTerm|privacy)_/.test(key) && text !== es[key])
    .filter(([, text]) => text.length >= 12 && !/[{$]/.test(text))
    .map(([, text]) => text);
}

async function expectNoEnglishInterface(page: Page): Promise<void> {
  const shown = await page.locator('body').innerText();
  expect(englishSentences().filter((text) => shown.includes(text))).toEqual([]);
}

/** The language an element's text is read in: its nearest lang attribute. */
const langOf = (where: Locator) => where.first().evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));

test('the reference: heading with its count, categories, Settings and the English-definitions note; an entry keeps lang="en"', async ({
  context,
  extensionId,
  pageErrors,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/reference.html`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle('Referencia de TermLens');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    `${glossary.length} términos explicados en lenguaje sencillo`,
  );
  await expect(page.getByRole('heading', { name: 'Por categoría' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ajustes' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Ir a una letra' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Entradas que empiezan por K' })).toBeVisible();
  await expect(page.locator('.tl-reference-header [role="note"]')).toContainText(IN_ENGLISH);
  await expectNoEnglishInterface(page);

  await page.goto(`chrome-extension://${extensionId}/reference.html#esketamine`);
  await expect(page.getByRole('heading', { level: 2, name: 'Esketamine' })).toBeVisible();
  await expect(page).toHaveTitle('Esketamine – TermLens');
  const definition = page.getByRole('article').getByText(entry('esketamine').short);
  await expect(definition).toBeVisible();
  expect(await langOf(definition)).toBe('en');
  expect(pageErrors).toEqual([]);
});

test('My terms: buttons, dates, plural confirmations, undo, the printed sheet in Spanish; the CSV keeps its column names', async ({
  context,
  extensionId,
  serviceWorker,
  pageErrors,
}) => {
  const saved = '2026-11-30T10:00:00.000Z';
  await serviceWorker.evaluate(
    (terms) => chrome.storage.local.set({ savedTerms: { terms } }),
    ['ketamine', 'esketamine'].map((id) => ({
      id,
      headword: entry(id).headword,
      definition: entry(id).short,
      saved,
      note: id === 'ketamine' ? 'preguntar por la tensión' : '',
    })),
  );
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/notebook.html`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle('Mis términos – TermLens');
  await expect(page.getByRole('heading', { level: 1, name: 'Mis términos' })).toBeVisible();
  for (const name of ['Imprimir para mi cita', 'Exportar CSV', 'Exportar para Anki', 'Borrar todo…'])
    await expect(page.getByRole('button', { name })).toBeVisible();
  const list = page.getByRole('list', { name: 'Términos guardados' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('Guardado el 30 de noviembre de 2026');
  await expect(list.getByRole('textbox', { name: 'Nota sobre Ketamine' })).toHaveValue('preguntar por la tensión');
  expect(await langOf(page.locator('.tl-saved-term'))).toBe('en');
  expect(await langOf(page.locator('.tl-saved-definition'))).toBe('en');
  expect(await langOf(page.locator('.tl-saved-say'))).toBe('en');
  await expect(page.locator('.tl-notebook-footer [role="note"]')).toContainText(IN_ENGLISH);
  await expectNoEnglishInterface(page);

  await page.getByRole('button', { name: 'Borrar todo…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText(
    '¿Quitar los 2 términos y sus notas de Mis términos? No se puede deshacer.',
  );
  await page.getByRole('button', { name: 'Conservarlos' }).click();

  // The printed sheet: its headings and footer in Spanish, the definitions marked English.
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.tl-print');
  await expect(sheet.getByRole('heading', { name: 'Preguntas para mi equipo médico' })).toBeVisible();
  await expect(sheet).toContainText('Mi nota: preguntar por la tensión');
  await expect(sheet).toContainText(IN_ENGLISH);
  const today = new Intl.DateTimeFormat('es', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  await expect(sheet).toContainText(`Creado con TermLens el ${today}`);
  expect(await langOf(page.locator('.tl-print dd'))).toBe('en');
  await page.emulateMedia({ media: 'screen' });

  // A CSV is a file format: its column names stay what a spreadsheet or a script reads, whatever the language.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^termlens-mis-terminos-\d{4}-\d\d-\d\d\.csv$/);
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv.replace(/^\ufeff/, '').split('\r\n')[0]).toBe('term,definition,note,saved,page_title,page_url');

  await page.getByRole('button', { name: 'Quitar Esketamine' }).click();
  await expect(page.getByRole('status')).toContainText('Has quitado esketamine.');
  await expect(page.getByRole('button', { name: 'Deshacer' })).toBeVisible();
  await page.getByRole('button', { name: 'Borrar todo…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText(
    '¿Quitar 1 término y su nota de Mis términos? No se puede deshacer.',
  );
  await page.getByRole('button', { name: 'Quitar todos' }).click();
  await expect(page.getByText('Todavía no has guardado ningún término.')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('the explain page: its form, the text it shows (English, lang="en") with a Spanish title, the reading level and the note', async ({
  context,
  extensionId,
  pageErrors,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/explain.html`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle('Explicar un texto – TermLens');
  await expect(page.getByRole('heading', { level: 1, name: 'Explicar un texto' })).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Pega aquí el texto' })
    .fill('Esketamine is a nasal spray used for treatment-resistant depression. It acts on the NMDA receptor.');
  await page.getByRole('button', { name: 'Explicar este texto' }).click();
  const article = page.getByRole('article', { name: 'Texto pegado' });
  await expect(article).toContainText('nasal spray');
  await expect(article).toHaveAttribute('lang', 'en');
  await expect(article.getByRole('heading', { name: 'Texto pegado' })).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { name: 'En esta página' })).toBeVisible();
  await expect(page.getByText(/^Nivel de lectura de este texto: grado escolar \d+ de EE\. UU\./)).toBeVisible();
  await expect(page.getByLabel('Abrir un archivo (.txt o .pdf)')).toBeAttached();
  await expect(page.locator('.tl-explain-footer [role="note"]')).toContainText(IN_ENGLISH);
  await expectNoEnglishInterface(page);

  await page.getByRole('textbox', { name: 'Pega aquí el texto' }).fill('   ');
  await page.getByRole('button', { name: 'Explicar este texto' }).click();
  await expect(page.getByRole('alert')).toHaveText('No hay ningún texto que explicar.');
  expect(pageErrors).toEqual([]);
});

test('"Add to my glossary": the form and its confirmation in Spanish', async ({ context, extensionId, pageErrors }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/add-term.html?term=obs%20round`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle('Añadir a mi glosario – TermLens');
  await expect(page.getByRole('textbox', { name: 'Término', exact: true })).toHaveValue('obs round');
  await expect(page.getByRole('textbox', { name: 'Otras formas (opcional)' })).toBeVisible();
  await expect(
    page.getByRole('checkbox', { name: /^Marcar solo si coinciden exactamente las mayúsculas/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancelar' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Definición' }).fill('A round of checks on a ward.');
  await page.getByRole('button', { name: 'Añadir a mi glosario' }).click();
  await expect(page.getByRole('status')).toContainText('Has añadido “obs round” a');
  await expect(page.getByRole('status')).toContainText('Ya está marcado en tus páginas abiertas.');
  await expect(page.getByRole('button', { name: 'Añadir otro' })).toBeVisible();
  await expectNoEnglishInterface(page);
  expect(pageErrors).toEqual([]);
});

test('the privacy policy is the Spanish one, section by section, in a Spanish page', async ({
  context,
  extensionId,
  pageErrors,
}) => {
  const policy = policyIn('es');
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/privacy.html`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle(policy.title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(policy.title);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(policy.sections.map((s) => s.heading));
  await expect(page.getByText(`Última actualización: ${policy.updated}`)).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveText(policy.sections.flatMap((s) => s.items ?? []));
  await expectNoEnglishInterface(page);
  expect(pageErrors).toEqual([]);
});
