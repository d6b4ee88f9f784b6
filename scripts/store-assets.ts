/**
 * `npm run store-assets`: the store listing's images, made from the built
 * extension in real headless Chromium, light theme, into store-assets/ (the
 * path is printed):
 * - 1-article.png: the demo article with its terms marked and a tooltip open;
 * - 2-popup.png: the toolbar popup over that article;
 * - 3-reference.png: the reference at an entry;
 * - promo-440x280.png: the small promo tile.
 * Screenshots are 1280×800, the Chrome Web Store's size. Builds first.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { assertChromeBuild, chromiumArgs, findChromium } from './lib/browser-env';
import { pointOfTerm, termRangeCount, waitUntilSettled } from './lib/page-terms';
import { startStaticServer } from './lib/static-server';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'store-assets');
const SIZE = { width: 1280, height: 800 };
const POPUP = { width: 380, height: 560 };

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = context.serviceWorkers()[0]!;
  const id = await worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (id === undefined) throw new Error('No active tab for the article');
  return id;
}

/** The popup's screenshot laid over the article's, where the toolbar popup opens (top right). */
async function composite(context: BrowserContext, article: Buffer, popup: Buffer, out: string): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await page.setContent(`<body style="margin:0">
    <img src="${src(article)}" style="position:absolute;inset:0;filter:brightness(0.93)">
    <img src="${src(popup)}" style="position:absolute;top:8px;right:16px;border-radius:8px;box-shadow:0 8px 28px rgb(0 0 0/.35)">
  </body>`);
  await page.screenshot({ path: out });
  await page.close();
}

async function promoTile(context: BrowserContext, out: string): Promise<void> {
  const mark = readFileSync(resolve(ROOT, 'components/brand-mark.svg'), 'utf8');
  const page = await context.newPage();
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(`<body style="margin:0;width:440px;height:280px;display:grid;place-items:center;
      background:linear-gradient(135deg,#e8f6f8,#ffffff);font-family:system-ui,sans-serif;color:#0b3440">
    <div style="display:flex;gap:20px;align-items:center;padding:0 28px">
      <div style="width:96px;height:96px;flex:none">${mark.replace('<svg ', '<svg width="96" height="96" ')}</div>
      <div><div style="font-size:34px;font-weight:700">TermLens</div>
      <div style="font-size:17px;line-height:1.35;margin-top:6px">Medical words explained<br>where you read them</div></div>
    </div></body>`);
  await page.screenshot({ path: out });
  await page.close();
}

async function main(): Promise<void> {
  if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) process.exit(1);
  const extensionDir = assertChromeBuild();
  mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer(resolve(ROOT, 'scripts/demo'));
  const userDataDir = mkdtempSync(join(tmpdir(), 'termlens-store-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: findChromium(chromium.executablePath()),
    args: chromiumArgs(extensionDir),
    viewport: SIZE,
    colorScheme: 'light',
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const article = context.pages()[0] ?? (await context.newPage());
    await article.goto(`${server.origin}/`);
    // Settled: some terms marked, and the count unchanged between two looks.
    const look = async () => {
      const marked = await termRangeCount(article).catch(() => 0);
      return marked > 0 ? { scanning: false, painted: marked } : null;
    };
    await waitUntilSettled(look, { timeoutMs: 15_000, what: 'the demo article', intervalMs: 300 });

    const plain = await article.screenshot();
    const { x, y } = await pointOfTerm(article, null, { within: 'article p' });
    await article.mouse.move(x, y);
    await article.waitForTimeout(1000);
    await article.screenshot({ path: join(OUT, '1-article.png') });

    const tabId = await tabIdOf(context, article);
    const popup = await context.newPage();
    await popup.setViewportSize(POPUP);
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForTimeout(1000);
    await composite(context, plain, await popup.screenshot(), join(OUT, '2-popup.png'));

    const reference = await context.newPage();
    await reference.goto(`chrome-extension://${extensionId}/reference.html#esketamine`);
    await reference.waitForTimeout(1000);
    await reference.screenshot({ path: join(OUT, '3-reference.png') });

    await promoTile(context, join(OUT, 'promo-440x280.png'));
    console.log(`Store images (1280×800 screenshots, 440×280 promo tile): ${OUT}`);
  } finally {
    await context.close().catch(() => {});
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`store-assets failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
