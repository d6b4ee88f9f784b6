import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
