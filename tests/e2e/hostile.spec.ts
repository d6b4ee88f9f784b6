import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { paintedTerms, pointOfTerm } from '../../scripts/lib/page-terms';
import { expectPageUnharmed, inTabViewport, openHostile, restMouseOn, tooltipCard, UI_HOST } from './hostile-helpers';
import { getStats, inTestWorld, mutationLog, setStorage, testWorld, waitForScan } from './page-helpers';

/**
 * Pages that fight back. Each one goes through the same checks
 * (expectPageUnharmed): terms painted, the page's own script working, the
 * tooltip opening, no error from TermLens, and no change to the page's DOM
 * but TermLens's single UI host. Then each adds what its case is about.
 */

const output = (line: string) => /(to|from) output$/.test(line);

async function clickCounter(page: Page, times = 2): Promise<void> {
  for (let i = 0; i < times; i++) await page.click('#count');
  await expect(page.locator('#clicks')).toHaveText(String(times));
}

/** The look of the open tooltip card: what a page's styles or policy could spoil. */
function cardStyle(page: Page) {
  return tooltipCard(page).evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      background: s.backgroundColor,
      radius: s.borderRadius,
      border: s.borderTopWidth + ' ' + s.borderTopStyle,
      shadow: s.boxShadow,
      font: `${s.fontSize} ${s.fontFamily}`,
      color: s.color,
      padding: s.padding,
      width: s.width,
    };
  });
}

/** Total ranges in TermLens's term highlights, painted or not (ranges into removed text included). */
const registeredRanges = (page: Page) =>
  inTestWorld(
    page,
    () => {
      let n = 0;
      for (const [name, h] of CSS.highlights)
        if (name.startsWith('termlens-') && !name.startsWith('termlens-active')) n += h.size;
      return n;
    },
    null,
  );

test.describe('hostile pages', () => {
  test('a strict Content-Security-Policy: terms highlighted, the tooltip styled as on any page', async ({
    context,
    extensionId,
    servers,
    serviceWorker,
    pageErrors,
  }) => {
    const plain = await openHostile(context, `${servers.origin}/tooltip.html`, extensionId);
    await waitForScan(serviceWorker, plain.page);
    await restMouseOn(plain.page, await pointOfTerm(testWorld(plain.page), 'TRD'));
    await expect(tooltipCard(plain.page)).toBeVisible();
    const expected = await cardStyle(plain.page);
    await plain.page.close();

    const hostile = await openHostile(context, `${servers.origin}/hostile-csp.html`, extensionId);
    // The policy is in force: the page's own inline style attribute was refused.
    await expect(hostile.page.locator('#styled')).toHaveCSS('color', 'rgb(20, 40, 60)');
    await expectPageUnharmed(hostile, pageErrors, serviceWorker, {
      terms: ['ketamine', 'NMDA receptor', 'treatment-resistant depression (TRD)'],
      hover: { word: 'TRD', name: /^treatment-resistant depression$/i },
      pageOwn: output,
      pageScript: (page) => clickCounter(page),
      ownErrors: /Applying inline style violates/,
      ownViolations: /^style-src-attr inline http:\/\/127\.0\.0\.1:\d+\/hostile-csp\.html:\d+$/,
    });
    expect(await cardStyle(hostile.page)).toEqual(expected);
  });

  test('a page that breaks the DOM, Range, CSS and timer globals in its own world', async ({
    context,
    extensionId,
    servers,
    serviceWorker,
    pageErrors,
  }) => {
    const hostile = await openHostile(context, `${servers.origin}/hostile-globals.html`, extensionId);
    const terms = ['Ketamine', 'NMDA receptor', 'esketamine', 'treatment-resistant depression (TRD)'];
    await expectPageUnharmed(hostile, pageErrors, serviceWorker, {
      terms,
      hover: { word: 'TRD', name: /^treatment-resistant depression$/i },
      pageOwn: (line) => /(to|from) (output|aside)$/.test(line),
      ownErrors: /\[page-own\]/,
      pageScript: async (page) => {
        await page.click('#count');
        await expect(page.locator('#clicks')).toHaveText('1');
        // The page's search clears every highlight of the document, then sets its own:
        // TermLens's marks come back with its next look at the page, and the page keeps its own.
        await page.click('#search');
        // (The search result it writes into its <aside> is site furniture: not marked.)
        await expect.poll(() => paintedTerms(testWorld(page)), { timeout: 3000 }).toEqual(terms);
        const own = await inTestWorld(page, () => CSS.highlights.get('page-search')?.size ?? 0, null);
        expect(own).toBe(1);
      },
    });
    // The page's own deliberate error was seen (so the error check is watching) and is the only one.
    expect(pageErrors.map((e) => e.text)).toEqual(['Error: [page-own] a deliberate error from the page']);
  });

  test('a page whose CSS targets every element, TermLens’s host included', async ({
    context,
    extensionId,
    servers,
    serviceWorker,
    pageErrors,
  }) => {
    const hostile = await openHostile(context, `${servers.origin}/hostile-css.html`, extensionId);
    await expectPageUnharmed(hostile, pageErrors, serviceWorker, {
      terms: ['ketamine', 'NMDA receptor', 'treatment-resistant depression (TRD)'],
      hover: { word: 'NMDA receptor', name: /^NMDA receptor$/i },
    });
  });

  test('a single-page app: each view’s terms are highlighted, the old view’s go', async ({
    context,
    extensionId,
    servers,
    serviceWorker,
    pageErrors,
  }) => {
    const hostile = await openHostile(context, `${servers.origin}/hostile-spa.html`, extensionId);
    const pain = ['fibromyalgia', 'complex regional pain syndrome'];
    await expectPageUnharmed(hostile, pageErrors, serviceWorker, {
      terms: ['ketamine', 'NMDA receptor'],
      hover: { word: 'fibromyalgia', name: /^fibromyalgia$/i },
      pageOwn: (line) => /(to|from) main$/.test(line),
      pageScript: async (page) => {
        await page.getByRole('link', { name: 'Pain clinic' }).click();
        await expect(page).toHaveURL(/\?view=pain$/);
        await expect.poll(() => paintedTerms(testWorld(page))).toEqual(pain);
        await page.getByRole('link', { name: 'Mood clinic' }).click();
        await expect
          .poll(() => paintedTerms(testWorld(page)))
          .toEqual(['Esketamine', 'treatment-resistant depression']);
        await page.goBack();
        await expect(page).toHaveURL(/\?view=pain$/);
        await expect.poll(() => paintedTerms(testWorld(page))).toEqual(pain);
        // Nothing of the views that left is kept: every registered range is a painted one.
        await expect.poll(() => registeredRanges(page)).toBe(pain.length);
      },
    });
  });

  test('a page that re-renders its text every 100 ms: TermLens keeps up, one small rescan per render', async ({
    context,
    extensionId,
    servers,
    serviceWorker,
    pageErrors,
  }) => {
    const hostile = await openHostile(context, `${servers.origin}/hostile-rerender.html`, extensionId);
    const topics = [
      ['ketamine', 'treatment-resistant depression'],
      ['esketamine', 'nasal spray'],
      ['complex regional pain syndrome', 'fibromyalgia'],
    ];
    // The words of TermLens's highlights, including ranges the page has re-rendered away since.
    const registered = (page: Page) =>
      inTestWorld(
        page,
        () => {
          const out: string[] = [];
          for (const [name, h] of CSS.highlights)
            if (name.startsWith('termlens-') && !name.startsWith('termlens-active'))
              for (const r of h as unknown as Set<AbstractRange>)
                out.push((r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
          return out;
        },
        null,
      );
    await expectPageUnharmed(hostile, pageErrors, serviceWorker, {
      terms: topics[0]!,
      hover: { word: 'fibromyalgia', name: /^fibromyalgia$/i },
      pageOwn: (line) => /(to|from) (article|output)$/.test(line),
      pageScript: async (page) => {
        const before = await getStats(serviceWorker, page);
        await page.click('#start');
        // 50 renders, 100 ms apart; the topic changes every 20. On a page this calm each
        // re-render is handled in the observer callback, before the browser paints it.
        for (const topic of topics.slice(1)) {
          await expect.poll(() => registered(page), { timeout: 2500, intervals: [50] }).toEqual(topic);
        }
        await expect(page.locator('#renders')).toHaveText('50', { timeout: 8000 });
        const after = await getStats(serviceWorker, page);
        const rescans = after.rescans - before.rescans;
        console.log(`[hostile] re-render 10/s: 50 renders, ${rescans} rescans, ${after.observerBackoffs} backoffs`);
        expect(rescans).toBeGreaterThan(0);
        // One small rescan per render at most: the work follows the page, it never piles up.
        expect(rescans).toBeLessThanOrEqual(55);
        expect(after.observerBackoffs).toBe(0);
        await expect.poll(() => paintedTerms(testWorld(page)), { timeout: 2500 }).toEqual(topics[2]);
      },
    });
  });

  test('a page that rewrites itself every frame: the breaker backs off, then catches up', async ({
    context,
    extensionId,
    servers,
    serviceWorker,
    pageErrors,
  }) => {
    const hostile = await openHostile(context, `${servers.origin}/hostile-rerender.html?every=frame`, extensionId);
    const { page } = hostile;
    await expectPageUnharmed(hostile, pageErrors, serviceWorker, {
      terms: ['ketamine', 'treatment-resistant depression'],
      hover: { word: 'fibromyalgia', name: /^fibromyalgia$/i },
      pageOwn: (line) => /(to|from) (article|output)$/.test(line),
      pageScript: async () => {
        const before = await getStats(serviceWorker, page);
        await page.click('#start');
        await expect(page.locator('#renders')).toHaveText('170', { timeout: 15_000 });
        const after = await getStats(serviceWorker, page);
        const rescans = after.rescans - before.rescans;
        console.log(
          `[hostile] re-render every frame: 170 renders, ${rescans} rescans, ${after.observerBackoffs} backoffs`,
        );
        expect(after.observerBackoffs).toBeGreaterThan(0);
        // Far fewer rescans than the page's 170 rewrites: the breaker did its job.
        expect(rescans).toBeLessThan(60);
        // The page rests on the third topic (ticks 160-170): it is marked once TermLens catches up.
        await expect
          .poll(() => paintedTerms(testWorld(page)), { timeout: 5000 })
          .toEqual(['complex regional pain syndrome', 'fibromyalgia']);
      },
    });
  });

  test('editable regions: nothing highlighted inside, typing unaffected', async ({
    context,
    extensionId,
    servers,
    serviceWorker,
    pageErrors,
  }) => {
    const hostile = await openHostile(context, `${servers.origin}/hostile-editable.html`, extensionId);
    const { page } = hostile;
    const designed = /^about:srcdoc$/;
    // Typing is the reader's change to the page, not TermLens's.
    const typing = (line: string) =>
      line === 'text #text' || line === 'attr p contenteditable' || /(to|from) (p|div|output|body)$/.test(line);
    await expectPageUnharmed(hostile, pageErrors, serviceWorker, {
      // "dissociation" is ambiguous, and the one read-only paragraph names only one other term: not medical enough.
      terms: ['ketamine', 'esketamine'],
      hover: { word: 'ketamine', name: /^ketamine$/i },
      pageOwn: typing,
      pageScript: async () => {
        expect(await paintedTerms(testWorld(page, designed)), 'a document in design mode').toEqual([]);
      },
    });
    await page.keyboard.press('Escape');

    await page.click('#notes');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Also ketamine for CRPS.');
    await expect(page.locator('#notes')).toHaveValue(
      'I asked about esketamine and the NMDA receptor. Also ketamine for CRPS.',
    );
    await expect(page.locator('#length')).toHaveText('71 characters');

    await page.click('#title');
    await page.keyboard.press('End');
    await page.keyboard.type(' and esketamine');
    await expect(page.locator('#title')).toHaveValue('Ketamine follow-up for TRD and esketamine');

    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(' Then esketamine.');
    await expect(page.locator('#editor')).toHaveText(
      'Draft: my migraine got better after the second ketamine infusion. Then esketamine.',
    );
    await page.click('#plain-editor');
    await page.keyboard.press('End');
    await page.keyboard.type(' And migraine.');
    await expect(page.locator('#plain-editor')).toHaveText(
      'A plain-text editor mentioning fibromyalgia. And migraine.',
    );

    const frame = page.frameLocator('#designed');
    await frame.locator('p').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed: esketamine.');
    await expect(frame.locator('p')).toHaveText('A design-mode document: ketamine and CRPS. Typed: esketamine.');

    // A note the page makes editable after TermLens has read it: once the reader types
    // there, its old marks (now pointing at the wrong letters) must go.
    await page.click('#edit-later');
    await page.click('#later p');
    await page.keyboard.press('Home');
    await page.keyboard.type('New text. ');
    await expect(page.locator('#later p')).toHaveText(
      'New text. This note about esketamine becomes editable when you press the button.',
    );
    await expect.poll(() => paintedTerms(testWorld(page)), { timeout: 2000 }).toEqual(['ketamine']);
    expect(await paintedTerms(testWorld(page, designed))).toEqual([]);

    const log = await mutationLog(page);
    expect(log.filter((line) => !typing(line))).toEqual([UI_HOST]);
    expect(hostile.termlensErrors).toEqual([]);
  });

  test('open shadow roots, same-origin, srcdoc and cross-origin frames', async ({
    context,
    extensionId,
    servers,
    serviceWorker,
    pageErrors,
  }) => {
    const cross = `${servers.crossOrigin}/hostile-frame-cross.html`;
    const hostile = await openHostile(
      context,
      `${servers.origin}/hostile-frames.html?frame=${encodeURIComponent(cross)}`,
      extensionId,
    );
    const { page } = hostile;
    const frames: [RegExp, string[]][] = [
      [/\/hostile-frame-inner\.html$/, ['ketamine infusions', 'migraine']],
      [/^about:srcdoc$/, ['PTSD', 'psilocybin']],
      [/\/hostile-frame-cross\.html$/, ['anhedonia', 'dissociation', 'ketamine']],
    ];
    await expectPageUnharmed(hostile, pageErrors, serviceWorker, {
      // The component's shadow tree, and the one nested in it, read where the component stands.
      terms: ['fibromyalgia', 'esketamine', 'nasal spray', 'NMDA receptor'],
      hover: { word: 'NMDA receptor', name: /^NMDA receptor$/i },
      pageOwn: output,
      pageScript: async () => {
        await clickCounter(page);
        for (const [url, terms] of frames) {
          await expect
            .poll(() => paintedTerms(testWorld(page, url)), { message: String(url), timeout: 8000 })
            .toEqual(terms);
        }
      },
    });
    await page.mouse.move(5, 5, { steps: 3 });
    await expect(tooltipCard(page)).toBeHidden();

    // The tooltip in the cross-origin frame opens there, within that frame.
    const crossFrame = page.frames().find((f) => f.url() === cross)!;
    expect(new URL(crossFrame.url()).origin).not.toBe(new URL(page.url()).origin);
    const anhedonia = await pointOfTerm(testWorld(page, frames[2]![0]), 'anhedonia');
    await restMouseOn(page, await inTabViewport(crossFrame, anhedonia));
    const inFrame = tooltipCard(page.frameLocator('#cross'));
    await expect(inFrame).toBeVisible();
    await expect(inFrame).toHaveAccessibleName(/^anhedonia$/i);

    // And in the srcdoc frame, whose content script imports the card's code from a document with no address of its own.
    const srcdocFrame = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    const ptsd = await pointOfTerm(testWorld(page, frames[1]![0]), 'PTSD');
    await restMouseOn(page, await inTabViewport(srcdocFrame, ptsd));
    const inSrcdoc = tooltipCard(page.frameLocator('#inline'));
    await expect(inSrcdoc).toBeVisible();
    await expect(inSrcdoc).toHaveAccessibleName(/^PTSD$/i);

    // Each frame's DOM: nothing changed but, in the frames where a tooltip opened, the tooltip's host.
    for (const frame of page.frames().slice(1)) {
      const log = await frame.evaluate(() => (window as unknown as { __mutations?: string[] }).__mutations ?? []);
      expect(log, frame.url()).toEqual(frame === crossFrame || frame === srcdocFrame ? [UI_HOST] : []);
    }
    expect(hostile.termlensErrors).toEqual([]);
  });

  test('a huge page (50,000 paragraphs): the page’s own tasks run while TermLens scans, every term is found', async ({
    context,
    extensionId,
    servers,
    serviceWorker,
    pageErrors,
  }) => {
    test.setTimeout(150_000);
    // The same rules as the page's generator (hostile-huge.html).
    const expected: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      if (i % 10 === 3) expected.push('ketamine');
      if (i % 25 === 11) expected.push('NMDA receptor');
      if (i % 40 === 17) expected.push('fibromyalgia');
    }
    // Every occurrence is marked here: the test counts each one the scan finds.
    await setStorage(serviceWorker, 'sync', { settings: { density: 'every' } });
    const url = `${servers.origin}/hostile-huge.html`;
    const hostile = await openHostile(context, url, extensionId, 'domcontentloaded');
    const { page } = hostile;

    await expect
      .poll(async () => (await getStats(serviceWorker, page).catch(() => null))?.scanning, { timeout: 60_000 })
      .toBe(true);
    // A click the page handles, and an answer to get-stats, while the scan is still going:
    // TermLens works in slices and lets the page's (and the popup's) tasks in between.
    await page.locator('#count').dispatchEvent('click');
    await expect(page.locator('#clicks')).toHaveText('1');
    const during = await getStats(serviceWorker, page);
    expect(during.scanning, 'still scanning after the page handled the click').toBe(true);
    expect(during.highlighted).toBeLessThan(expected.length);
    // The marks near the view are shown long before the scan ends (mark-window.ts).
    await expect.poll(async () => (await paintedTerms(testWorld(page))).length, { timeout: 60_000 }).toBeGreaterThan(0);
    expect((await getStats(serviceWorker, page)).scanning, 'marks shown while the scan goes on').toBe(true);

    await expect
      .poll(async () => (await getStats(serviceWorker, page)).scanning, { timeout: 120_000, intervals: [1000] })
      .toBe(false);
    expect((await getStats(serviceWorker, page)).highlighted).toBe(expected.length);
    // The page's own 50 ms timer kept ticking during the scan (a scan that held the main
    // thread would allow none). The engine reports when its scan ran on the page's clock;
    // the marks near the view appear once the page holds more than mark-window.ts WINDOW_FROM of them.
    const { startedAt, firstScanMs } = await getStats(serviceWorker, page);
    const ticksDuringScan = await page.evaluate(
      ([from, to]) =>
        (window as unknown as { timerTicks: number[] }).timerTicks.filter((t) => t > from && t < to).length,
      [startedAt, startedAt + (firstScanMs ?? 0)] as const,
    );
    expect(ticksDuringScan).toBeGreaterThanOrEqual(3);

    // Past mark-window.ts WINDOW_FROM marks only those within a screen of the view are drawn: the top of the page
    // shows the page's first terms in order, the bottom its last ones.
    const drawnHere = (painted: string[], at: 'top' | 'bottom') => {
      expect(painted.length, `marks drawn at the ${at}`).toBeGreaterThan(0);
      expect(painted.length, `marks drawn at the ${at}`).toBeLessThan(expected.length / 20);
      const part = at === 'top' ? expected.slice(0, painted.length) : expected.slice(-painted.length);
      expect(painted, `marks drawn at the ${at}`).toEqual(part);
    };
    await expectPageUnharmed(hostile, pageErrors, serviceWorker, {
      terms: (painted) => drawnHere(painted, 'top'),
      hover: { word: 'NMDA receptor', name: /^NMDA receptor$/i },
      pageOwn: output,
    });
    // To the end in one jump, as a scrollbar dragged to the bottom. (The End key was lost now and then on a busy
    // machine: the page stayed at the top, scrollY 0, with or without a tooltip open, in this build and the one before.)
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect
      .poll(async () => {
        const painted = await paintedTerms(testWorld(page));
        return painted.length > 0 && painted.every((t, i) => t === expected[expected.length - painted.length + i]);
      })
      .toBe(true);
    drawnHere(await paintedTerms(testWorld(page)), 'bottom');
  });

  test('emoji, combining marks, right-to-left text, soft hyphens and no-break spaces', async ({
    context,
    extensionId,
    servers,
    serviceWorker,
    pageErrors,
  }) => {
    // Matching is what this page tests, in every paragraph: every occurrence is marked, not the first per section.
    await setStorage(serviceWorker, 'sync', { settings: { density: 'every' } });
    const hostile = await openHostile(context, `${servers.origin}/hostile-unicode.html`, extensionId);
    await expectPageUnharmed(hostile, pageErrors, serviceWorker, {
      terms: [
        // emoji with spaces around the terms
        'ketamine',
        'migraine',
        // "ketamine" + combining acute and "ke" + acute + "tamine" are other words; "fibromyalgia" after "café" is not
        'fibromyalgia',
        // an English term inside Arabic, then Hebrew, right-to-left text
        'ketamine',
        'NMDA receptor',
        // soft hyphens inside a word do not split it (and "fibro\u00admyalgia\u00adlike" is one longer word)
        'keta\u00admine',
        'es\u00adketa\u00admine',
        // no-break spaces around and inside terms
        'ketamine',
        'NMDA receptor',
        'treatment-resistant depression',
      ],
      hover: { word: 'ketamine', name: /^ketamine$/i, within: '#arabic' },
      pageOwn: output,
      pageScript: (page) => clickCounter(page),
    });
    const page = hostile.page;
    await page.mouse.move(5, 5, { steps: 3 });
    await expect(tooltipCard(page)).toBeHidden();
    await restMouseOn(page, await pointOfTerm(testWorld(page), 'es\u00adketa\u00admine'));
    await expect(tooltipCard(page)).toHaveAccessibleName(/^esketamine$/i);
  });

  test('a term written right against emoji is still a word of its own', async ({
    context,
    extensionId,
    servers,
    serviceWorker,
  }) => {
    // Emoji are symbols, not letters: they end a word like punctuation does.
    const { page } = await openHostile(context, `${servers.origin}/hostile-emoji.html`, extensionId);
    await waitForScan(serviceWorker, page);
    expect(await paintedTerms(testWorld(page))).toEqual(['ketamine', 'esketamine', 'migraine']);
  });
});
