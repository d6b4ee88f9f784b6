import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR } from '../../scripts/lib/browser-env';
import { expect, test } from './fixtures';
import { pointOfTerm } from '../../scripts/lib/page-terms';
import { waitForScan } from './page-helpers';

/**
 * What a store reviewer and a reader outside US English would check: a Firefox
 * id the project owns, no platform claimed that nothing tests, no default
 * shortcut that types a character or switches the keyboard layout, an icon
 * with the stores' padding, and a tooltip that knows its own language and
 * direction on a right-to-left page.
 */

const manifest = (dir: string) => {
  const file = join(dir, 'manifest.json');
  expect(existsSync(file), `${file}: run npm run build and npm run build:firefox`).toBe(true);
  return JSON.parse(readFileSync(file, 'utf8')) as {
    commands: Record<string, { suggested_key?: unknown; description: string }>;
    browser_specific_settings?: { gecko?: { id?: string }; gecko_android?: unknown };
  };
};

test('both manifests: no suggested shortcut keys; Firefox: a UUID id and no Android claim', () => {
  for (const dir of [CHROME_BUILD_DIR, FIREFOX_BUILD_DIR]) {
    const { commands } = manifest(dir);
    expect(Object.keys(commands).sort()).toEqual(['next-term', 'previous-term', 'toggle-site']);
    for (const command of Object.values(commands)) {
      expect(command.suggested_key).toBeUndefined();
      expect(command.description.length).toBeGreaterThan(10);
    }
  }
  const gecko = manifest(FIREFOX_BUILD_DIR).browser_specific_settings;
  expect(gecko?.gecko?.id).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
  expect(gecko?.gecko_android).toBeUndefined();
});

test('the 128 px icon is 96 px of artwork inside 16 px of transparent padding', async ({ page }) => {
  const png = readFileSync(join(CHROME_BUILD_DIR, 'icon/128.png')).toString('base64');
  const box = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let [minX, minY, maxX, maxY] = [width, height, -1, -1];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if ((data[(y * width + x) * 4 + 3] ?? 0) === 0) continue;
        [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
      }
    }
    return { width, height, minX, minY, maxX, maxY };
  }, png);
  expect(box).toEqual({ width: 128, height: 128, minX: 16, minY: 16, maxX: 111, maxY: 111 });
});

test('on a right-to-left page the tooltip card reads as English, left to right', async ({
  openPage,
  serviceWorker,
}) => {
  const page = await openPage('rtl.html');
  await waitForScan(serviceWorker, page);
  const { x, y } = await pointOfTerm(page, 'ketamine');
  await page.mouse.move(x, y);
  const card = page.locator('termlens-ui [role="tooltip"]');
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('lang', 'en');
  await expect(card).toHaveAttribute('dir', 'ltr');
  expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
});
