import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const ICON_SIZES = [16, 32, 48, 128] as const;
const SOURCE = join(import.meta.dirname, '..', 'components', 'brand-mark.svg');
const OUT_DIR = join(import.meta.dirname, '..', 'node_modules', '.cache', 'termlens-icons');

/** Renders the one source SVG to every PNG size the manifests name; returns them as files for the build to copy. */
export async function renderIcons(): Promise<{ absoluteSrc: string; relativeDest: string }[]> {
  const svg = readFileSync(SOURCE, 'utf8');
  mkdirSync(OUT_DIR, { recursive: true });
  return ICON_SIZES.map((size) => {
    const absoluteSrc = join(OUT_DIR, `${size}.png`);
    writeFileSync(absoluteSrc, new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
    return { absoluteSrc, relativeDest: `icon/${size}.png` };
  });
}
