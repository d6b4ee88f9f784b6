import { paintedTerms, termRangeCount } from '../../scripts/lib/page-terms';
import { expect, framesWithContentScript, test } from './fixtures';

declare const chrome: {
  runtime: { getManifest(): { name: string; manifest_version: number } };
  tabs: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
};

test('the extension loads and its service worker runs', async ({ serviceWorker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest).toMatchObject({ name: 'TermLens', manifest_version: 3 });
});

test('the content script runs on a web page', async ({ openPage, extensionId, servers }) => {
  const page = await openPage('smoke.html');
  await expect.poll(() => framesWithContentScript(page, extensionId)).toEqual([`${servers.origin}/smoke.html`]);
});

test('the content script also runs in a cross-origin frame', async ({ openPage, extensionId, servers }) => {
  const inner = `${servers.crossOrigin}/smoke.html`;
  const page = await openPage(`frames.html?frame=${encodeURIComponent(inner)}`);
  await expect(page.frameLocator('#embedded').locator('h1')).toHaveText('Notes on ketamine therapy');
  await expect
    .poll(async () => (await framesWithContentScript(page, extensionId)).sort())
    .toEqual([page.url(), inner].sort());
});

test('the popup opened for a page renders', async ({ openPage, openPopupFor, pageErrors }) => {
  const page = await openPage('smoke.html');
  const popup = await openPopupFor(page);
  await expect(popup.getByText('TermLens').first()).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('the real toolbar popup opens over the page and renders', async ({ openPage, openRealPopup, pageErrors }) => {
  const page = await openPage('smoke.html');
  const popup = await openRealPopup(page);
  await expect(popup.getByText('TermLens').first()).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('the glossary terms on the page are highlighted without changing its DOM', async ({ openPage }) => {
  const page = await openPage('smoke.html');
  const expected = ['ketamine', 'NMDA receptor', 'TRD', 'SSRIs', 'CRPS', 'dissociation', 'nausea', 'FDA', 'WHO'];
  await expect
    .poll(async () => {
      const texts = await paintedTerms(page);
      // A term written with its expansion is one mark: "treatment-resistant depression (TRD)".
      const words = (t: string) => [
        t.toLowerCase(),
        ...(/\(([^)]+)\)$/.exec(t)?.slice(1) ?? []).map((w) => w.toLowerCase()),
      ];
      return expected.filter((term) => !texts.some((t) => words(t).includes(term.toLowerCase())));
    }, 'terms not highlighted')
    .toEqual([]);
  expect(await termRangeCount(page)).toBeGreaterThanOrEqual(expected.length - 2);
  // The article is exactly as the server sent it: highlights live outside the DOM.
  const [served, live] = await page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return [doc.querySelector('main')?.innerHTML, document.querySelector('main')?.innerHTML];
  });
  expect(live).toBe(served);
});

test('the content script tells the popup which terms the page has', async ({ openPage, openPopupFor }) => {
  const page = await openPage('smoke.html');
  const popup = await openPopupFor(page);
  const tabId = Number(new URL(popup.url()).searchParams.get('tab'));
  const ask = () =>
    popup.evaluate(
      (tab) => chrome.tabs.sendMessage(tab, { type: 'get-page-state' }, { frameId: 0 }),
      tabId,
    ) as Promise<{
      hostname: string;
      on: boolean;
      scanning: boolean;
      terms: { headword: string; count: number }[];
    }>;
  await expect.poll(async () => (await ask()).scanning).toBe(false);
  const state = await ask();
  expect(state).toMatchObject({ hostname: '127.0.0.1', on: true });
  const headwords = state.terms.map((t) => t.headword.toLowerCase());
  expect(headwords).toEqual(expect.arrayContaining(['ketamine', 'nmda receptor', 'nausea', 'fda']));
  expect(state.terms.find((t) => t.headword.toLowerCase() === 'ketamine')?.count).toBeGreaterThanOrEqual(3);
});
