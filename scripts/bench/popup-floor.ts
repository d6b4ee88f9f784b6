import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtensionSession } from './pages';

/** The floor page's file name inside the bench's copy of the build. */
export const FLOOR_PAGE = 'bench-floor.html';
/** A static page of the popup's size with one line of text and no script: what any popup costs the browser to show. */
export const BLANK_PAGE = 'bench-blank.html';
const BLANK_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>blank</title>
<style>html,body{width:380px;height:560px;margin:0}</style></head><body><p elementtiming="tl-page-terms">TermLens</p></body></html>`;

/**
 * What any popup must pay on this machine before it can show a page's
 * terms: an extension page that only asks the tab and writes the answer as
 * a bare list (no framework, no styles, one tiny script), marked up so the
 * popup probe times it the same way. Set beside the popup's figure, it
 * shows how much of the popup's time is TermLens's own.
 */
const FLOOR_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>floor</title>
<script type="module" src="/bench-floor.js"></script></head><body><div id="app"></div></body></html>`;
const FLOOR_JS = `const tab = Number(new URLSearchParams(location.search).get('tab'));
chrome.tabs.sendMessage(tab, { type: 'get-page-state' }, { frameId: 0 }).then((state) => {
  const list = document.createElement('ul');
  list.className = 'tl-page-terms';
  for (const t of state.terms) list.append(Object.assign(document.createElement('li'), { textContent: t.headword + ' ' + t.count }));
  list.firstElementChild?.setAttribute('elementtiming', 'tl-page-terms'); // timed as the popup's first row is
  const section = Object.assign(document.createElement('section'), { className: 'tl-popup-page' });
  section.append(list);
  const frame = Object.assign(document.createElement('div'), { className: 'tl-popup' });
  frame.append(section);
  document.getElementById('app').append(frame);
});
`;

/** A copy of the build with the floor and blank pages added; the build itself is left as shipped. */
export function buildWithPopupFloor(buildDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'termlens-bench-ext-'));
  cpSync(buildDir, dir, { recursive: true });
  writeFileSync(join(dir, FLOOR_PAGE), FLOOR_HTML);
  writeFileSync(join(dir, 'bench-floor.js'), FLOOR_JS);
  writeFileSync(join(dir, BLANK_PAGE), BLANK_HTML);
  return dir;
}

/** A script-free copy of the popup as first painted over the demo tab (see writePopupSnapshot). */
export const SNAPSHOT_PAGE = 'bench-snapshot.html';

/** In the popup opened for the snapshot: its document, cloned just before the first frame that holds the page's terms. */
const SNAPSHOT_PROBE = `(() => {
  if (!location.search.includes('bench-snapshot')) return;
  const mo = new MutationObserver(() => {
    if (!document.querySelector('.tl-page-term')) return;
    mo.disconnect();
    requestAnimationFrame(() => {
      const doc = document.documentElement.cloneNode(true);
      doc.querySelectorAll('script, link[rel=modulepreload]').forEach((e) => e.remove());
      window.__tlSnapshot = '<!doctype html>' + doc.outerHTML;
    });
  });
  mo.observe(document, { childList: true, subtree: true });
})();`;

/**
 * The popup itself without its code: its document as it is first painted
 * with the page's terms (the rows drawn before the first paint, the styles
 * inline), saved with every script removed as a static page in the bench's
 * copy of the build. Opened like the popup, it shows what the browser alone
 * needs to show this frame, styles, layout and paint: the part of the popup's
 * time that no change to its code can remove.
 */
export async function writePopupSnapshot(s: ExtensionSession, dir: string, tabId: number): Promise<void> {
  const tab = await s.context.newPage();
  try {
    await tab.addInitScript({ content: SNAPSHOT_PROBE });
    await tab.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}&bench-snapshot`);
    const html = await tab.waitForFunction(() => (window as unknown as { __tlSnapshot?: string }).__tlSnapshot);
    writeFileSync(join(dir, SNAPSHOT_PAGE), (await html.jsonValue()) as string);
  } finally {
    await tab.close();
  }
}
