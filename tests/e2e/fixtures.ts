import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  test as base,
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Worker,
} from '@playwright/test';
import {
  assertChromeBuild,
  cdpPageAt,
  chromiumArgs,
  findChromium,
  readDevToolsPort,
} from '../../scripts/lib/browser-env';
import { startStaticServer } from '../../scripts/lib/static-server';

const PAGES_DIR = resolve(import.meta.dirname, '../fixtures/pages');
const TEST_HOSTS = 'MAP *.test 127.0.0.1';

/** The fixture server's address under another hostname, e.g. atHost(origin, 'docs.example.test'). */
export function atHost(origin: string, hostname: string): string {
  const url = new URL(origin);
  url.hostname = hostname;
  return url.origin;
}

/** The little of the chrome.* API that the helpers call inside the browser. */
interface ChromeTab {
  id?: number;
  url?: string;
  active: boolean;
}
declare const chrome: {
  tabs: { query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<ChromeTab[]> };
  action: { openPopup(): Promise<void> };
};

interface Servers {
  /** The fixture pages, e.g. http://127.0.0.1:41000 */
  origin: string;
  /** The same pages on another port: another origin, for cross-origin frames. */
  crossOrigin: string;
}

/** A console error or uncaught exception, with the URL of the page or worker it came from. */
export interface PageError {
  url: string;
  text: string;
}

interface TestFixtures {
  /** The browser's interface language (Chromium's --lang, e.g. 'es'): the extension follows it. '' leaves the system's. */
  browserLanguage: string;
  context: BrowserContext;
  userDataDir: string;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens a fixture page (path under tests/fixtures/pages) in a new tab and waits for it to load. */
  openPage: (path: string, options?: { crossOrigin?: boolean }) => Promise<Page>;
  /** Opens popup.html?tab=<id of page's tab> in a tab of its own. */
  openPopupFor: (page: Page) => Promise<Page>;
  /** Opens the real toolbar popup over `page` (chrome.action.openPopup) and returns it, reached over CDP. */
  openRealPopup: (page: Page) => Promise<Page>;
  /** Every console error and uncaught exception of every page, popup and worker of the test. */
  pageErrors: PageError[];
}

interface WorkerFixtures {
  servers: Servers;
}

function watchErrors(page: Page, errors: PageError[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push({ url: page.url(), text: msg.text() });
  });
  page.on('pageerror', (error) => errors.push({ url: page.url(), text: String(error) }));
}

async function tabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  // The active tab of the focused window is the page we just brought to front;
  // its URL is checked too, so a wrong guess fails loudly instead of testing another tab.
  await page.bringToFront();
  const tab = await serviceWorker.evaluate(async () => {
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return active ? { id: active.id, url: active.url } : undefined;
  });
  if (tab?.id === undefined) throw new Error(`No active tab found for ${page.url()}`);
  if (tab.url !== undefined && tab.url !== page.url()) {
    throw new Error(`The active tab shows ${tab.url}, not the page under test ${page.url()}`);
  }
  return tab.id;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  servers: [
    async ({}, use) => {
      const [main, other] = await Promise.all([startStaticServer(PAGES_DIR), startStaticServer(PAGES_DIR)]);
      await use({ origin: main.origin, crossOrigin: other.origin });
      await Promise.all([main.close(), other.close()]);
    },
    { scope: 'worker' },
  ],

  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'termlens-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  pageErrors: async ({}, use) => {
    await use([]);
  },

  browserLanguage: ['', { option: true }],

  context: async ({ userDataDir, pageErrors, browserLanguage }, use) => {
    const extensionDir = assertChromeBuild();
    const context = await chromium.launchPersistentContext(userDataDir, {
      headless: true,
      executablePath: findChromium(chromium.executablePath()),
      // A debugging port lets openRealPopup reach the toolbar popup, which Playwright does not list.
      // Every host under .test resolves to this machine, so journeys can visit several sites (example.test,
      // docs.example.test …) served by the fixture servers.
      args: [
        ...chromiumArgs(extensionDir),
        '--remote-debugging-port=0',
        `--host-resolver-rules=${TEST_HOSTS}`,
        ...(browserLanguage ? [`--lang=${browserLanguage}`] : []),
      ],
      // Chromium on Linux takes its interface language from LANGUAGE as well as from --lang.
      ...(browserLanguage ? { env: { ...process.env, LANGUAGE: browserLanguage } } : {}),
    });
    context.on('page', (page) => watchErrors(page, pageErrors));
    await use(context);
    await context.close();
  },

  serviceWorker: async ({ context, pageErrors }, use) => {
    let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    worker ??= await context
      .waitForEvent('serviceworker', { timeout: 15_000, predicate: (w) => w.url().startsWith('chrome-extension://') })
      .catch(() => {
        throw new Error(
          'TermLens did not start: no extension service worker appeared. Is .output/chrome-mv3 a valid build?',
        );
      });
    worker.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push({ url: worker.url(), text: msg.text() });
    });
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  openPage: async ({ context, servers }, use) => {
    await use(async (path, options) => {
      const page = await context.newPage();
      const origin = options?.crossOrigin ? servers.crossOrigin : servers.origin;
      await page.goto(new URL(path, `${origin}/`).href, { waitUntil: 'load' });
      return page;
    });
  },

  openPopupFor: async ({ context, serviceWorker, extensionId }, use) => {
    await use(async (page) => {
      const tabId = await tabIdOf(serviceWorker, page);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    });
  },

  openRealPopup: async ({ userDataDir, serviceWorker, extensionId, pageErrors }, use) => {
    // One connection per popup: a connection sees the popups open when it connects, not those opened later.
    const connections: Browser[] = [];
    await use(async (page) => {
      await tabIdOf(serviceWorker, page); // brings the page to front and checks it is the active tab
      const port = readDevToolsPort(userDataDir);
      if (!port)
        throw new Error('Chromium wrote no DevToolsActivePort: was it started with --remote-debugging-port=0?');
      const popupUrl = `chrome-extension://${extensionId}/popup.html`;
      const open = () => serviceWorker.evaluate(() => chrome.action.openPopup());
      await open();
      const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      connections.push(cdp);
      const popup = await waitForPopup(cdp, port, popupUrl, open);
      watchErrors(popup, pageErrors);
      await popup.waitForLoadState('load');
      return popup;
    });
    for (const cdp of connections) await cdp.close();
  },
});

async function popupTargets(port: number, popupUrl: string): Promise<string[]> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { url: string }[];
  return targets.map((t) => t.url).filter((url) => url.startsWith(popupUrl));
}

/**
 * Finds the popup among the pages the CDP connection sees (polling: it may
 * already be listed when we look). A popup can close again before it is
 * reached when the machine is very busy (it closes when it loses focus), so
 * if Chromium no longer lists it at all halfway through, it is opened once more.
 */
async function waitForPopup(cdp: Browser, port: number, popupUrl: string, reopen: () => Promise<void>): Promise<Page> {
  for (let tries = 0; tries < 200; tries++) {
    const popup = cdpPageAt(cdp, popupUrl);
    if (popup) return popup;
    if (tries === 100 && (await popupTargets(port, popupUrl)).length === 0) await reopen();
    await new Promise((r) => setTimeout(r, 100));
  }
  const listed = await popupTargets(port, popupUrl);
  throw new Error(
    `The toolbar popup (${popupUrl}) was not reachable over CDP; DevTools lists ${listed.length} popup target(s).`,
  );
}

/** The content script's isolated worlds on the session's page: execution context id by frame id. */
async function contentScriptWorlds(session: CDPSession, extensionId: string): Promise<Map<string, number>> {
  const worlds = new Map<string, number>();
  session.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; frameId?: string } | undefined;
    if (aux?.type === 'isolated' && aux.frameId && context.origin === `chrome-extension://${extensionId}`) {
      worlds.set(aux.frameId, context.id);
    }
  });
  // Enabling the domain reports every execution context that already exists.
  await session.send('Runtime.enable');
  return worlds;
}

/**
 * URLs of the frames of `page` in which the extension's content script has
 * an isolated world, as Chromium reports over CDP. This sees the content
 * script itself, whatever it does or does not do yet.
 */
export async function framesWithContentScript(page: Page, extensionId: string): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  const frameIds = await contentScriptWorlds(session, extensionId);
  const { frameTree } = await session.send('Page.getFrameTree');
  await session.detach();
  type Tree = typeof frameTree;
  const urls: string[] = [];
  const walk = (tree: Tree) => {
    if (frameIds.has(tree.frame.id)) urls.push(tree.frame.url);
    tree.childFrames?.forEach(walk);
  };
  walk(frameTree);
  return urls;
}

/**
 * Has the engine loaded in the frame named `name` (its `name` attribute)? Asked in the content script's own
 * world of that frame, where the engine's file puts itself when it runs (entrypoints/content/engine-loader.ts);
 * null while the frame has no content script at all.
 */
export async function engineLoadedIn(page: Page, extensionId: string, name: string): Promise<boolean | null> {
  const session = await page.context().newCDPSession(page);
  try {
    const worlds = await contentScriptWorlds(session, extensionId);
    const { frameTree } = await session.send('Page.getFrameTree');
    const frame = frameTree.childFrames?.find((f) => f.frame.name === name)?.frame;
    const world = frame && worlds.get(frame.id);
    if (world === undefined) return null;
    const { result } = await session.send('Runtime.evaluate', {
      expression: "'__termlensEngine' in globalThis",
      contextId: world,
      returnByValue: true,
    });
    return result.value === true;
  } finally {
    await session.detach();
  }
}

export { expect } from '@playwright/test';
