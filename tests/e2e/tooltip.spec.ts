import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { loadGlossaryFromDisk } from '../../scripts/glossary-build';
import { pointOfTerm } from '../../scripts/lib/page-terms';
import { expect, test } from './fixtures';
import { pageFetch, setStorage, waitForScan } from './page-helpers';
import { differingPixels } from './pixels';

const require = createRequire(import.meta.url);

const card = (page: Page) => page.locator('termlens-ui [role="tooltip"]');

async function hover(page: Page, word: string, nth = 0) {
  const { x, y } = await pointOfTerm(page, word, { nth });
  // Arrive the way a person does: a few steps, then rest.
  await page.mouse.move(x - 30, y + 30);
  await page.mouse.move(x, y, { steps: 4 });
  return { x, y };
}

async function viewportOf(page: Page) {
  return page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
}

test.describe('tooltip', () => {
  test('hovering a term shows its headword and definition; away hides; into it keeps; Escape hides', async ({
    openPage,
    serviceWorker,
    pageErrors,
  }) => {
    const page = await openPage('tooltip.html');
    await waitForScan(serviceWorker, page);
    const at = await hover(page, 'TRD');
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toHaveAccessibleName(/^Treatment-resistant depression$/i);
    await expect(card(page)).toContainText('Treatment-resistant depression');
    await expect(card(page)).toContainText('TRD');
    // The definition itself: the entry's plain text, whatever its current wording.
    const trd = loadGlossaryFromDisk().find((e) => e.id === 'treatment-resistant-depression')!;
    await expect(card(page)).toContainText(trd.short);

    // Into the tooltip: it stays, even after the grace period.
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 12, { steps: 6 });
    await page.waitForTimeout(700);
    await expect(card(page)).toBeVisible();

    // Away from both: it goes.
    await page.mouse.move(5, 400, { steps: 3 });
    await expect(card(page)).toBeHidden({ timeout: 2000 });

    // Back on a term, then Escape.
    await page.mouse.move(at.x, at.y + 1, { steps: 2 });
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();
    expect(pageErrors).toEqual([]);
  });

  test('the card’s code is fetched at the first hover, once, and a page cannot fetch it to tell TermLens is there', async ({
    context,
    openPage,
    serviceWorker,
    extensionId,
  }) => {
    const fetched: string[] = [];
    context.on('request', (r) => {
      // (Chrome redirects the session's address to the file: one fetch is the request it starts with.)
      if (r.url().endsWith('/tooltip-view.js') && !r.redirectedFrom()) fetched.push(r.url());
    });
    const page = await openPage('tooltip.html');
    await waitForScan(serviceWorker, page);
    // Read and scrolled, no term pointed at: the card's code stays where it is.
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageUp');
    await page.waitForTimeout(400);
    expect(fetched).toEqual([]);
    await hover(page, 'TRD');
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await hover(page, 'esketamine');
    await expect(card(page)).toHaveAccessibleName(/^esketamine$/i);
    expect(fetched).toHaveLength(1);
    // Not at the extension's fixed address: Chrome serves the file only at an address that changes each session.
    expect(fetched[0]).not.toContain(extensionId);
    // Nor does the page's own record of what it loaded name the file.
    const seen = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(seen.filter((name) => !name.startsWith('http'))).toEqual([]);
    expect(await pageFetch(page, `chrome-extension://${extensionId}/tooltip-view.js`)).toMatch(
      /TypeError|Failed to fetch/,
    );
  });

  test('a fast sweep across terms opens nothing; only one tooltip at a time', async ({ openPage, serviceWorker }) => {
    const page = await openPage('tooltip.html');
    await waitForScan(serviceWorker, page);
    const a = await pointOfTerm(page, 'ketamine');
    const b = await pointOfTerm(page, 'TRD');
    await page.mouse.move(a.x - 200, a.y);
    await page.mouse.move(b.x + 200, b.y, { steps: 5 });
    await page.waitForTimeout(600);
    await expect(card(page)).toBeHidden();
    await hover(page, 'ketamine');
    await expect(card(page)).toHaveAccessibleName(/^ketamine$/i);
    await hover(page, 'NMDA receptor');
    await expect(card(page)).toContainText('NMDA receptor');
    await expect(page.locator('termlens-ui [role="tooltip"]')).toHaveCount(1);
  });

  for (const corner of ['migraine', 'opioid', 'serotonin', 'dopamine']) {
    test(`a term at a viewport corner (${corner}) gets a tooltip fully inside the viewport, not over the term`, async ({
      openPage,
      serviceWorker,
    }) => {
      const page = await openPage('tooltip.html');
      await waitForScan(serviceWorker, page);
      const at = await hover(page, corner);
      await expect(card(page)).toBeVisible();
      await page.waitForTimeout(100);
      const box = (await card(page).boundingBox())!;
      const vp = await viewportOf(page);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
      expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
      const covers = at.x >= box.x && at.x <= box.x + box.width && at.y >= box.y && at.y <= box.y + box.height;
      expect(covers).toBe(false);
    });
  }

  test('hostile page CSS does not change the tooltip', async ({ openPage, serviceWorker }) => {
    const styleOf = (page: Page) =>
      card(page).evaluate((el) => {
        const pick = (e: Element) => {
          const s = getComputedStyle(e);
          return [
            s.fontSize,
            s.fontFamily,
            s.color,
            s.backgroundColor,
            s.lineHeight,
            s.letterSpacing,
            s.textTransform,
            s.padding,
            s.width,
          ].join('|');
        };
        return [el, ...el.querySelectorAll('*')].map(pick);
      });
    const plain = await openPage('tooltip.html');
    await waitForScan(serviceWorker, plain);
    await hover(plain, 'TRD');
    await expect(card(plain)).toBeVisible();
    const expected = await styleOf(plain);
    // The card's inside, clear of its rounded corners and shadow, where the page behind shows through.
    const inside = async (page: Page) => {
      const b = (await card(page).boundingBox())!;
      return page.screenshot({
        animations: 'disabled',
        clip: { x: b.x + 12, y: b.y + 12, width: b.width - 24, height: b.height - 24 },
      });
    };
    const expectedShot = await inside(plain);
    await plain.close();

    const hostile = await openPage('hostile-css.html');
    await waitForScan(serviceWorker, hostile);
    await hover(hostile, 'TRD');
    await expect(card(hostile)).toBeVisible();
    expect(await styleOf(hostile)).toEqual(expected);
    const shot = await inside(hostile);
    // Identical but for anti-aliasing noise: at most 1 pixel in 1,000.
    const { differing, total } = await differingPixels(hostile, expectedShot, shot);
    expect(differing).toBeLessThanOrEqual(total / 1000);
  });

  test('in "auto" the card follows the page where the term stands, not the system theme', async ({
    openPage,
    serviceWorker,
  }) => {
    // A light page under a dark system theme: a light card, as on the article around it.
    const light = await openPage('tooltip.html');
    await light.emulateMedia({ colorScheme: 'dark' });
    await waitForScan(serviceWorker, light);
    await hover(light, 'ketamine');
    await expect(card(light)).toBeVisible();
    expect(await card(light).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    // A dark page under a light system theme: a dark card.
    const dark = await openPage('precision-dark.html');
    await dark.emulateMedia({ colorScheme: 'light' });
    await waitForScan(serviceWorker, dark);
    await hover(dark, 'Ketamine');
    await expect(card(dark)).toBeVisible();
    expect(await card(dark).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 36, 40)');
  });

  test('a term inside a link: hover shows the tooltip and the link still works', async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('tooltip.html');
    await waitForScan(serviceWorker, page);
    const at = await hover(page, 'esketamine');
    await expect(card(page)).toHaveAccessibleName(/^esketamine$/i);
    await page.mouse.click(at.x, at.y);
    await expect(page.locator('#arrived')).toBeVisible();
  });

  test('a click on a term in a link opens no card over what the link shows; off the term and back, it does', async ({
    openPage,
    serviceWorker,
  }) => {
    // A single-page app's menu: "Pain clinic" is a term (hoverable, unmarked in a menu), and the
    // link stays under the pointer while the view it opens replaces the page's content.
    const page = await openPage('hostile-spa.html');
    await waitForScan(serviceWorker, page);
    const link = page.getByRole('link', { name: 'Pain clinic' });
    await link.click();
    await expect(page).toHaveURL(/\?view=pain$/);
    // Four times the hover delay (250 ms), at rest on the clicked term.
    await page.waitForTimeout(1000);
    await expect(card(page)).toBeHidden();
    const box = (await link.boundingBox())!;
    const on = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(on.x, on.y + 200, { steps: 3 });
    await page.mouse.move(on.x, on.y, { steps: 4 });
    await expect(card(page)).toHaveAccessibleName(/^Pain management$/i);
  });
});

test.describe('tooltip under CSS zoom on the root', () => {
  for (const corner of ['migraine', 'opioid', 'dopamine']) {
    test(`with zoom: 2 on <html>, a corner term (${corner}) gets a tooltip inside the viewport, beside the term`, async ({
      openPage,
      serviceWorker,
    }) => {
      const page = await openPage('tooltip.html');
      await page.addStyleTag({ content: 'html { zoom: 2 }' });
      await waitForScan(serviceWorker, page);
      const at = await hover(page, corner);
      await expect(card(page)).toBeVisible();
      await page.waitForTimeout(100);
      const box = (await card(page).boundingBox())!;
      const vp = await viewportOf(page);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
      expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
      // Beside the term, not somewhere else on the screen: within a card's height of it, and not over it.
      expect(Math.min(Math.abs(box.y - at.y), Math.abs(box.y + box.height - at.y))).toBeLessThan(60);
      const covers = at.x >= box.x && at.x <= box.x + box.width && at.y >= box.y && at.y <= box.y + box.height;
      expect(covers).toBe(false);
    });
  }
});

test.describe('tooltip without a mouse', () => {
  test('the next/previous-term commands step through the terms, scrolling each into view; not while typing', async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('tooltip.html');
    await waitForScan(serviceWorker, page);
    const run = (command: string) => runCommand(serviceWorker, page, command);
    await run('next-term');
    await expect(card(page)).toHaveAccessibleName(/^ketamine$/i);
    await expect(card(page)).toHaveAttribute('aria-live', 'polite');
    await run('next-term');
    await expect(card(page)).toHaveAccessibleName(/^NMDA receptor$/i);
    await run('previous-term');
    await expect(card(page)).toHaveAccessibleName(/^ketamine$/i);
    await run('previous-term');
    await run('previous-term'); // wraps round to the last term on the page
    const last = await card(page).getAttribute('aria-labelledby');
    expect(last).toMatch(/^termlens-head-/);
    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();

    // While the reader types in a field, the shortcut does nothing.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'typing';
      document.querySelector('main')!.append(input);
    });
    await page.focus('#typing');
    await run('next-term');
    await page.waitForTimeout(300);
    await expect(card(page)).toBeHidden();
  });

  test('touch: a tap opens the tooltip, a tap elsewhere closes it, a second tap on a linked term follows the link', async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('tooltip.html');
    await waitForScan(serviceWorker, page);
    const cdp = await page.context().newCDPSession(page);
    const tap = (p: { x: number; y: number }) =>
      cdp.send('Input.synthesizeTapGesture', { x: p.x, y: p.y, gestureSourceType: 'touch' });

    await tap(await pointOfTerm(page, 'fibromyalgia'));
    await expect(card(page)).toHaveAccessibleName(/^fibromyalgia$/i);
    await tap({ x: 20, y: 300 });
    await expect(card(page)).toBeHidden();

    // Headless Chromium sends no click after a synthesized tap, so the test
    // sends the one a phone's browser would, right after each tap.
    const linked = await pointOfTerm(page, 'esketamine');
    const clickLink = () => page.evaluate(() => document.getElementById('link')!.click());
    await tap(linked);
    await clickLink();
    await expect(card(page)).toHaveAccessibleName(/^esketamine$/i);
    await page.waitForTimeout(300);
    expect(page.url()).toMatch(/tooltip\.html$/);
    await tap(linked);
    await clickLink();
    await expect(page.locator('#arrived')).toBeVisible();
  });

  test('meets WCAG AA contrast and ARIA rules in both themes (axe)', async ({ openPage, serviceWorker }) => {
    for (const scheme of ['light', 'dark'] as const) {
      // The theme chosen in Settings (in "auto" the card would follow this light page).
      await setStorage(serviceWorker, 'sync', { settings: { theme: scheme } });
      const page = await openPage('tooltip.html');
      await page.emulateMedia({ colorScheme: scheme });
      await waitForScan(serviceWorker, page);
      await hover(page, 'TRD');
      await expect(card(page)).toBeVisible();
      await page.waitForTimeout(200); // let the opening animation finish before measuring colours
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const result = await axe.run(
          { include: [{ fromShadowDom: ['termlens-ui', '.card'] }] },
          { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } },
        );
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, `${scheme} theme`).toEqual([]);
      await page.close();
    }
  });
});

declare const chrome: {
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
};

/**
 * What the background does when the browser reports one of TermLens's
 * keyboard commands: send it to the active tab's top frame. (Headless
 * Chromium has no browser UI to catch the shortcut keys themselves.)
 */
async function runCommand(serviceWorker: import('@playwright/test').Worker, page: Page, command: string) {
  await page.bringToFront();
  await serviceWorker.evaluate(async (cmd) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.sendMessage(tab!.id!, { type: 'run-command', command: cmd }, { frameId: 0 });
  }, command);
}
