/**
 * Colour arithmetic for marks that stay readable on any page: which ink an
 * underline needs on the background it sits on, and whether a page looks
 * light or dark. WCAG 2 relative luminance and contrast ratio. Pure: CSS
 * colour strings in.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses the computed-style forms "rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)" and "rgb(1 2 3 / 50%)"; null for others. */
export function parseRgb(css: string): Rgba | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+)(%?)\s*)?\)$/i.exec(css.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: Math.max(0, Math.min(1, alpha)) };
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

function luminance({ r, g, b }: Pick<Rgba, 'r' | 'g' | 'b'>): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Pick<Rgba, 'r' | 'g' | 'b'>, b: Pick<Rgba, 'r' | 'g' | 'b'>): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The ink of marks on light backgrounds (highlight.css termlens-*), and on dark ones (termlens-*-dark). */
export const INK_ON_LIGHT: Rgba = { r: 15, g: 95, b: 115, a: 1 };
export const INK_ON_DARK: Rgba = { r: 127, g: 211, b: 227, a: 1 };

/** Does a background need the light ink? The ink with the higher contrast wins. */
export function isDarkBackground(bg: Pick<Rgba, 'r' | 'g' | 'b'>): boolean {
  return contrast(INK_ON_DARK, bg) > contrast(INK_ON_LIGHT, bg);
}

/** Lays a translucent colour over an opaque one, as the browser paints them. */
function over(top: Rgba, under: Rgba): Rgba {
  const a = top.a;
  return { r: top.r * a + under.r * (1 - a), g: top.g * a + under.g * (1 - a), b: top.b * a + under.b * (1 - a), a: 1 };
}

/**
 * The background a reader sees behind an element, from the computed
 * background colours of the element and its ancestors, innermost first,
 * painted over the canvas colour.
 */
export function effectiveBackground(layers: readonly string[], canvas: Rgba = { r: 255, g: 255, b: 255, a: 1 }): Rgba {
  let result = canvas;
  for (let i = layers.length - 1; i >= 0; i--) {
    const c = parseRgb(layers[i]!);
    if (c && c.a > 0) result = over(c, result);
  }
  return result;
}
