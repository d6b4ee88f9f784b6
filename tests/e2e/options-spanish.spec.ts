import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The options page with the browser in Spanish: its headings, switches,
 * buttons and messages are Spanish, it says once that the definitions are in
 * English, and an import's row errors and summary read as Spanish, plural
 * forms included. (The other options specs check the same page in English.)
 */
test.use({ browserLanguage: 'es' });

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('switch', { name: 'Usar TermLens' })).toBeVisible();
}

test('the options page is in Spanish and says the definitions are in English', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await openOptions(options, extensionId);

  await expect(options).toHaveTitle('Ajustes de TermLens');
  await expect(options.locator('html')).toHaveAttribute('lang', 'es');
  for (const heading of [
    'Dónde funciona TermLens',
    'Atajos de teclado',
    'Glosarios',
    'Resaltado',
    'Mis términos',
    'Términos silenciados',
    'Apariencia',
    'Copia de seguridad y restauración',
  ])
    await expect(options.getByRole('heading', { name: heading, exact: true })).toBeVisible();

  await expect(options.getByRole('switch', { name: 'Usar Glosario médico de TermLens' })).toBeVisible();
  await expect(options.getByRole('group', { name: 'Marcar los términos con' })).toBeVisible();
  await expect(options.getByRole('radio', { name: 'Subrayado punteado' })).toBeVisible();
  for (const button of ['Configurar atajos de teclado…', 'Exportar ajustes', 'Importar ajustes…'])
    await expect(options.getByRole('button', { name: button })).toBeVisible();

  // No default keys: the page says why and where to set them, in Spanish; the commands come translated.
  const shortcuts = options.locator('.tl-shortcuts');
  await expect(shortcuts).toContainText('TermLens no asigna teclas por defecto');
  await expect(shortcuts.getByRole('rowheader', { name: 'Ir al siguiente término de la página' })).toBeVisible();
  await expect(shortcuts.getByRole('row', { name: /Ir al término anterior de la página/ })).toContainText(
    'Sin asignar',
  );

  await expect(options.getByRole('note')).toContainText('Las definiciones están en inglés.');

  // Glossary headwords stay English, and say so to a screen reader; the button around them is Spanish.
  await options.getByRole('searchbox', { name: 'Busca un término para dejar de marcarlo' }).fill('ketam');
  const match = options.getByRole('list', { name: 'Términos que coinciden' }).getByRole('listitem').first();
  await expect(match.locator('span[lang="en"]')).toHaveText(/ketamine/i);
  await expect(match.getByRole('button', { name: /^No marcar ketamine/i })).toBeVisible();

  // A site that is not one: the reason is Spanish too.
  await options.getByRole('textbox', { name: 'Añadir un sitio' }).fill('no es un sitio');
  await options.getByRole('button', { name: 'Añadir', exact: true }).first().click();
  await expect(
    options.getByRole('alert').filter({ hasText: 'no es un sitio. Escribe un nombre de host' }),
  ).toBeVisible();
});

test('a settings file: what was imported and what was left out, in Spanish', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await openOptions(options, extensionId);
  const settingsFile = options.getByLabel('Archivo de ajustes para importar');

  await settingsFile.setInputFiles({ name: 'ajustes.json', mimeType: 'application/json', buffer: Buffer.from('{ no') });
  await expect(options.locator('.tl-backup-status')).toHaveText(
    'Este archivo no es JSON válido, así que no es un archivo de ajustes de TermLens. No se ha cambiado nada.',
  );

  const file = { termlens: 1, settings: { theme: 'dark', density: 'every', colour: 'red' }, siteRules: { off: [] } };
  await settingsFile.setInputFiles({
    name: 'ajustes.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const status = options.locator('.tl-backup-status');
  await expect(status).toContainText('Se han importado 2 ajustes y 1 lista de sitios.');
  await expect(status).toContainText('Se han dejado fuera estas partes del archivo:');
  await expect(status.getByRole('listitem')).toHaveText(['settings.colour no es un ajuste de TermLens']);
});

test('importing a CSV with a bad row reports the row and the summary in Spanish, with plurals', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await openOptions(options, extensionId);

  await options.getByLabel('Importar un glosario').setInputFiles({
    name: 'notas.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'term,definition',
        'quiet hours,Time on a ward kept calm so patients can rest.',
        'obs round,',
        'drip stand,A pole that holds bags of fluid.',
      ].join('\n'),
    ),
  });
  const status = options.locator('.tl-import-status');
  await expect(status).toContainText('notas.csv: 2 términos importados, 1 fila omitida');
  await expect(status.getByRole('list', { name: 'Filas omitidas' }).getByRole('listitem')).toHaveText([
    'línea 3: falta la definición',
  ]);
  await status.getByRole('textbox', { name: 'Nombre' }).fill('Notas de planta');
  await status.getByRole('button', { name: 'Añadir 2 términos' }).click();
  await expect(status).toContainText('Se ha añadido “Notas de planta”: 2 términos importados, 1 fila omitida.');

  const row = options.getByRole('listitem').filter({ hasText: 'Notas de planta' });
  await expect(row).toContainText(/2 términos · notas\.csv · \d{1,2} de [a-z]+ de \d{4}/);
  await expect(row.getByRole('button', { name: 'Cambiar nombre' })).toBeVisible();

  // One term, one row: the singular forms.
  await options.getByLabel('Importar un glosario').setInputFiles({
    name: 'uno.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('term,definition\nbed bath,Washing a patient who stays in bed.\n,No term.\n'),
  });
  await expect(status).toContainText('uno.csv: 1 término importado, 1 fila omitida');
  await expect(status.getByRole('listitem')).toHaveText(['línea 3: falta el término']);
  await expect(status.getByRole('button', { name: 'Añadir 1 término' })).toBeVisible();

  // A file refused as a whole: the reason and "nothing changed" in Spanish.
  await options.getByLabel('Importar un glosario').setInputFiles({
    name: 'vacio.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('term;meaning\na;b\n'),
  });
  await expect(status.locator('.tl-error')).toHaveText(
    'vacio.csv: Falta la columna “definition”. La primera línea debe nombrar las columnas, separadas por punto y coma: term, definition y, si quieres, aliases, case_sensitive, ambiguous, category, source y more. No se ha cambiado nada.',
  );
});
