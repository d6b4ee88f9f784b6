import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { packMatcherData } from '../../glossary/matcher';
import { pageEntry } from '../../glossary/compact-entry';
import { loadGlossaryFromDisk } from '../glossary-build';
import { writeContentScriptExtension } from './floor';

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
  return writeContentScriptExtension(dir, 'Bench finder floor', built.outputFiles[0]!.text);
}
