import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const ICON_SIZES = [16, 32, 48, 128] as const;
const SOURCE = join(import.meta.dirname, '..', 'components', 'brand-mark.svg');
const OUT_DIR = join(import.meta.dirname, '..', 'node_modules', '.cache', 'termlens-icons');

/**
 * The stores' 128 px icon is 96 px of artwork (the mark's 120 px square, cropped
 * from the source's 4 px margin) inside 16 px of transparent
 * padding (Chrome Web Store image guidelines); the small toolbar sizes use the
 * whole square, where every pixel counts.
 */
const STORE_ICON = { size: 128, padding: 16 } as const;

function padded(svg: string, size: number, padding: number): string {
  const inner = size - 2 * padding;
  const body = svg.replace(
    /^<svg[^>]*>/,
    `<svg x="${padding}" y="${padding}" width="${inner}" height="${inner}" viewBox="4 4 120 120">`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${body}</svg>`;
}

/** Renders the one source SVG to every PNG size the manifests name; returns them as files for the build to copy. */
export async function renderIcons(): Promise<{ absoluteSrc: string; relativeDest: string }[]> {
  const svg = readFileSync(SOURCE, 'utf8');
  mkdirSync(OUT_DIR, { recursive: true });
  return ICON_SIZES.map((size) => {
    const absoluteSrc = join(OUT_DIR, `${size}.png`);
    const source = size === STORE_ICON.size ? padded(svg, size, STORE_ICON.padding) : svg;
    writeFileSync(absoluteSrc, new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng());
    return { absoluteSrc, relativeDest: `icon/${size}.png` };
  });
}
