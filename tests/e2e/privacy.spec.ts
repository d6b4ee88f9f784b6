import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { loadGlossaryFromDisk } from '../../scripts/glossary-build';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR } from '../../scripts/lib/browser-env';
import { pointOfTerm } from '../../scripts/lib/page-terms';
import { expect, test } from './fixtures';
import { restMouseOn, tooltipCard } from './hostile-helpers';
import { pageFetch, testWorld, waitForScan } from './page-helpers';

/**
 * Issue 7, security and privacy: TermLens sends nothing anywhere, asks for
 * no more than it needs, cannot be driven by a page, and shows settings and
 * glossary text as text.
 */

declare const chrome: {
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>> };
    local: { get(key: string): Promise<Record<string, unknown>> };
  };
};

interface SeenRequest {
  url: string;
  /** The service worker that made it, when one did. */
  worker?: string;
}

test.describe('privacy', () => {
  test('a session of real use makes no request beyond the local test pages and the extension itself', async ({
    context,
    openPage,
    openPopupFor,
    serviceWorker,
    extensionId,
    servers,
    pageErrors,
  }) => {
    const seen: SeenRequest[] = [];
    // Every request of every page, frame, popup, extension page and service worker in the browser.
    context.on('request', (r) => seen.push({ url: r.url(), worker: r.serviceWorker()?.url() }));

    const page = await openPage('detection.html');
    await waitForScan(serviceWorker, page);
    await restMouseOn(page, await pointOfTerm(testWorld(page), 'TRD'));
    await expect(tooltipCard(page)).toBeVisible();
    const opened = context.waitForEvent('page', { predicate: (p) => p.url().includes('/reference.html') });
    await tooltipCard(page)
      .getByRole('button', { name: /^More about/ })
      .click();
    const reference = await opened;
    await reference.waitForLoadState('load');
    await expect(reference.getByRole('heading', { level: 2, name: /Treatment-resistant depression/i })).toBeVisible();
    await reference.getByRole('combobox', { name: 'Search the glossary' }).fill('nasal spray');
    await expect(reference.getByText('esketamine', { exact: false }).first()).toBeVisible();

    const popup = await openPopupFor(page);
    await expect(popup.getByText('TermLens').first()).toBeVisible();
    await popup.getByRole('combobox', { name: 'Search the glossary' }).fill('ketamine');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('radio', { name: 'Dark' }).check();
    await options.getByRole('radio', { name: 'Background tint' }).check();
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('termlens-tint'))).toBe(true);

    // The recorder does see what the extension's own service worker fetches (a control, to a local page).
    const probe = `${servers.origin}/smoke.html?probe=service-worker`;
    await serviceWorker.evaluate((url) => fetch(url).then((r) => r.status), probe);
    expect(seen).toContainEqual({ url: probe, worker: serviceWorker.url() });
    // ...and the requests of the extension's pages.
    expect(seen.some((r) => r.url.startsWith(`chrome-extension://${extensionId}/popup.html`))).toBe(true);

    const allowed = [servers.origin, servers.crossOrigin, `chrome-extension://${extensionId}/`, 'data:', 'blob:'];
    // The engine's and the tooltip's code, from the package, at the address Chrome gives the extension's files for
    // this session.
    const imported = /^chrome-extension:\/\/[0-9a-f-]{36}\/(content-engine|tooltip-view)\.js$/;
    const elsewhere = seen.filter(
      (r) => r.url !== probe && !allowed.some((a) => r.url.startsWith(a)) && !imported.test(r.url),
    );
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('the built background script uses no network API; no bundle uses XMLHttpRequest, WebSocket, sendBeacon or EventSource', () => {
    for (const dir of [CHROME_BUILD_DIR, FIREFOX_BUILD_DIR]) {
      expect(existsSync(dir), `${dir}: run npm run build and npm run build:firefox`).toBe(true);
      const background = readFileSync(join(dir, 'background.js'), 'utf8');
      expect(background).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/);
      for (const file of jsFiles(dir)) {
        // Two libraries carry network code TermLens never calls: papaparse's download mode and pdf.js's URL
        // streams (only the explain page loads pdf.js, with the file's bytes). Checked below at their call sites,
        // and at run time by the explain and own-glossary journeys, which see no request.
        if (VENDOR_WITH_UNUSED_NETWORK_CODE.test(file)) continue;
        const code = readFileSync(file, 'utf8');
        expect(code, file).not.toMatch(/XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/);
      }
    }
  });
});

test('the libraries with network code are only ever given data: papaparse parses text, pdf.js reads bytes', () => {
  const read = (file: string) => readFileSync(join(import.meta.dirname, '../..', file), 'utf8');
  for (const file of ['glossary/own/csv.ts', 'glossary/own/export.ts', 'lib/saved-terms-export.ts']) {
    expect(read(file), file).not.toMatch(/download\s*:|worker\s*:\s*true/);
  }
  const pdf = read('entrypoints/explain/pdf-text.ts');
  expect(pdf).toMatch(/getDocument\(\{\s*data:/);
  expect(pdf).not.toMatch(/\burl\s*:/);
});

test.describe('permissions and reach', () => {
  for (const [browser, dir] of [
    ['Chrome', CHROME_BUILD_DIR],
    ['Firefox', FIREFOX_BUILD_DIR],
  ] as const) {
    test(`${browser} manifest: minimum permissions, nothing a page can reach but the content script's own code, no remote code`, () => {
      const file = join(dir, 'manifest.json');
      expect(existsSync(file), `${file}: build it first`).toBe(true);
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      // unlimitedStorage: room for a reader's 20,000 terms past Chrome's 10 MB quota (STORE.md); Firefox has the room already.
      expect(manifest.permissions).toEqual(
        browser === 'Chrome' ? ['storage', 'contextMenus', 'unlimitedStorage'] : ['storage', 'contextMenus'],
      );
      // Reading pages comes from the content script's matches alone; nothing else is asked for.
      expect(manifest).not.toHaveProperty('host_permissions');
      expect(manifest).not.toHaveProperty('optional_permissions');
      expect(manifest).not.toHaveProperty('optional_host_permissions');
      expect(manifest).not.toHaveProperty('externally_connectable');
      // Two files a page's content script may import: the engine, and the tooltip's code with the glossary's texts
      // (nothing of the reader's), in Chrome only at an address that changes each session, so a page cannot probe
      // for TermLens (Firefox's addresses hold a random id per install).
      expect(manifest.web_accessible_resources).toEqual([
        {
          resources: ['content-engine.js', 'tooltip-view.js'],
          matches: ['http://*/*', 'https://*/*'],
          ...(browser === 'Chrome' ? { use_dynamic_url: true } : {}),
        },
      ]);
      for (const file of ['content-engine.js', 'tooltip-view.js']) expect(existsSync(join(dir, file)), file).toBe(true);
      expect(manifest).not.toHaveProperty('update_url');
      // No remote code: no policy that loosens the default, no script or page but the package's own files.
      expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/https?:|unsafe-eval|unsafe-inline/);
      const { content_scripts: scripts, web_accessible_resources: _tooltip, ...rest } = manifest;
      expect(JSON.stringify(rest)).not.toMatch(/https?:\/\//);
      for (const cs of scripts as { matches: string[]; js: string[]; css?: string[] }[]) {
        expect(cs.matches).toEqual(['http://*/*', 'https://*/*']);
        for (const f of [...cs.js, ...(cs.css ?? [])]) expect(existsSync(join(dir, f)), f).toBe(true);
      }
    });
  }

  test('a page hears nothing from TermLens: no message to the window names it', async ({
    context,
    openPage,
    serviceWorker,
    extensionId,
  }) => {
    // The page's own listener, there before any content script runs, keeps every message the window receives.
    await context.addInitScript(() => {
      const heard: string[] = [];
      Object.defineProperty(window, 'heardMessages', { value: heard });
      window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data) ?? String(event.data)));
    });
    const page = await openPage('detection.html');
    await waitForScan(serviceWorker, page);
    expect(await page.evaluate(() => CSS.highlights.get('termlens-underline')?.size ?? 0)).toBeGreaterThan(0);
    // A control: the listener hears what is posted to the window.
    await page.evaluate(() => window.postMessage({ probe: 'the page itself' }, '*'));
    const heard = () => page.evaluate(() => (window as unknown as { heardMessages: string[] }).heardMessages);
    await expect.poll(heard).toContain(JSON.stringify({ probe: 'the page itself' }));
    expect((await heard()).filter((m) => m.includes(extensionId) || /wxt|termlens/i.test(m))).toEqual([]);
  });

  test('a page cannot talk to the extension', async ({ openPage, serviceWorker, extensionId }) => {
    const page = await openPage('detection.html');
    await waitForScan(serviceWorker, page);
    const before = (await page.evaluate(() => CSS.highlights.get('termlens-underline')?.size)) ?? 0;
    expect(before).toBeGreaterThan(0);
    // The engine the content script imported is not in the page's record of what it loaded, and the page cannot
    // fetch it from the extension's fixed address to tell TermLens is there.
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(loaded.filter((name) => !name.startsWith('http'))).toEqual([]);
    expect(await pageFetch(page, `chrome-extension://${extensionId}/content-engine.js`)).toMatch(
      /TypeError|Failed to fetch/,
    );
    // No chrome.runtime in the page's world: no externally_connectable, so no way to message the background.
    expect(await page.evaluate(() => typeof (window as { chrome?: { runtime?: unknown } }).chrome?.runtime)).toBe(
      'undefined',
    );
    // A page posting messages shaped like TermLens's own changes nothing.
    await page.evaluate(() => {
      for (const message of [
        { type: 'run-command', command: 'toggle-site' },
        {
          type: 'page-state-changed',
          state: { hostname: 'example.org', on: false, reason: 'off-site', terms: [], scanning: false },
        },
      ]) {
        window.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent('termlens', { detail: message }));
      }
    });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => CSS.highlights.get('termlens-underline')?.size)).toBe(before);
    const rules = await serviceWorker.evaluate(() => chrome.storage.local.get('siteRules'));
    expect(rules).toEqual({});
  });
});

test.describe('text, never markup', () => {
  test('an imported settings file with markup in it: rejected parts shown literally, nothing run', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    const options = await context.newPage();
    const dialogs = watchDialogs(options);
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const file = {
      termlens: 1,
      settings: { theme: 'dark', mutedTerms: ['<img src=x onerror=alert(1)>'] },
      siteRules: { off: ['<img src=x onerror=alert(2)>.example'], on: ['javascript:alert(3)'] },
      '<img src=x onerror=alert(4)>': true,
    };
    await options.getByLabel('Settings file to import').setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const status = options.getByRole('status').filter({ hasText: 'left out' });
    await expect(status).toContainText('Imported 1 setting and 0 site lists.');
    await expect(status).toContainText('settings.mutedTerms');
    await expect(status).toContainText('<img src=x onerror=alert(2)>.example');
    await expect(status).toContainText('<img src=x onerror=alert(4)>');
    await expect(status).toContainText('siteRules.on');
    await expectNoInjectedMarkup(options);
    expect(dialogs).toEqual([]);

    const stored = await serviceWorker.evaluate(async () => ({
      ...(await chrome.storage.sync.get('settings')),
      ...(await chrome.storage.local.get('siteRules')),
    }));
    expect(stored).toEqual({ settings: { theme: 'dark' } });

    // Typed into the site list by hand, markup is refused the same way.
    await options.getByLabel('Add a site').fill('<img src=x onerror=alert(5)>');
    await options.getByLabel('Add a site').press('Enter');
    await expectNoInjectedMarkup(options);
    expect(await serviceWorker.evaluate(() => chrome.storage.local.get('siteRules'))).toEqual({});
    expect(dialogs).toEqual([]);
  });

  test('the reference shows a query and an entry as text, and links sources over https only', async ({
    context,
    extensionId,
  }) => {
    const reference = await context.newPage();
    const dialogs = watchDialogs(reference);
    const query = '<img src=x onerror=alert(1)>';
    await reference.goto(`chrome-extension://${extensionId}/reference.html?q=${encodeURIComponent(query)}`);
    await expect(reference.getByRole('combobox', { name: 'Search the glossary' })).toHaveValue(query);
    await expectNoInjectedMarkup(reference);

    const entry = loadGlossaryFromDisk().find((e) => e.id === 'nmda-receptor')!;
    await reference.goto(`chrome-extension://${extensionId}/reference.html#${entry.id}`);
    const article = reference.getByRole('article');
    await expect(article).toContainText(entry.explanation);
    for (const source of entry.sources) await expect(article).toContainText(source.title);
    const hrefs = await article.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const outside = hrefs.filter((h) => !h.startsWith('#') && !h.startsWith('?') && !h.startsWith('reference.html'));
    expect(outside.length).toBeGreaterThan(0);
    for (const href of outside) expect(href).toMatch(/^https:\/\//);
    await expectNoInjectedMarkup(reference);
    expect(dialogs).toEqual([]);
  });
});

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

/** No element of the page carries an event-handler attribute or an image that is not the extension's own. */
async function expectNoInjectedMarkup(page: Page): Promise<void> {
  const found = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter(
        (el) =>
          [...el.attributes].some((a) => a.name.startsWith('on')) ||
          (el instanceof HTMLImageElement && !el.src.startsWith(location.origin)),
      )
      .map((el) => el.outerHTML),
  );
  expect(found).toEqual([]);
}

const VENDOR_WITH_UNUSED_NETWORK_CODE = /[\\/](papaparse\.min|pdf-text|pdf\.worker\.min)-[\w-]+\.m?js$/;

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}
