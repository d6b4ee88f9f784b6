import { describe, expect, it } from 'vitest';
import {
  contrast,
  effectiveBackground,
  INK_ON_DARK,
  INK_ON_LIGHT,
  isDarkBackground,
  parseRgb,
} from '../../glossary/contrast';

const rgb = (r: number, g: number, b: number) => ({ r, g, b, a: 1 });

describe('marks that stay readable', () => {
  it.each([
    ['white', rgb(255, 255, 255), false],
    ['newsprint', rgb(245, 242, 232), false],
    ['a dark page', rgb(18, 18, 18), true],
    ['a navy band', rgb(20, 33, 61), true],
    ['a mid grey', rgb(119, 119, 119), true],
  ])('%s takes the %s ink', (_, bg, dark) => {
    expect(isDarkBackground(bg)).toBe(dark);
  });

  it.each([rgb(255, 255, 255), rgb(240, 240, 240), rgb(18, 18, 18), rgb(0, 0, 0), rgb(40, 44, 52), rgb(200, 200, 200)])(
    'the chosen ink has at least 3:1 against %o',
    (bg) => {
      const ink = isDarkBackground(bg) ? INK_ON_DARK : INK_ON_LIGHT;
      expect(contrast(ink, bg)).toBeGreaterThanOrEqual(3);
    },
  );

  it('reads computed colours and paints translucent layers over the canvas', () => {
    expect(parseRgb('rgb(18, 18, 18)')).toEqual({ r: 18, g: 18, b: 18, a: 1 });
    expect(parseRgb('rgba(0, 0, 0, 0)')?.a).toBe(0);
    expect(parseRgb('rgb(1 2 3 / 50%)')?.a).toBe(0.5);
    expect(parseRgb('transparent')).toBeNull();
    expect(effectiveBackground(['rgba(0, 0, 0, 0)', 'rgb(18, 18, 18)'])).toEqual(rgb(18, 18, 18));
    expect(effectiveBackground(['rgba(0, 0, 0, 0)'])).toEqual(rgb(255, 255, 255));
    expect(isDarkBackground(effectiveBackground(['rgba(0, 0, 0, 0.9)']))).toBe(true);
  });
});
