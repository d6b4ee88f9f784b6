import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { paintedTerms } from '../../scripts/lib/page-terms';
import { setStorage, waitForScan } from './page-helpers';

declare const chrome: {
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: unknown, o: { frameId: number }): Promise<unknown>;
  };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
};

/** The toolbar button of the page's tab as a reader meets it: its badge, and its title (tooltip, screen readers). */
async function activeTabButton(serviceWorker: Worker, page: Page): Promise<string> {
  await page.bringToFront();
  return serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const [badge, title] = await Promise.all([
      chrome.action.getBadgeText({ tabId: tab!.id! }),
      chrome.action.getTitle({ tabId: tab!.id! }),
    ]);
    return `${badge} | ${title}`;
  });
}

const siteSwitch = (popup: Page) => popup.getByRole('switch', { name: /^(On|Off) for / });

test.describe('popup: per-site control', () => {
  test('turning the site off in the real popup clears the open page at once; reload keeps it off; other sites stay on; on again restores', async ({
    openPage,
    openRealPopup,
    openPopupFor,
    serviceWorker,
    servers,
    pageErrors,
  }) => {
    const page = await openPage('detection.html');
    await waitForScan(serviceWorker, page);
    const before = await paintedTerms(page);
    expect(before.length).toBeGreaterThan(10);

    const popup = await openRealPopup(page);
    await expect(siteSwitch(popup)).toHaveAccessibleName('On for 127.0.0.1');
    await expect(siteSwitch(popup)).toHaveAttribute('aria-checked', 'true');
    await siteSwitch(popup).click();
    await expect(siteSwitch(popup)).toHaveAccessibleName('Off for 127.0.0.1');
    await expect(popup.getByText('Off: you turned it off for this site', { exact: true })).toBeVisible();
    await expect.poll(() => paintedTerms(page), { timeout: 1000 }).toEqual([]);

    await page.reload();
    await page.waitForTimeout(800);
    expect(await paintedTerms(page)).toEqual([]);

    // Another site (another hostname) is unaffected.
    const other = await openPage(`${servers.origin.replace('127.0.0.1', 'localhost')}/detection.html`);
    await waitForScan(serviceWorker, other);
    expect(await paintedTerms(other)).toEqual(before);

    const popup2 = await openPopupFor(page);
    await expect(siteSwitch(popup2)).toHaveAttribute('aria-checked', 'false');
    await siteSwitch(popup2).click();
    await expect.poll(() => paintedTerms(page), { timeout: 3000 }).toEqual(before);
    expect(pageErrors).toEqual([]);
  });

  test('other tabs of the same site follow the switch', async ({ openPage, openPopupFor, serviceWorker }) => {
    const first = await openPage('detection.html');
    const second = await openPage('dynamic.html');
    await waitForScan(serviceWorker, first);
    await waitForScan(serviceWorker, second);
    const popup = await openPopupFor(first);
    await siteSwitch(popup).click();
    await expect.poll(() => paintedTerms(second), { timeout: 1000 }).toEqual([]);
    await expect.poll(() => paintedTerms(first), { timeout: 1000 }).toEqual([]);
  });

  test('allowlist mode: only chosen sites are on', async ({ openPage, openPopupFor, serviceWorker }) => {
    await setStorage(serviceWorker, 'sync', { settings: { mode: 'allowlist' } });
    const page = await openPage('detection.html');
    await page.waitForTimeout(800);
    expect(await paintedTerms(page)).toEqual([]);
    const popup = await openPopupFor(page);
    await expect(popup.getByText('Off: TermLens runs only on sites you choose', { exact: true })).toBeVisible();
    await siteSwitch(popup).click();
    await expect(popup.getByText('On: a site you chose', { exact: true })).toBeVisible();
    await expect.poll(async () => (await paintedTerms(page)).length, { timeout: 3000 }).toBeGreaterThan(10);
  });

  test('the keyboard command toggles the site, and the button shows the term count or "off", and says it in its title', async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('detection.html');
    await waitForScan(serviceWorker, page);
    const popupTerms = await serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return (await chrome.tabs.sendMessage(tab!.id!, { type: 'get-page-state' }, { frameId: 0 })) as {
        terms: unknown[];
      };
    });
    const n = popupTerms.terms.length;
    await expect.poll(() => activeTabButton(serviceWorker, page)).toBe(`${n} | TermLens: ${n} terms on this page`);

    await serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(tab!.id!, { type: 'run-command', command: 'toggle-site' }, { frameId: 0 });
    });
    await expect.poll(() => paintedTerms(page), { timeout: 1000 }).toEqual([]);
    await expect.poll(() => activeTabButton(serviceWorker, page)).toBe('off | TermLens is off on this site');
  });
});

test.describe('popup: terms on this page and search', () => {
  test('"On this page" lists the page terms with counts; choosing one scrolls to it and opens its tooltip', async ({
    openPage,
    openPopupFor,
    serviceWorker,
  }) => {
    const page = await openPage('detection.html');
    await page.setViewportSize({ width: 900, height: 160 }); // the later terms start below the fold
    await waitForScan(serviceWorker, page);
    const popup = await openPopupFor(page);
    const list = popup.getByRole('grid', { name: 'Terms on this page' });
    await expect(list.getByRole('button', { name: /^ketamine 3 times$/i })).toBeVisible();
    // "Complex regional pain syndrome (CRPS)" is one occurrence of one term.
    await expect(list.getByRole('button', { name: /^crps 1 time$/i })).toBeVisible();
    await expect(list.getByRole('button', { name: /^migraine 1 time$/i })).toBeVisible();

    await list.getByRole('button', { name: /^hypertension 1 time$/i }).click();
    const card = page.locator('termlens-ui [role="tooltip"]');
    await expect(card).toHaveAccessibleName(/^hypertension$/i);
    // The page scrolled so that the term is in view (its stronger mark comes a frame after the tooltip).
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('termlens-active')?.size)).toBe(1);
    const termTop = await page.evaluate(() => {
      const active = CSS.highlights.get('termlens-active')!;
      const [r] = [...(active as unknown as Set<AbstractRange>)];
      const range = document.createRange();
      range.setStart(r!.startContainer, r!.startOffset);
      range.setEnd(r!.endContainer, r!.endOffset);
      return { top: range.getBoundingClientRect().top, scrollY, innerHeight };
    });
    expect(termTop.scrollY).toBeGreaterThan(0);
    expect(termTop.top).toBeGreaterThanOrEqual(0);
    expect(termTop.top).toBeLessThan(termTop.innerHeight);
  });

  for (const [query, expected] of [
    ['trd', /^treatment-resistant depression$/i],
    ['NMDA', /^NMDA receptor$/i],
    ['ketamin', /^ketamine$/i],
    ['nasal spray', /^intranasal/i],
  ] as const) {
    test(`search "${query}" finds the right entry first`, async ({ openPage, openPopupFor }) => {
      const page = await openPage('smoke.html');
      const popup = await openPopupFor(page);
      const box = popup.getByRole('combobox', { name: 'Search the glossary' });
      await expect(box).toBeFocused();
      await box.fill(query);
      await expect(popup.getByRole('listbox').getByRole('option').first()).toHaveAccessibleName(expected);
      await box.press('Enter');
      await expect(popup.getByRole('heading', { level: 2 })).toHaveText(expected);
    });
  }

  test('corrupted settings in storage: popup and page still work, with defaults for the broken keys', async ({
    openPage,
    openPopupFor,
    serviceWorker,
    pageErrors,
  }) => {
    await setStorage(serviceWorker, 'sync', {
      settings: { enabled: 'yes', tooltipDelay: -5, highlightStyle: '<b>', mutedTerms: 'all', theme: 42 },
    });
    await setStorage(serviceWorker, 'local', { siteRules: { off: 'everything', on: [1, 2] } });
    const page = await openPage('detection.html');
    await waitForScan(serviceWorker, page);
    expect((await paintedTerms(page)).length).toBeGreaterThan(10);
    const popup = await openPopupFor(page);
    await expect(siteSwitch(popup)).toHaveAttribute('aria-checked', 'true');
    await expect(popup.getByRole('grid', { name: 'Terms on this page' })).toBeVisible();
    expect(pageErrors).toEqual([]);
  });
});
