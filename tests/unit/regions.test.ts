import { describe, expect, it } from 'vitest';
import {
  contextRootIndices,
  elementKind,
  isLinkDense,
  paragraphScore,
  pickReadingRoot,
  regionVerdict,
  type ElementFacts,
} from '../../glossary/regions';

const el = (tag: string, more: Partial<ElementFacts> = {}): ElementFacts => ({ tag, ...more });
const prose = { linkChars: 0, textChars: 400 };

describe('what kind of element', () => {
  it.each([
    [el('nav'), 'chrome'],
    [el('header'), 'chrome'],
    [el('footer'), 'chrome'],
    [el('aside'), 'chrome'],
    [el('form'), 'chrome'],
    [el('button'), 'chrome'],
    [el('div', { role: 'navigation' }), 'chrome'],
    [el('div', { role: 'banner' }), 'chrome'],
    [el('div', { role: 'contentinfo' }), 'chrome'],
    [el('div', { role: 'complementary' }), 'chrome'],
    [el('ul', { role: 'menubar' }), 'chrome'],
    [el('div', { role: 'search' }), 'chrome'],
    [el('div', { className: 'site-sidebar' }), 'chrome'],
    [el('div', { id: 'main-menu' }), 'chrome'],
    [el('section', { className: 'related-stories' }), 'chrome'],
    [el('h2'), 'heading'],
    [el('div', { role: 'heading' }), 'heading'],
    [el('main'), 'reading'],
    [el('article'), 'reading'],
    [el('div', { role: 'main' }), 'reading'],
    // Class words speak only for generic containers; "canvas" is not "nav".
    [el('article', { className: 'promo' }), 'reading'],
    [el('div', { className: 'canvas navigator-free' }), 'plain'],
    [el('p'), 'plain'],
    [el('nav', { role: 'presentation' }), 'plain'],
  ] as const)('%o is %s', (facts, kind) => {
    expect(elementKind(facts)).toBe(kind);
  });
});

describe('is a block reading content', () => {
  it.each([
    {
      name: 'a paragraph of an article',
      chain: [el('p'), el('article'), el('main')],
      has: true,
      reading: true,
      why: null,
    },
    {
      name: 'a paragraph outside main/article on a page that has them',
      chain: [el('p'), el('div')],
      has: true,
      reading: false,
      why: 'outside-content',
    },
    { name: 'a menu item', chain: [el('li'), el('ul'), el('nav')], has: true, reading: false, why: 'chrome' },
    {
      name: 'an article teaser in a sidebar',
      chain: [el('p'), el('article'), el('aside')],
      has: true,
      reading: false,
      why: 'chrome',
    },
    { name: 'a heading of the article', chain: [el('h2'), el('article')], has: true, reading: false, why: 'heading' },
    {
      name: 'a paragraph of a page without main/article',
      chain: [el('p'), el('div')],
      has: false,
      reading: true,
      why: null,
    },
  ])('$name: $reading', ({ chain, has, reading, why }) => {
    const v = regionVerdict({ chain, ...prose, pageHasReadingRoot: has });
    expect(v.reading).toBe(reading);
    expect(v.why).toBe(why);
  });

  it('a block or list made mostly of links is not prose', () => {
    const chain = [el('li'), el('ul'), el('article')];
    expect(regionVerdict({ chain, linkChars: 30, textChars: 40, pageHasReadingRoot: true }).why).toBe('link-dense');
    expect(
      regionVerdict({
        chain,
        linkChars: 0,
        textChars: 40,
        listLinkChars: 300,
        listTextChars: 400,
        pageHasReadingRoot: true,
      }).why,
    ).toBe('link-dense');
    expect(regionVerdict({ chain, linkChars: 10, textChars: 200, pageHasReadingRoot: true }).reading).toBe(true);
  });

  it('without main/article, only the container text density picked is read', () => {
    const chain = [el('p'), el('div')];
    expect(regionVerdict({ chain, ...prose, pageHasReadingRoot: false, inDensityRoot: false }).why).toBe(
      'outside-content',
    );
    expect(regionVerdict({ chain, ...prose, pageHasReadingRoot: false, inDensityRoot: true }).reading).toBe(true);
  });

  it.each([
    [0, 0, false],
    [51, 100, true],
    [50, 100, false],
  ])('%i link characters of %i is link-dense: %s', (link, text, dense) => {
    expect(isLinkDense(link, text)).toBe(dense);
  });
});

describe('text density', () => {
  it('scores long prose, not short lines or link lists', () => {
    expect(paragraphScore({ textChars: 60, linkChars: 0 })).toBe(0);
    expect(paragraphScore({ textChars: 300, linkChars: 200 })).toBe(0);
    expect(paragraphScore({ textChars: 300, linkChars: 30 })).toBeGreaterThan(250);
  });

  it('picks the container with the most prose, and none on a page with too little', () => {
    expect(
      pickReadingRoot(
        new Map([
          ['sidebar', 150],
          ['story', 2400],
          ['footer', 90],
        ]),
      ),
    ).toBe('story');
    expect(
      pickReadingRoot(
        new Map([
          ['a', 120],
          ['b', 90],
        ]),
      ),
    ).toBeNull();
  });
});

describe('context regions', () => {
  it.each([
    {
      name: 'a story on a front page: its article, not the main around all stories',
      chain: [el('p'), el('article'), el('main')],
      out: [1],
    },
    {
      name: 'a section of an article: the section and its article',
      chain: [el('p'), el('section'), el('article'), el('main')],
      out: [1, 2],
    },
    { name: 'a section in main: the section only', chain: [el('p'), el('section'), el('main')], out: [1] },
    { name: 'text straight in main', chain: [el('p'), el('main')], out: [1] },
  ])('$name', ({ chain, out }) => {
    expect(contextRootIndices(chain, () => false)).toEqual(out);
  });

  it('without sections: the nearest container holding a window of text, else the page', () => {
    const chain = [el('p'), el('div'), el('div'), el('div')];
    const lengths = (list: number[]) => (i: number, chars: number) => list[i]! >= chars;
    expect(contextRootIndices(chain, lengths([200, 300, 900, 5000]))).toEqual([2]);
    expect(contextRootIndices(chain, lengths([200, 300, 400, 500]))).toEqual([]);
  });
});
