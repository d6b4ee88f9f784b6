import { DEFAULT_SETTINGS } from '../../lib/settings';
import { setSettings, sleep, waitForScan, type BenchWorld, type ExtensionSession } from './pages';
import { FLOOR_PAGE } from './popup-floor';

/**
 * What a reader waits for: the tooltip once the pointer has rested on a term
 * for the hover delay (target: painted within two frames of the delay's end),
 * and the popup until it shows the page's terms (target: within 15 ms of the
 * floor popup page). Both are timed inside the page, to the frame that shows the result.
 */

export interface HoverSample {
  term: string;
  /** pointermove → the animation frame that handles it, where TermLens's hover handler starts the delay. */
  frameMs: number;
  /** End of the hover delay (that frame + the delay) → tooltip rendered in the shadow root and shown. */
  renderedMs: number;
  /** End of the hover delay → the frame that paints it (rAF after render, then the task after that frame). */
  paintedMs: number;
  /** pointermove → painted, delay included. */
  fromMoveMs: number;
}

export interface TooltipBench {
  page: string;
  delayMs: number;
  first: HoverSample | null;
  samples: HoverSample[];
  medianPaintedMs: number;
  medianRenderedMs: number;
  /** Terms that could not be measured, and why. */
  skipped: string[];
}

interface Tip {
  t0: number | null;
  frame: number | null;
  rendered: number | null;
  painted: number | null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Picks up to `count` highlighted terms with different text, spread over the page. */
async function pickTerms(world: BenchWorld, count: number): Promise<{ index: number; text: string }[]> {
  return world.run((wanted) => {
    const h = CSS.highlights.get('termlens-underline');
    const ranges = h ? [...(h as unknown as Set<AbstractRange>)] : [];
    (globalThis as unknown as { __tlRanges: AbstractRange[] }).__tlRanges = ranges;
    const seen = new Set<string>();
    const out: { index: number; text: string }[] = [];
    const step = Math.max(1, Math.floor(ranges.length / (wanted * 4)));
    for (let i = 0; i < ranges.length && out.length < wanted; i += step) {
      const r = ranges[i]!;
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const text = live.toString();
      if (seen.has(text.toLowerCase())) continue;
      seen.add(text.toLowerCase());
      out.push({ index: i, text });
    }
    return out;
  }, count);
}

/** Scrolls a term into view; its centre point, if nothing else covers it there. */
async function pointOf(world: BenchWorld, index: number): Promise<{ x: number; y: number } | null> {
  return world.run(async (i) => {
    const r = (globalThis as unknown as { __tlRanges: AbstractRange[] }).__tlRanges[i]!;
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    (r.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const box = [...live.getClientRects()].find((b) => b.width > 4 && b.height > 4);
    if (!box) return null;
    const x = box.left + Math.min(box.width / 2, 12);
    const y = box.top + box.height / 2;
    const caret = document.caretPositionFromPoint?.(x, y);
    return caret && live.isPointInRange(caret.offsetNode, caret.offset) ? { x, y } : null;
  }, index);
}

/** Watches, from the page's world, for the tooltip to render in TermLens's open shadow root, then for the next frame. */
async function arm(world: BenchWorld): Promise<void> {
  await world.run(() => {
    const tip: Tip = { t0: null, frame: null, rendered: null, painted: null };
    (globalThis as unknown as { __tlTip: Tip }).__tlTip = tip;
    const stop = new AbortController();
    addEventListener(
      'pointermove',
      (e) => {
        // The event's own time stamp is when the input arrived; the listener time is the fallback.
        const now = performance.now();
        if (tip.t0 !== null) return;
        tip.t0 = e.timeStamp > 0 && e.timeStamp <= now && now - e.timeStamp < 1000 ? e.timeStamp : now;
        // Registered before TermLens's own listener (window capture runs first), so it fires just before it.
        requestAnimationFrame(() => (tip.frame = performance.now()));
      },
      { capture: true, signal: stop.signal },
    );
    const watched = new WeakSet<Node>();
    const mo = new MutationObserver(() => check());
    const check = () => {
      const shadow = document.querySelector('termlens-ui')?.shadowRoot;
      if (!shadow || tip.rendered !== null) return;
      if (!watched.has(shadow)) {
        watched.add(shadow);
        mo.observe(shadow, { childList: true, subtree: true, attributes: true });
      }
      if (tip.t0 === null) return;
      const layer = shadow.querySelector('.layer');
      if (!layer?.matches(':popover-open') || !shadow.querySelector('[role="tooltip"]')) return;
      tip.rendered = performance.now();
      requestAnimationFrame(() => {
        // A message posted from the frame's callbacks is handled once that frame has been rendered.
        const channel = new MessageChannel();
        const painted = () => ((tip.painted = performance.now()), stop.abort(), mo.disconnect());
        channel.port1.addEventListener('message', painted, { once: true });
        channel.port1.start();
        channel.port2.postMessage(null);
      });
    };
    mo.observe(document.documentElement, { childList: true });
    check();
  }, null);
}

/**
 * html-spec has no medical context, so none of its few terms is highlighted.
 * The same page with the demo's article put first has terms to hover, and is
 * still the huge page (layout and hit-testing at full size).
 */
export function hoverPageHtml(specHtml: string, demoHtml: string): string {
  const article = (/<body[^>]*>([\s\S]*)<\/body>/i.exec(demoHtml)?.[1] ?? '').replace(
    /<script[\s\S]*?<\/script>/gi,
    '',
  );
  return specHtml.replace(/<body[^>]*>/i, (tag) => tag + article);
}

/**
 * Hovers `hovers` different terms of the page at `url` (plus one first hover, reported apart) with the
 * reader's default delay. TermLens handles a pointermove in the next animation frame and starts the delay
 * there, so the delay ends at that frame plus the delay: the "after the hover delay" is timed from
 * then. (Timed from the pointermove with no delay, a sample also held the browser's own wait for the frame
 * that delivers the input, and the tick between that frame and a zero-delay timer.)
 */
export async function measureTooltip(s: ExtensionSession, world: BenchWorld, tabId: number, url: string, hovers = 10) {
  const delayMs = DEFAULT_SETTINGS.tooltipDelay;
  await setSettings(s, { tooltipDelay: delayMs });
  const page = s.page;
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await waitForScan(s, world, tabId, 120_000);
  const terms = await pickTerms(world, hovers + 1);
  const samples: HoverSample[] = [];
  const skipped: string[] = [];
  let first: HoverSample | null = null;
  for (const term of terms) {
    await page.mouse.move(2, 2);
    await page.keyboard.press('Escape');
    await sleep(450); // past the hide grace period
    const point = await pointOf(world, term.index);
    if (!point) {
      skipped.push(`${term.text}: no visible, uncovered point`);
      continue;
    }
    await arm(world);
    await page.mouse.move(point.x, point.y);
    let tip: Tip | null = null;
    for (let i = 0; i < 60 && !tip?.painted; i++) {
      await sleep(50);
      tip = await world.eval<Tip>('globalThis.__tlTip');
    }
    if (!tip?.painted || tip.t0 === null || tip.frame === null || tip.rendered === null) {
      skipped.push(`${term.text}: no tooltip within 3 s (${JSON.stringify(tip)})`);
      continue;
    }
    const delayEnds = tip.frame + delayMs;
    const sample = {
      term: term.text,
      frameMs: tip.frame - tip.t0,
      renderedMs: tip.rendered - delayEnds,
      paintedMs: tip.painted - delayEnds,
      fromMoveMs: tip.painted - tip.t0,
    };
    if (first) samples.push(sample);
    else first = sample; // the first hover also creates the shadow root: reported on its own
  }
  await setSettings(s, {});
  return {
    page: new URL(url).pathname.slice(1),
    delayMs,
    first,
    samples,
    medianPaintedMs: median(samples.map((x) => x.paintedMs)),
    medianRenderedMs: median(samples.map((x) => x.renderedMs)),
    skipped,
  };
}

export interface PopupRun {
  shellMs: number | null;
  contentMs: number | null;
  paintedMs: number | null;
  fcpMs: number | null;
}

export interface PopupBench {
  /** The first opening also starts the extension's renderer process: reported on its own. */
  first: PopupRun | null;
  runs: PopupRun[];
  medianPaintedMs: number;
  medianFcpMs: number;
  /** The same openings of the floor page (see popup-floor.ts), interleaved with the popup's. */
  floorRuns: PopupRun[];
  floorMedianPaintedMs: number;
}

/** In the popup (an extension page): when its frame, then its list of the page's terms, first appear and paint. */
const POPUP_PROBE = `(() => {
  if (location.protocol !== 'chrome-extension:' || !['/popup.html', '/${FLOOR_PAGE}'].includes(location.pathname)) return;
  const p = { shellMs: null, contentMs: null, paintedMs: null, fcpMs: null };
  Object.defineProperty(window, '__tlPopup', { value: p });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') p.fcpMs = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const mo = new MutationObserver(() => {
    if (p.shellMs === null && document.querySelector('.tl-popup')) p.shellMs = performance.now();
    if (p.contentMs !== null || !document.querySelector('.tl-popup-page .tl-page-terms:not(.tl-loading)')) return;
    p.contentMs = performance.now();
    mo.disconnect();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { p.paintedMs = performance.now(); };
      ch.port2.postMessage(null);
    });
  });
  mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
})();`;

/** popup.html?tab=<id of a tab showing `url`>, opened `runs` times in a tab of its own, each time after the floor page. */
export async function measurePopup(s: ExtensionSession, world: BenchWorld, tabId: number, url: string, runs = 5) {
  // The bench routes requests to keep pages offline; that sends every request, the popup's own scripts included,
  // through the test driver. A reader's browser has no such detour, and the demo page loads nothing remote.
  await s.context.unrouteAll({ behavior: 'wait' });
  await s.context.addInitScript({ content: POPUP_PROBE });
  await s.page.goto(url, { waitUntil: 'load' });
  await waitForScan(s, world, tabId, 60_000);
  const tab = await s.context.newPage();
  const open = async (file: string): Promise<PopupRun | null> => {
    await tab.goto(`chrome-extension://${s.extensionId}/${file}?tab=${tabId}`, { waitUntil: 'load' });
    let p: PopupRun | null = null;
    for (let k = 0; k < 60 && p?.paintedMs == null; k++) {
      await sleep(50);
      p = await tab.evaluate(() => (globalThis as unknown as { __tlPopup: PopupRun }).__tlPopup);
    }
    return p;
  };
  const out: PopupRun[] = [];
  const floor: PopupRun[] = [];
  let first: PopupRun | null = null;
  for (let i = 0; i < runs + 1; i++) {
    // Interleaved, so that the machine's ups and downs fall on both alike.
    const f = await open(FLOOR_PAGE);
    const p = await open('popup.html');
    if (i === 0) first = p;
    else {
      if (p) out.push(p);
      if (f) floor.push(f);
    }
  }
  await tab.close();
  const num = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
  return {
    first,
    runs: out,
    medianPaintedMs: median(num(out.map((r) => r.paintedMs))),
    medianFcpMs: median(num(out.map((r) => r.fcpMs))),
    floorRuns: floor,
    floorMedianPaintedMs: median(num(floor.map((r) => r.paintedMs))),
  };
}
