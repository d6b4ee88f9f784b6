import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { paintedTerms } from '../../scripts/lib/page-terms';
import { pageTerms, waitForScan } from './page-helpers';

/**
 * Terms inside frames, same-origin and cross-origin, count on the badge and
 * are listed in "On this page"; choosing one shows it in its frame, with the
 * frame scrolled into the page's view.
 */

declare const chrome: {
  tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

async function badge(serviceWorker: Worker, page: Page): Promise<string> {
  await page.bringToFront();
  return serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  });
}

test('terms of a same-origin and a cross-origin frame are counted on the badge, listed, and shown in their frame', async ({
  openPage,
  openRealPopup,
  serviceWorker,
  servers,
  pageErrors,
}) => {
  const inner = `${servers.crossOrigin}/frame-terms-inner.html`;
  const page = await openPage(`frame-terms.html?frame=${encodeURIComponent(inner)}`);
  await page.setViewportSize({ width: 900, height: 500 });
  await waitForScan(serviceWorker, page);
  await expect.poll(() => page.frames().length).toBe(3);
  const cross = page.frames().find((f) => f.url() === inner)!;
  const same = page.frames().find((f) => f.url().endsWith('/iframe-inner.html'))!;
  await expect.poll(async () => (await paintedTerms(cross)).length).toBe(3);
  await expect.poll(async () => (await paintedTerms(same)).length).toBeGreaterThan(0);

  // The top frame alone has ketamine and esketamine; its frames add chronic pain, migraine, hypertension, NMDA ….
  const top = (await pageTerms(serviceWorker, page)).terms;
  expect(top.map((t) => t.id).sort()).toEqual(['esketamine', 'ketamine']);
  await expect.poll(async () => Number(await badge(serviceWorker, page))).toBeGreaterThanOrEqual(6);
  const counted = Number(await badge(serviceWorker, page));
  // The popup lists the same distinct terms the badge counts.
  const popup = await openRealPopup(page);
  const grid = popup.getByRole('grid', { name: 'Terms on this page' });
  await expect(grid.getByRole('row')).toHaveCount(counted);
  await expect(popup.getByRole('heading', { name: `On this page · ${counted} terms` })).toBeVisible();
  await expect(grid.getByRole('button', { name: /^chronic pain 1 time$/i })).toBeVisible();
  const migraine = grid.getByRole('button', { name: /^migraine 1 time$/i });
  await expect(migraine).toBeVisible();

  // The cross-origin frame is far below the fold; choosing its term opens the tooltip there, in view.
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await migraine.click();
  await expect(cross.locator('termlens-ui [role="tooltip"]')).toHaveAccessibleName(/^migraine$/i);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
  const frameBox = await page.locator('#cross').boundingBox();
  // The term itself is inside the window: the frame's top plus the term's place in the frame.
  await expect.poll(() => cross.evaluate(() => CSS.highlights.get('termlens-active')?.size)).toBe(1);
  const termInFrame = await cross.evaluate(() => {
    const [r] = [...(CSS.highlights.get('termlens-active') as unknown as Set<AbstractRange>)];
    const range = document.createRange();
    range.setStart(r!.startContainer, r!.startOffset);
    range.setEnd(r!.endContainer, r!.endOffset);
    const rect = range.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom };
  });
  expect(frameBox!.y + termInFrame.top).toBeGreaterThanOrEqual(0);
  expect(frameBox!.y + termInFrame.bottom).toBeLessThanOrEqual(500);
  expect(pageErrors).toEqual([]);
});
