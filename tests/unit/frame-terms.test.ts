import { describe, expect, it, vi } from 'vitest';
import { badgeFor, mergeFrameTerms, readTabFrames, type TabFrames } from '../../lib/frame-terms';

const t = (id: string, count = 1) => ({ id, headword: id.replace(/-/g, ' '), count });

const frames: TabFrames = {
  0: { on: true, since: 1000, terms: [t('ketamine', 2)] },
  3: { on: true, since: 1200, terms: [t('ketamine', 1), t('chronic-pain', 1)] },
  7: { on: true, since: 1300, terms: [t('migraine', 4)] },
  // A frame of the page the tab showed before: it started before the current top document.
  2: { on: true, since: 500, terms: [t('psilocybin', 9)] },
  // A frame on a site switched off.
  9: { on: false, since: 1400, terms: [t('opioid', 1)] },
};

describe('terms of a tab and its frames', () => {
  it('merges the frames of the current page: counts add up and each term lists its frames, top first', () => {
    const merged = mergeFrameTerms([t('ketamine', 2)], frames, 1000);
    expect(merged).toEqual([
      { ...t('migraine', 4), frames: [7] },
      { ...t('ketamine', 3), frames: [0, 3] },
      { ...t('chronic-pain', 1), frames: [3] },
    ]);
  });

  it('orders terms found as often alphabetically, ignoring case, without loading collation data', () => {
    // localeCompare's first call in a popup loads the locale's collation data: glossary/alphabetical.ts.
    const collate = vi.spyOn(String.prototype, 'localeCompare');
    const top = [
      { id: 'zeta', headword: 'zeta', count: 1 },
      { id: 'ssri', headword: 'SSRI', count: 1 },
      { id: 'nmda', headword: 'NMDA receptor', count: 2 },
      { id: 'alpha', headword: 'alpha', count: 1 },
    ];
    const merged = mergeFrameTerms(top, {}, 1000);
    expect(merged.map((x) => x.headword)).toEqual(['NMDA receptor', 'alpha', 'SSRI', 'zeta']);
    expect(collate).not.toHaveBeenCalled();
    collate.mockRestore();
  });

  it('the badge counts distinct terms across the current frames, and shows off when the page is off', () => {
    expect(badgeFor(frames)).toEqual({ on: true, terms: 3 });
    expect(badgeFor({ ...frames, 0: { on: false, since: 1000, terms: [] } })).toEqual({ on: false, terms: 0 });
    // Only a frame has reported so far (the top page is still scanning): its terms count already.
    expect(badgeFor({ 7: frames['7']! })).toEqual({ on: true, terms: 1 });
    expect(badgeFor({})).toEqual({ on: true, terms: 0 });
  });

  it('reads stored frames strictly: malformed frames and terms are dropped, the rest kept', () => {
    expect(
      readTabFrames({
        0: { on: true, since: 1, terms: [t('ketamine'), { id: '<b>', headword: 'x', count: 1 }, 'junk'] },
        x: { on: true, since: 1, terms: [] },
        5: { on: 'yes', since: 1, terms: [] },
        6: 'nothing',
      }),
    ).toEqual({ 0: { on: true, since: 1, terms: [t('ketamine')] } });
    expect(readTabFrames(null)).toEqual({});
    expect(readTabFrames([1, 2])).toEqual({});
  });
});
