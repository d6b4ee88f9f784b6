/**
 * `npm run demo`: builds TermLens for Chrome and Firefox, serves the demo
 * article on 127.0.0.1 and opens it in Chromium with the extension loaded.
 * With a display, the browser stays open until you close it; without one it
 * runs headless, hovers a highlighted term and saves a screenshot.
 *
 * `npm run demo -- --serve [port]` only serves the demo article (default port
 * 8787) until Ctrl+C, for a browser of your own with TermLens loaded: the
 * content script reads http and https pages, so the file opened from disk is
 * never marked.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { assertChromeBuild, chromiumArgs, findChromium, FIREFOX_BUILD_DIR } from './lib/browser-env';
import { pointOfTerm, termRangeCount } from './lib/page-terms';
import { startStaticServer } from './lib/static-server';

const ROOT = resolve(import.meta.dirname, '..');
const SCREENSHOT = resolve(ROOT, 'demo-output/demo.png');
const HIGHLIGHT_WAIT_MS = 10_000;
// Long enough for a hover tooltip's opening delay and fade-in.
const TOOLTIP_SETTLE_MS = 1_000;

const SERVE_PORT = 8787;

function run(script: string): void {
  console.log(`\n> npm run ${script}`);
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', script], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
}

async function waitForHighlights(page: Page): Promise<number> {
  const deadline = Date.now() + HIGHLIGHT_WAIT_MS;
  let count = 0;
  while (Date.now() < deadline) {
    count = await termRangeCount(page).catch(() => 0);
    if (count > 0) return count;
    await page.waitForTimeout(200);
  }
  return count;
}

const loadInstructions = (extensionDir: string) => `
Load the build into your own browser (Chromium or Chrome 120+, Firefox 140+):
  Chrome/Chromium: open chrome://extensions, turn on Developer mode, click "Load unpacked"
                   and choose ${extensionDir}
  Firefox:         open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on..."
                   and choose ${join(FIREFOX_BUILD_DIR, 'manifest.json')}`;

async function serveOnly(portArg: string | undefined): Promise<void> {
  const port = portArg === undefined ? SERVE_PORT : Number(portArg);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`--serve takes a port number, not ${portArg}`);
  const server = await startStaticServer(resolve(ROOT, 'scripts/demo'), port);
  console.log(`Serving the demo article at ${server.origin}/ (only to this machine). Ctrl+C stops it.`);
  console.log(loadInstructions(resolve(ROOT, '.output/chrome-mv3')));
  await new Promise<void>((done) => process.once('SIGINT', () => done()));
  await server.close();
}

async function main(): Promise<void> {
  const serve = process.argv.indexOf('--serve');
  if (serve >= 0) return serveOnly(process.argv[serve + 1]);
  run('build');
  run('build:firefox');
  const extensionDir = assertChromeBuild();
  const executablePath = findChromium(chromium.executablePath());
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

  const server = await startStaticServer(resolve(ROOT, 'scripts/demo'));
  const userDataDir = mkdtempSync(join(tmpdir(), 'termlens-demo-'));
  console.log(`\nOpening ${server.origin}/ in ${executablePath} (${headed ? 'with a window' : 'headless'})`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: !headed,
    executablePath,
    args: [...chromiumArgs(extensionDir), ...(headed ? ['--window-size=1280,900'] : [])],
    viewport: headed ? null : { width: 1280, height: 900 },
  });
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => undefined));
    if (!worker) console.warn('Warning: the extension did not start in this browser; the page will show no terms.');

    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/`);
    const ranges = await waitForHighlights(page);
    if (ranges > 0) console.log(`TermLens highlighted ${ranges} term occurrences on the demo page.`);
    else console.warn(`Warning: no TermLens highlights appeared within ${HIGHLIGHT_WAIT_MS / 1000} s.`);

    // A term in the article's body text, where a reader would first rest the pointer.
    const point =
      ranges > 0 ? await pointOfTerm(page, null, { within: 'article p' }).catch(() => undefined) : undefined;
    if (point) {
      await page.mouse.move(point.x, point.y);
      await page.waitForTimeout(TOOLTIP_SETTLE_MS);
    }
    mkdirSync(resolve(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.log(`\nScreenshot: ${SCREENSHOT}`);

    console.log(loadInstructions(extensionDir));
    if (!headed) {
      console.log(`
What to try next:
  - Look at the screenshot above: the marked terms and an open tooltip.
  - Load the build (above), then open any health article on the web; rest the pointer on a marked term.
  - See the demo article in your own browser: npm run demo -- --serve   (then open http://127.0.0.1:${SERVE_PORT}/)
    (A page opened from disk, file://, is never marked: TermLens reads http and https pages only.)
  - Run every check and test: npm test`);
    }

    if (headed) {
      console.log('\nThe demo stays open until you close the browser window.');
      await new Promise<void>((done) => context.on('close', () => done()));
    }
  } finally {
    await context.close().catch(() => {});
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`\nDemo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
