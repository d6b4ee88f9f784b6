import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const SOURCE = join(import.meta.dirname, 'icon.svg');

/** Renders the one source SVG to every PNG size the manifests name. */
export async function renderIcons(): Promise<{ relativeDest: string; contents: Buffer }[]> {
  const svg = readFileSync(SOURCE, 'utf8');
  return ICON_SIZES.map((size) => ({
    relativeDest: `icon/${size}.png`,
    contents: Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()),
  }));
}
