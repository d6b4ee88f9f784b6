import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_BUILD_DIR } from '../../scripts/lib/browser-env';
import type { Driver, InPage, TestPage } from './driver';

/** The Firefox build's add-on id (wxt.config.ts, browser_specific_settings.gecko.id). */
const ADDON_ID = '{3b15f360-4ceb-487f-9845-83ab6b7842fa}';
const EXTENSION_PAGE_LOAD_MS = 15_000;

/** The little of the WebExtension API the helpers call inside extension pages. */
declare const browser: {
  tabs: { query(q: { active?: boolean; currentWindow?: boolean }): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { clear(): Promise<void> }; sync: { clear(): Promise<void> } };
};

export interface FirefoxOptions {
  /** Extra Firefox preferences, e.g. to withhold MV3 host access at install. */
  prefs?: Record<string, unknown>;
}

/** FIREFOX_PATH, then Debian's firefox-esr, then firefox. */
function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  for (const candidate of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) if (existsSync(candidate)) return candidate;
  throw new Error(
    'No Firefox found. Install it (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH.',
  );
}

function assertFirefoxBuild(): string {
  if (!existsSync(join(FIREFOX_BUILD_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_BUILD_DIR}. Run \`npm run build:firefox\` first.`);
  }
  return FIREFOX_BUILD_DIR;
}

/** Collects console errors an extension page reports; WebDriver BiDi does not report them (see below). */
function installErrorHook(): void {
  const w = window as unknown as { __termlensErrors?: string[] };
  if (w.__termlensErrors) return;
  const errors: string[] = [];
  w.__termlensErrors = errors;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    original(...args);
  };
  addEventListener('error', (e) => errors.push(String(e.error ?? e.message)));
  addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
}

/**
 * Firefox ESR, headless, driven over WebDriver BiDi by puppeteer-core (which
 * never downloads a browser), with the Firefox build installed as a
 * temporary add-on.
 *
 * Two Firefox facts shape this driver:
 * - The add-on's internal UUID (its moz-extension:// host) is random per
 *   profile; the `extensions.webextensions.uuids` pref fixes it, so the
 *   tests know where popup.html lives.
 * - BiDi navigates only to web URLs unless the remote agent is started
 *   with --remote-allow-system-access, and even then it reports no events
 *   from extension documents (Firefox bug 1755014): no load event, no
 *   console. So an extension page is opened by starting the navigation and
 *   polling the document, and its errors are collected by a hook in the
 *   page plus Firefox's own "JavaScript error:" lines on stderr, which also
 *   cover the background page.
 */
export async function launchFirefox(origin: string, options: FirefoxOptions = {}): Promise<Driver> {
  // A snapshot of the build: Firefox reads a temporary add-on's files lazily, and a rebuild during the run must not change them.
  const snapshot = mkdtempSync(join(tmpdir(), 'termlens-firefox-'));
  const extensionDir = join(snapshot, 'extension');
  cpSync(assertFirefoxBuild(), extensionDir, { recursive: true });
  const uuid = randomUUID();
  const firefox: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      ...options.prefs,
    },
  });
  let errors: string[] = [];
  const extensionOrigin = `moz-extension://${uuid}/`;
  // Output arrives in chunks that may cut a line: each stream keeps its unfinished end for its next chunk.
  const lineReader = () => {
    let partial = '';
    return (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^JavaScript error: (\S+?), line \d+: (.*)$/.exec(line.trim());
        if (m?.[1] && (m[1].startsWith(extensionOrigin) || m[1].startsWith(origin))) errors.push(`${m[1]}: ${m[2]}`);
      }
    };
  };
  firefox.process()?.stderr?.on('data', lineReader());
  firefox.process()?.stdout?.on('data', lineReader());

  try {
    await firefox.installExtension(extensionDir);
  } catch (error) {
    await firefox.close();
    rmSync(snapshot, { recursive: true, force: true });
    throw error;
  }

  const extensionPages = new Set<Page>();
  const wrapped = new Map<TestPage, Page>();
  // An extension page's URL as puppeteer saw it stays about:blank (no BiDi events), so it is passed in.
  const wrap = (page: Page, knownUrl?: string): TestPage => {
    const tp: TestPage = {
      get url() {
        return knownUrl ?? page.url();
      },
      evaluate: <A, R>(fn: InPage<A, R>, arg: A) =>
        page.evaluate(fn as (a: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
      mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
      click: (x, y) => page.mouse.click(x, y),
      bringToFront: () => page.bringToFront(),
      close: async () => {
        if (extensionPages.delete(page)) errors.push(...(await pageHookErrors(page)));
        await page.close();
      },
    };
    wrapped.set(tp, page);
    return tp;
  };

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await firefox.newPage();
    const url = `${extensionOrigin}${path}`;
    // The load event of an extension document never arrives over BiDi: start
    // the navigation, then wait for the document itself to say it is loaded.
    page.goto(url, { timeout: 0 }).catch(() => undefined);
    const deadline = Date.now() + EXTENSION_PAGE_LOAD_MS;
    for (;;) {
      const state = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => 'navigating');
      if (state === `complete ${url}`) break;
      if (Date.now() > deadline) throw new Error(`${url} did not load (last seen: ${state})`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await page.evaluate(installErrorHook);
    extensionPages.add(page);
    return page;
  };

  let control: Page | null = null;
  const controlPage = async () => (control ??= await openExtensionPage('popup.html?tab=0'));

  return {
    engine: 'firefox',
    async openPage(path) {
      const page = await firefox.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${String(e)}`));
      await page.goto(new URL(path, `${origin}/`).href, { waitUntil: 'load' });
      return wrap(page);
    },
    async openExtensionPage(path) {
      return wrap(await openExtensionPage(path), `${extensionOrigin}${path}`);
    },
    async openPopupFor(target) {
      const page = wrapped.get(target);
      if (!page) throw new Error('openPopupFor: not a page this driver opened');
      const ctl = await controlPage();
      await page.bringToFront();
      const tab = await ctl.evaluate(async () => {
        const [active] = await browser.tabs.query({ active: true, currentWindow: true });
        return active ? { id: active.id, url: active.url } : undefined;
      });
      if (tab?.id === undefined || (tab.url !== undefined && tab.url !== page.url())) {
        throw new Error(`The active tab is not the page under test (${page.url()})`);
      }
      const path = `popup.html?tab=${tab.id}`;
      return wrap(await openExtensionPage(path), `${extensionOrigin}${path}`);
    },
    async resetStorage() {
      const ctl = await controlPage();
      await ctl.evaluate(() => Promise.all([browser.storage.local.clear(), browser.storage.sync.clear()]));
    },
    async errors() {
      const fromPages = await Promise.all([...extensionPages].map(pageHookErrors));
      return [...errors, ...fromPages.flat()];
    },
    async clearErrors() {
      errors = [];
      await Promise.all(
        [...extensionPages].map((p) =>
          p
            .evaluate(() => {
              (window as unknown as { __termlensErrors?: string[] }).__termlensErrors?.splice(0);
            })
            .catch(() => undefined),
        ),
      );
    },
    async close() {
      try {
        await firefox.close();
      } finally {
        rmSync(snapshot, { recursive: true, force: true });
      }
    },
  };
}

async function pageHookErrors(page: Page): Promise<string[]> {
  return page
    .evaluate(() =>
      ((window as unknown as { __termlensErrors?: string[] }).__termlensErrors ?? []).map(
        (e) => `${location.href}: ${e}`,
      ),
    )
    .catch(() => [] as string[]);
}
