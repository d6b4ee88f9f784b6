import { buildSync } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packMatcherData } from '../../glossary/matcher';
import { pageEntry } from '../../glossary/compact-entry';
import { loadGlossaryFromDisk } from '../glossary-build';

/**
 * The second floor of the page bench: an extension that finds and marks the
 * bundled glossary's terms in one synchronous pass (bench/finder-script.ts),
 * with the same matcher and the same rules for what is prose as TermLens.
 * Beside the first floor (one walk over text) it shows what finding terms
 * costs at the least, and so how much of TermLens's cost is the rest: its
 * settings, its page model, its slicing and its watching of the page.
 */

export const FINDER_DONE = 'bench-finder-done';

/** Writes the finder extension into `dir`: the same matches, frames and run time as TermLens's content script. */
export function writeFinderExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const entries = loadGlossaryFromDisk().map(pageEntry);
  const data = { packed: packMatcherData(entries), entries: entries.map(({ id, forms }) => ({ id, forms })) };
  // Loaded the way TermLens's build loads its glossary: JSON.parse of one quoted string (scripts/glossary-build.ts).
  const banner = `const FINDER_DATA = JSON.parse(${JSON.stringify(JSON.stringify(data))});\nconst FINDER_DONE = ${JSON.stringify(FINDER_DONE)};`;
  const built = buildSync({
    entryPoints: [join(import.meta.dirname, 'finder-script.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    banner: { js: banner },
    write: false,
  });
  writeFileSync(join(dir, 'content.js'), built.outputFiles[0]!.text);
  const manifest = {
    manifest_version: 3,
    name: 'Bench finder floor',
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
  return dir;
}
