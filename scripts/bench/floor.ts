import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the page bench compares TermLens with. The floor: a minimal MV3
 * extension whose content script, at document_idle, walks every text node of
 * the page once and reads it, the least any term finder must do. It then
 * registers an empty highlight, which the bench sees from the page (the
 * registry is shared by every world) as "done"; it never touches the DOM.
 *
 * It walks in slices, as TermLens does (entrypoints/content/slicer.ts: 8 ms,
 * the clock read every 16 nodes, a posted message between slices), because a
 * finder that meets the stretch target must: its longest stretch is then what
 * reading the page's nodes alone costs in one task, the browser's pauses
 * included (a content script's world makes a wrapper per node, and collecting
 * them pauses the page's thread), against which TermLens's stretch is read.
 */

export const FLOOR_DONE = 'bench-floor-done';

const FLOOR_SCRIPT = `(() => {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  const channel = new MessageChannel();
  let chars = 0;
  const slice = () => {
    const start = performance.now();
    let steps = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      chars += n.data.length;
      if ((++steps & 15) === 0 && performance.now() - start >= 8) return channel.port2.postMessage(null);
    }
    channel.port1.close();
    if (window === window.top) CSS.highlights.set(${JSON.stringify(FLOOR_DONE)}, new Highlight());
    globalThis.__floorChars = chars;
  };
  channel.port1.onmessage = slice;
  slice();
})();
`;

/** Writes the floor extension into `dir`. */
export function writeFloorExtension(dir: string): string {
  return writeContentScriptExtension(dir, 'Bench floor', FLOOR_SCRIPT);
}

/**
 * An extension of one content script, with the same matches, frames and run time as TermLens's: the floors of
 * the page bench (this one and bench/finder-floor.ts).
 */
export function writeContentScriptExtension(dir: string, name: string, script: string): string {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name,
    version: '1.0.0',
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_idle',
        js: ['content.js'],
      },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content.js'), script);
  return dir;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A long medical page: the articles in `articlesDir` (plain text, one
 * paragraph per line), as headings and paragraphs, repeated until the page
 * reaches `minBytes`. Written to `outDir` (a temporary folder: the text is
 * not ours to commit); null when there are no articles.
 */
export function writeMedicalPage(articlesDir: string, outDir: string, minBytes = 500_000): string | null {
  if (!existsSync(articlesDir)) return null;
  const files = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (!files.length) return null;
  const articles = files.map((f) => {
    const [title = f, ...rest] = readFileSync(join(articlesDir, f), 'utf8')
      .split(/\n+/)
      .map((l) => l.trim())
      .filter(Boolean);
    return `<article><h2>${escapeHtml(title)}</h2>\n${rest.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article>\n`;
  });
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ketamine articles</title></head><body>\n';
  let body = '';
  let copies = 0;
  while (head.length + body.length < minBytes) {
    body += articles.join('');
    copies++;
  }
  const file = 'medical-articles.html';
  writeFileSync(join(outDir, file), `${head}<main>\n${body}</main></body></html>\n`);
  console.error(`[bench] medical page: ${files.length} articles × ${copies}`);
  return file;
}
