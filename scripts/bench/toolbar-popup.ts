import { chromium, type Browser, type Page } from '@playwright/test';
import { cdpPageAt, readDevToolsPort } from '../lib/browser-env';
import { sleep, type ExtensionSession } from './pages';
import { BLANK_PAGE, FLOOR_PAGE, SNAPSHOT_PAGE } from './popup-floor';

/**
 * The popup as a reader opens it: the real toolbar popup over the demo tab
 * (chrome.action.openPopup, the toolbar button's own path), reached over
 * CDP, which Playwright does not list popups on. Chrome shows a popup at its
 * load event; what the reader waits for is the frame that puts the page's
 * terms on screen, which Chromium's Element Timing records for the first row
 * (`elementtiming` in components/PageTerms.tsx) with the frame's presentation
 * time. The floor page, a blank page and the popup's script-free snapshot are
 * opened the same way, in turn.
 */

export interface ToolbarPopupRun {
  /** Navigation start → load event end: when Chrome shows the popup. */
  loadMs: number | null;
  /** → first contentful paint, as presented. */
  fcpMs: number | null;
  /** → the first row of the page's terms presented on screen. */
  termsMs: number | null;
}

export interface ToolbarPopupBench {
  /** The popup's address for the tab, as the background set it (popup.html?tab=<id>). */
  address: string;
  runs: ToolbarPopupRun[];
  floorRuns: ToolbarPopupRun[];
  /** A static page with no script (its one line of text stands for the terms). */
  blankRuns: ToolbarPopupRun[];
  /** The popup's own first frame as a static page, scripts removed (bench/popup-floor.ts, writePopupSnapshot). */
  snapshotRuns: ToolbarPopupRun[];
}

interface ChromeAction {
  getPopup(d: { tabId: number }): Promise<string>;
  setPopup(d: { tabId: number; popup: string }): Promise<void>;
  openPopup(): Promise<void>;
}
declare const chrome: { action: ChromeAction };

/** What the popup page's own performance timeline says, read after it has settled. */
function readTimings(popup: Page): Promise<ToolbarPopupRun> {
  return popup.evaluate(async () => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    // Element Timing entries are only handed to observers (buffered), not to getEntriesByType.
    const terms = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), 500);
      new PerformanceObserver((list, observer) => {
        const hit = list.getEntries().find((e) => (e as PerformanceEntry & { identifier?: string }).identifier);
        if (!hit) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve((hit as PerformanceEntry & { renderTime: number }).renderTime || hit.startTime);
      }).observe({ type: 'element', buffered: true });
    });
    return { loadMs: nav?.loadEventEnd || null, fcpMs: fcp?.startTime ?? null, termsMs: terms };
  });
}

async function findPopup(port: number, url: string): Promise<{ cdp: Browser; popup: Page } | null> {
  // A CDP connection sees the popups open when it connects, so each opening gets its own.
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  for (let i = 0; i < 50; i++) {
    const popup = cdpPageAt(cdp, url);
    if (popup) return { cdp, popup };
    await sleep(100);
  }
  await cdp.close();
  return null;
}

/** `runs` openings of the toolbar popup over the tab `tabId` (showing the demo page), each after one of the floor page. */
export async function measureToolbarPopup(
  s: ExtensionSession,
  profile: string,
  tabId: number,
  runs: number,
): Promise<ToolbarPopupBench> {
  const port = readDevToolsPort(profile);
  if (!port) throw new Error('no DevToolsActivePort: the bench browser needs --remote-debugging-port=0');
  const worker = await s.worker();
  const address = await worker.evaluate((id) => chrome.action.getPopup({ tabId: id }), tabId);
  const base = `chrome-extension://${s.extensionId}/`;
  const open = async (path: string): Promise<ToolbarPopupRun | null> => {
    await s.page.bringToFront();
    await worker.evaluate(
      async ([id, popup]) => {
        await chrome.action.setPopup({ tabId: id, popup });
        await chrome.action.openPopup();
      },
      [tabId, path] as const,
    );
    // Reached only once it has settled: a debugger attaching while the popup loads would slow its frames.
    await sleep(800);
    const found = await findPopup(port, base + path);
    if (!found) return null;
    try {
      await found.popup.waitForLoadState('load');
      return await readTimings(found.popup);
    } finally {
      await found.popup.close();
      await found.cdp.close();
      await sleep(150);
    }
  };
  const ours = address.slice(base.length) || `popup.html?tab=${tabId}`;
  const out: ToolbarPopupRun[] = [];
  const floor: ToolbarPopupRun[] = [];
  const blank: ToolbarPopupRun[] = [];
  const snapshot: ToolbarPopupRun[] = [];
  try {
    // The first round warms the popup's code cache and is left out.
    for (let i = 0; i < runs + 1; i++) {
      const b = await open(BLANK_PAGE);
      const f = await open(`${FLOOR_PAGE}?tab=${tabId}`);
      const sn = await open(SNAPSHOT_PAGE);
      const p = await open(ours);
      if (i === 0) continue;
      if (b) blank.push(b);
      if (sn) snapshot.push(sn);
      if (f) floor.push(f);
      if (p) out.push(p);
    }
  } finally {
    await worker.evaluate(([id, popup]) => chrome.action.setPopup({ tabId: id, popup }), [tabId, ours] as const);
  }
  return { address: ours, runs: out, floorRuns: floor, blankRuns: blank, snapshotRuns: snapshot };
}
