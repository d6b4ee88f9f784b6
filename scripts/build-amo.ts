/**
 * `npm run build:amo`: the Firefox package exactly as submitted to
 * addons.mozilla.org, reproducible by a reviewer from the sources zip
 * (`npm ci && npm run build:amo`). WXT's own zip stamps each file with the
 * time of zipping, so two builds of the same sources differ; here the files
 * go in sorted, with one fixed date, so the same sources give the same bytes.
 * Prints the package's path and SHA-256.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import JSZip from 'jszip';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = join(ROOT, '.output', 'firefox-mv3');
// A fixed date for every entry (zip stores local DOS time: read as UTC here).
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

process.env.TZ = 'UTC';
const built = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const zip = new JSZip();
for (const file of filesUnder(BUILD))
  zip.file(file, readFileSync(join(BUILD, file)), { date: FIXED_DATE, createFolders: false });
const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const out = join(ROOT, '.output', `termlens-${version}-firefox-amo.zip`);
writeFileSync(out, bytes);
console.log(`\n${relative(ROOT, out)}\nSHA-256 ${createHash('sha256').update(bytes).digest('hex')}`);
