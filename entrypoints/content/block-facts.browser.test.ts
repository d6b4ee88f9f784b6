import { afterEach, describe, expect, test, vi } from 'vitest';
import { mount } from '../../tests/dom/dom-fixtures';
import { BlockFacts } from './block-facts';
import { Slicer } from './slicer';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('style');
});

const PROSE =
  'Ketamine is an anaesthetic that doctors also use, under supervision, for depression that other medicines did not help.';
const byId = (id: string) => document.getElementById(id)!;

describe('where a block stands on a real page', () => {
  test('the article is read; menus, sidebars, footers, headings and link lists are not', () => {
    mount(`
      <nav><ul><li id="menu">Depression</li></ul></nav>
      <main><article>
        <h2 id="head">What ketamine does</h2>
        <p id="prose">${PROSE}</p>
        <p>${PROSE}</p>
        <ul><li id="links"><a href="/a">Ketamine</a> · <a href="/b">Migraine</a></li></ul>
      </article></main>
      <aside><p id="teaser">${PROSE}</p></aside>
      <div id="outside"><p id="loose">${PROSE}</p></div>
      <footer><p id="foot">Depression hotline</p></footer>`);
    const facts = new BlockFacts(document);
    const reading = (id: string) => facts.place(byId(id)).reading;
    expect(['menu', 'head', 'prose', 'links', 'teaser', 'loose', 'foot'].map(reading)).toEqual([
      false,
      false,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(facts.place(byId('head')).heading).toBe(true);
  });

  test('without main or article, the container with the most prose is the reading content', () => {
    mount(`
      <div id="menu-box"><p id="short">Depression · Anxiety · Ketamine</p></div>
      <div id="story"><p id="a">${PROSE}</p><p id="b">${PROSE}</p><p id="c">${PROSE}</p><p id="d">${PROSE}</p></div>`);
    const facts = new BlockFacts(document);
    expect(facts.place(byId('a')).reading).toBe(true);
    expect(facts.place(byId('short')).reading).toBe(false);
  });

  test('worked out ahead in slices, the reading content is the same as worked out at the first term', async () => {
    const menu = Array.from({ length: 40 }, (_, i) => `<p id="m${i}"><a href="/${i}">Ketamine news ${i}</a></p>`);
    const story = Array.from({ length: 60 }, (_, i) => `<p id="s${i}">${PROSE}</p>`);
    mount(`<div>${menu.join('')}</div><div>${story.join('')}</div>`);
    const ids = ['m0', 'm39', 's0', 's59'];
    const atOnce = new BlockFacts(document);
    const expected = ids.map((id) => atOnce.place(byId(id)).reading);

    const slicer = new Slicer(new AbortController().signal);
    let yields = 0;
    slicer.due = () => true; // every check ends a slice
    slicer.yield = async () => (yields++, true);
    const ahead = new BlockFacts(document);
    await expect(ahead.prepare(slicer)).resolves.toBe(true);
    expect(yields).toBeGreaterThan(1);
    expect(ids.map((id) => ahead.place(byId(id)).reading)).toEqual(expected);
    expect(expected).toEqual([false, false, true, true]);
  });

  test('worked out ahead, no two reads of the whole document fall in one slice', async () => {
    mount(`<div><p id="a">${PROSE}</p><p id="b">${PROSE}</p></div>`);
    const steps: string[] = [];
    const query = document.querySelectorAll.bind(document);
    const spied = vi.spyOn(document, 'querySelectorAll').mockImplementation((selectors: string) => {
      steps.push('query');
      return query(selectors);
    });
    const slicer = new Slicer(new AbortController().signal);
    slicer.due = () => true;
    slicer.yield = async () => (steps.push('yield'), true);
    try {
      await expect(new BlockFacts(document).prepare(slicer)).resolves.toBe(true);
    } finally {
      spied.mockRestore();
    }
    expect(steps.filter((s) => s === 'query').length).toBeGreaterThan(1);
    expect(steps.join(' ')).not.toContain('query query');
  });

  test('a block that holds a whole page of text is a menu or not by the links in it', () => {
    // Each over 30,000 characters, more than the share is read from (block-facts.ts LINK_SHARE_SAMPLE).
    const link = (i: number) => `<a href="/${i}">Ketamine clinic news and reviews, item number ${i}</a> `;
    const prose = Array.from({ length: 300 }, (_, i) => `<p>${PROSE}</p>${i % 10 ? '' : link(i)}`).join('');
    const links = Array.from({ length: 600 }, (_, i) => (i % 10 ? link(i) : `<p>${PROSE}</p>`)).join('');
    mount(`<main><div id="story">Ketamine, in brief ${prose}</div><div id="farm">Ketamine links ${links}</div></main>`);
    const facts = new BlockFacts(document);
    expect(byId('story').textContent!.length).toBeGreaterThan(30_000);
    expect(byId('farm').textContent!.length).toBeGreaterThan(30_000);
    expect(facts.place(byId('story')).reading).toBe(true);
    expect(facts.place(byId('farm')).reading).toBe(false);
  });

  test('a section runs from one heading to the next; each story of a front page is its own region', () => {
    mount(`
      <main>
        <article id="one"><h2 id="h1">One</h2><p id="p1">${PROSE}</p><p id="p2">${PROSE}</p><h2 id="h2">Two</h2><p id="p3">${PROSE}</p></article>
        <article id="two"><p id="p4">${PROSE}</p></article>
      </main>`);
    const facts = new BlockFacts(document);
    expect(facts.place(byId('p1')).section).toBe(byId('h1'));
    expect(facts.place(byId('p2')).section).toBe(byId('h1'));
    expect(facts.place(byId('p3')).section).toBe(byId('h2'));
    expect(facts.place(byId('p1')).regions).toEqual([byId('one')]);
    expect(facts.place(byId('p4')).regions).toEqual([byId('two')]);
  });

  test('a block follows the same heading whichever order the blocks are asked about in', () => {
    mount(`
      <main>
        <h1 id="top">Top</h1><p id="a">${PROSE}</p>
        <div><p id="b">${PROSE}</p><div><h3 id="inner">Inner</h3></div><p id="c">${PROSE}</p></div>
        <div><div><p id="d">${PROSE}</p></div><p id="e">${PROSE}</p></div>
        <h2 id="next">Next</h2>
        <div><p id="f">${PROSE}</p><p id="g">${PROSE}</p></div>
      </main>`);
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const sections = (order: string[]) => {
      const facts = new BlockFacts(document);
      const found = new Map(order.map((id) => [id, facts.place(byId(id)).section]));
      return ids.map((id) => (found.get(id) as Element).id);
    };
    const expected = ['top', 'top', 'inner', 'inner', 'inner', 'next', 'next'];
    expect(sections(ids)).toEqual(expected);
    expect(sections([...ids].reverse())).toEqual(expected);
    expect(sections(['e', 'a', 'g', 'c', 'f', 'b', 'd'])).toEqual(expected);
  });

  test('the nearest lang decides; an undeclared German quote in an English page is not English', () => {
    document.documentElement.lang = 'en';
    mount(`<p id="en">${PROSE}</p><p id="de-declared" lang="de">Integration</p>
      <p id="de-plain">Die Integration von Geflüchteten ist eine Aufgabe, die nicht nur den Staat betrifft.</p>`);
    const facts = new BlockFacts(document);
    const lang = (id: string) => facts.language(facts.place(byId(id)), byId(id).textContent!);
    expect([lang('en'), lang('de-declared'), lang('de-plain')]).toEqual(['en', 'other', 'other']);
  });

  test('text on a dark background takes the light ink; on a light one the dark ink', () => {
    mount(`<div id="dark" style="background:#121212;color:#eee"><p id="on-dark">${PROSE}</p></div>
      <div style="background:rgb(250 248 240)"><p id="on-light">${PROSE}</p></div>`);
    const facts = new BlockFacts(document);
    expect(facts.isDark(byId('on-dark').firstChild!)).toBe(true);
    expect(facts.isDark(byId('on-light').firstChild!)).toBe(false);
  });
});
