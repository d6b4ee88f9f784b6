import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';

/** The unpacked Chrome build that tests and the demo load. */
export const CHROME_BUILD_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const FIREFOX_BUILD_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Finds a Chromium that accepts --load-extension: CHROMIUM_PATH, then
 * Debian's /usr/bin/chromium, then chromium(-browser) on PATH, then the
 * browser Playwright may have installed itself. Branded Google Chrome is left
 * out on purpose: since version 137 it ignores --load-extension.
 */
export function findChromium(playwrightChromium?: string): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found =
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined) ??
    onPath('chromium') ??
    onPath('chromium-browser') ??
    (playwrightChromium && existsSync(playwrightChromium) ? playwrightChromium : undefined);
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH ' +
        'to a Chromium or Chrome for Testing binary (branded Google Chrome ignores --load-extension).',
    );
  }
  return found;
}

/** Fails with a message that says what to run when the build is missing. */
export function assertChromeBuild(): string {
  if (!existsSync(join(CHROME_BUILD_DIR, 'manifest.json'))) {
    throw new Error(`No Chrome build at ${CHROME_BUILD_DIR}. Run \`npm run build\` first.`);
  }
  return CHROME_BUILD_DIR;
}

/** Command-line switches for a quiet, self-contained Chromium with TermLens loaded. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ];
}

/** Chromium writes the port it picked for --remote-debugging-port=0 into the profile folder. */
export function readDevToolsPort(userDataDir: string): number | undefined {
  try {
    const port = Number(readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
    return Number.isInteger(port) && port > 0 ? port : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The extension page at `url` (a prefix: the popup's address may carry a query) among the pages a CDP
 * connection lists; the toolbar popup is reachable only this way, as Playwright does not list it itself.
 */
export function cdpPageAt(cdp: Browser, url: string): Page | undefined {
  return cdp
    .contexts()
    .flatMap((c) => c.pages())
    .find((p) => p.url().startsWith(url));
}
