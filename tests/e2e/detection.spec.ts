import { engineLoadedIn, expect, test } from './fixtures';
import { paintedTerms } from '../../scripts/lib/page-terms';
import { mutationLog, pageTerms, recordMutations, setStorage, waitForScan } from './page-helpers';

test.describe('detection on a page', () => {
  test('highlights every expected term of the fixture page, and nothing else', async ({
    context,
    openPage,
    serviceWorker,
    pageErrors,
  }) => {
    const page = await context.newPage();
    await recordMutations(page);
    await page.close();
    const tab = await openPage('detection.html');
    await waitForScan(serviceWorker, tab);
    // By default each term is marked once per section (the page has one, under its heading), never in the
    // heading itself; a term written with its abbreviation or brand in parentheses is one mark.
    expect(await paintedTerms(tab)).toEqual([
      'ketamine',
      'treatment-resistant depression (TRD)',
      'NMDA receptor',
      'glutamate',
      'esketamine (Spravato)',
      'nasal spray',
      'SSRIs',
      'Complex regional pain syndrome (CRPS)',
      'dissociation',
      'confusion',
      'Nausea',
      'dizziness',
      'hypertension',
      // inside the open shadow root, which comes last in the page ("glutamate system" is glutamate again)
      'migraine',
    ]);
    // The popup still counts every occurrence, marked or not, the heading's included.
    const { terms } = await pageTerms(serviceWorker, tab);
    const counts = Object.fromEntries(terms.map((t) => [t.id, t.count]));
    expect(counts).toMatchObject({
      ketamine: 3,
      'treatment-resistant-depression': 1,
      'nmda-receptor': 1,
      esketamine: 1,
      crps: 1,
      glutamate: 2,
      migraine: 1, // inside the open shadow root
    });
    // "Every occurrence" and "everywhere on the page" bring back the heading's and the repeated marks.
    await setStorage(serviceWorker, 'sync', { settings: { density: 'every', markEverywhere: true } });
    await expect
      .poll(() => paintedTerms(tab))
      .toEqual(expect.arrayContaining(['ketamine', 'Ketamine', 'glutamate system', 'migraine']));
    expect((await paintedTerms(tab)).filter((t) => t.toLowerCase() === 'ketamine')).toHaveLength(3);
    expect(pageErrors).toEqual([]);
  });

  test('reads open shadow roots but never code, form fields or editable regions', async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('detection.html');
    await waitForScan(serviceWorker, page);
    const inShadow = await page.evaluate(() => {
      const root = document.getElementById('host')!.shadowRoot!;
      const texts: string[] = [];
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('termlens-')) continue;
        for (const r of h as unknown as Set<AbstractRange>)
          if (root.contains(r.startContainer))
            texts.push(r.startContainer.textContent!.slice(r.startOffset, r.endOffset));
      }
      return texts;
    });
    expect(inShadow).toEqual(['migraine']);
    const untouched = await page.evaluate(() => {
      const ids = ['textarea', 'input', 'select', 'editable', 'code', 'not-terms'];
      const hits: string[] = [];
      for (const [, h] of CSS.highlights) {
        for (const r of h as unknown as Set<AbstractRange>) {
          const el = r.startContainer.parentElement;
          const id = ids.find((i) => el?.closest(`#${i}`));
          if (id) hits.push(id);
        }
      }
      return hits;
    });
    expect(untouched).toEqual([]);
  });

  test('typing into an editable region stays untouched and unhighlighted', async ({ openPage, serviceWorker }) => {
    const page = await openPage('detection.html');
    await waitForScan(serviceWorker, page);
    await page.click('#editable');
    await page.keyboard.press('End');
    await page.keyboard.type(' and esketamine for depression');
    await page.fill('#textarea', 'esketamine typed here');
    await page.waitForTimeout(400);
    await expect(page.locator('#editable')).toHaveText('ketamine in an editable region and esketamine for depression');
    await expect(page.locator('#textarea')).toHaveValue('esketamine typed here');
    const inEditable = await page.evaluate(() => {
      const ed = document.getElementById('editable')!;
      let n = 0;
      for (const [, h] of CSS.highlights)
        for (const r of h as unknown as Set<AbstractRange>) if (ed.contains(r.startContainer)) n++;
      return n;
    });
    expect(inEditable).toBe(0);
  });

  test('makes no change to the page DOM while it scans and highlights', async ({
    context,
    openPage,
    serviceWorker,
  }) => {
    context.on('page', (p) => void recordMutations(p));
    const page = await openPage('detection.html');
    await waitForScan(serviceWorker, page);
    expect(await mutationLog(page)).toEqual([]);
  });
});

test.describe('detection on a changing page', () => {
  test('highlights text added after load within 500 ms, and drops removed text', async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('dynamic.html');
    await waitForScan(serviceWorker, page);
    expect(await paintedTerms(page)).toEqual(['Ketamine', 'esketamine', 'NMDA receptor']);

    await page.evaluate(() =>
      (window as unknown as { addNote(t: string): void }).addNote('A new note about fibromyalgia and migraine.'),
    );
    await expect.poll(() => paintedTerms(page), { timeout: 500, intervals: [50] }).toContain('fibromyalgia');
    expect(await paintedTerms(page)).toContain('migraine');

    await page.evaluate(() =>
      (window as unknown as { setChanging(t: string): void }).setChanging('Now it mentions PTSD.'),
    );
    await expect.poll(() => paintedTerms(page), { timeout: 500, intervals: [50] }).toContain('PTSD');

    await page.evaluate(() => (window as unknown as { removeFeed(): void }).removeFeed());
    await expect
      .poll(() => paintedTerms(page), { timeout: 1000 })
      .toEqual(['Ketamine', 'esketamine', 'NMDA receptor', 'PTSD']);
    const { terms } = await pageTerms(serviceWorker, page);
    expect(terms.map((t) => t.id).sort()).toEqual(['esketamine', 'ketamine', 'nmda-receptor', 'ptsd']);
  });

  test('one batch that adds a block and rewrites a paragraph already read highlights both; emptied text loses its terms', async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('dynamic.html');
    await waitForScan(serviceWorker, page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Appended: a note on migraine.';
      document.body.append(p);
      document.getElementById('changing')!.firstChild!.textContent = 'Rewritten: about fibromyalgia.';
    });
    await expect
      .poll(() => paintedTerms(page), { timeout: 1000 })
      .toEqual(['Ketamine', 'esketamine', 'NMDA receptor', 'fibromyalgia', 'migraine']);
    await page.evaluate(() => (document.getElementById('changing')!.firstChild!.textContent = ''));
    await expect
      .poll(() => paintedTerms(page), { timeout: 1000 })
      .toEqual(['Ketamine', 'esketamine', 'NMDA receptor', 'migraine']);
  });

  test('a change inside a block nested in a block with terms is read, even when the page changed around both', async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('dynamic.html');
    await waitForScan(serviceWorker, page);
    await page.evaluate(() => {
      const note = document.createElement('div');
      note.append('Living with migraine means planning around bad days.');
      const nested = Object.assign(document.createElement('p'), { id: 'nested', textContent: 'Nothing yet.' });
      note.append(nested);
      document.getElementById('feed')!.append(note);
    });
    await expect.poll(() => paintedTerms(page), { timeout: 1000 }).toContain('migraine');
    // One batch: text added straight into the body (its block is the body) and the nested paragraph rewritten.
    await page.evaluate(() => {
      document.body.append('A closing line.');
      document.getElementById('nested')!.firstChild!.textContent = 'Now it is about fibromyalgia.';
    });
    await expect.poll(() => paintedTerms(page), { timeout: 1000 }).toContain('fibromyalgia');
    expect(await paintedTerms(page)).toContain('migraine');
  });

  test('text in a same-origin iframe and a srcdoc iframe is highlighted', async ({ openPage }) => {
    const page = await openPage('iframes.html');
    const same = page.frameLocator('#same').owner();
    await expect(same).toBeVisible();
    await expect.poll(() => page.frames().length).toBe(3);
    const inner = page.frames().find((f) => f.url().endsWith('/iframe-inner.html'))!;
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    await expect.poll(() => paintedTerms(inner), { timeout: 5000 }).toEqual(['ketamine infusions', 'chronic pain']);
    await expect.poll(() => paintedTerms(srcdoc), { timeout: 5000 }).toEqual(['ketamine', 'NMDA receptor']);
    // The outer page has no terms of its own.
    expect(await paintedTerms(page)).toEqual([]);
  });

  test('a frame with nothing to read loads nothing until text comes, then its terms are marked', async ({
    openPage,
    extensionId,
    pageErrors,
  }) => {
    const page = await openPage('frames-later.html');
    await expect.poll(() => paintedTerms(page), { timeout: 5000 }).toEqual(['ketamine', 'NMDA receptor']);
    const later = page.frame({ name: 'later' })!;
    // The content script runs in both frames, and the engine in neither: they hold no words yet.
    await expect.poll(() => engineLoadedIn(page, extensionId, 'later'), { timeout: 5000 }).toBe(false);
    await expect.poll(() => engineLoadedIn(page, extensionId, 'advert'), { timeout: 5000 }).toBe(false);
    await later.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'A later note: esketamine is given as a nasal spray.';
      document.body.append(p);
    });
    await expect.poll(() => paintedTerms(later), { timeout: 5000 }).toEqual(['esketamine', 'nasal spray']);
    expect(await engineLoadedIn(page, extensionId, 'later')).toBe(true);
    expect(await engineLoadedIn(page, extensionId, 'advert')).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  test('a srcdoc frame belongs to the site of its page: switched off with it, on again with it', async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('iframes.html');
    await expect.poll(() => page.frames().length).toBe(3);
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    await expect.poll(() => paintedTerms(srcdoc), { timeout: 5000 }).toEqual(['ketamine', 'NMDA receptor']);
    const host = new URL(page.url()).hostname;
    await setStorage(serviceWorker, 'local', { siteRules: { off: [host], on: [] } });
    await expect.poll(() => paintedTerms(srcdoc), { timeout: 2000 }).toEqual([]);
    await setStorage(serviceWorker, 'local', { siteRules: { off: [], on: [] } });
    await expect.poll(() => paintedTerms(srcdoc), { timeout: 2000 }).toEqual(['ketamine', 'NMDA receptor']);
  });
});

test.describe('switching off and on', () => {
  test('turning the site off removes every highlight without reload; on again restores them', async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('detection.html');
    await waitForScan(serviceWorker, page);
    const before = await paintedTerms(page);
    expect(before.length).toBeGreaterThan(10);
    const host = new URL(page.url()).hostname;

    await setStorage(serviceWorker, 'local', { siteRules: { off: [host], on: [] } });
    await expect.poll(() => paintedTerms(page), { timeout: 1000 }).toEqual([]);
    expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('termlens-')))).toEqual([]);

    await setStorage(serviceWorker, 'local', { siteRules: { off: [], on: [] } });
    await expect.poll(() => paintedTerms(page), { timeout: 3000 }).toEqual(before);

    await setStorage(serviceWorker, 'sync', { settings: { enabled: false } });
    await expect.poll(() => paintedTerms(page), { timeout: 1000 }).toEqual([]);
    await setStorage(serviceWorker, 'sync', { settings: { enabled: true } });
    await expect.poll(() => paintedTerms(page), { timeout: 3000 }).toEqual(before);
  });
});
