import { afterEach, describe, expect, test } from 'vitest';
import { mount } from '../../tests/dom/dom-fixtures';
import { walkText, type Segment, type WalkOptions } from './scan';
import { Slicer } from './slicer';

/** What a walk hands over: each segment, and every open shadow root it met. */
async function walk(root: Node, extra: Partial<WalkOptions> = {}) {
  const segments: Segment[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const finished = await walkText(root, {
    slicer: new Slicer(new AbortController().signal),
    onSegment: (s) => {
      segments.push(s);
    },
    onShadowRoot: (r) => shadowRoots.push(r),
    ...extra,
  });
  return { finished, segments, texts: segments.map((s) => s.text), shadowRoots };
}

afterEach(() => {
  document.body.replaceChildren();
  document.designMode = 'off';
});

describe('what is read as one line of prose', () => {
  test('each paragraph, list item and cell is its own segment', async () => {
    const root = mount(
      '<p>Ketamine is an anesthetic.</p><ul><li>first item</li><li>second item</li></ul>' +
        '<table><tr><td>cell one</td><td>cell two</td></tr></table>',
    );
    const { texts } = await walk(root);
    expect(texts).toEqual(['Ketamine is an anesthetic.', 'first item', 'second item', 'cell one', 'cell two']);
  });

  test('a term may run across inline elements but not across blocks or line breaks', async () => {
    const root = mount(
      '<p><b>NMDA</b> <a href="#">receptor</a> <em>blocker</em></p><div>NMDA</div><div>receptor</div>',
    );
    const { texts, segments } = await walk(root);
    expect(texts).toEqual(['NMDA receptor blocker', 'NMDA', 'receptor']);
    expect(segments[0]!.block).toBe(root.querySelector('p'));
    const { texts: broken } = await walk(mount('<p>NMDA<br>receptor</p>'));
    expect(broken).toEqual(['NMDA', 'receptor']);
  });

  test('text around a nested block is split into the text before and after it', async () => {
    const root = mount('<div>before the list<ul><li>inside</li></ul>after the list</div>');
    const { texts, segments } = await walk(root);
    expect(texts).toEqual(['before the list', 'inside', 'after the list']);
    expect(segments[0]!.block).toBe(root.firstElementChild);
    expect(segments[1]!.block).toBe(root.querySelector('li'));
  });

  test("each node's start is the offset of its first character in the segment text", async () => {
    const root = mount('<p>one <i>two</i> three</p>');
    const [segment] = (await walk(root)).segments;
    expect(segment!.nodes.map((n) => n.data)).toEqual(['one ', 'two', ' three']);
    expect(segment!.starts).toEqual([0, 4, 7]);
    segment!.nodes.forEach((node, i) => {
      expect(segment!.text.slice(segment!.starts[i], segment!.starts[i]! + node.data.length)).toBe(node.data);
    });
  });

  test('text with no letter or digit is not a segment', async () => {
    const { texts } = await walk(mount('<p> — </p><p>   </p><p>·•·</p><p>42</p>'));
    expect(texts).toEqual(['42']);
  });
});

describe('what is never read', () => {
  test.each([
    ['a script', '<script type="text/plain">ketamine script</script>'],
    ['a style sheet', '<style>/* ketamine style */</style>'],
    ['a text field', '<textarea>ketamine typed</textarea>'],
    ['a select list', '<select><option>ketamine option</option></select>'],
    ['a button', '<button>ketamine button</button>'],
    ['code', '<pre><code>ketamine code</code></pre>'],
    ['keyboard input', '<p><kbd>ketamine keys</kbd></p>'],
    ['a template', '<template><p>ketamine template</p></template>'],
    ['an SVG drawing', '<svg><text>ketamine drawing</text></svg>'],
    ['a hidden element', '<div hidden><p>ketamine hidden</p></div>'],
    ['an editable region', '<div contenteditable="true"><p>ketamine editable</p></div>'],
    ['an editable region (empty attribute)', '<div contenteditable><p>ketamine editable</p></div>'],
    ['an editable region (plain text only)', '<div contenteditable="plaintext-only">ketamine editable</div>'],
    ["TermLens's own tooltip host", '<termlens-ui>ketamine tooltip</termlens-ui>'],
  ])('%s', async (_, html) => {
    const root = mount(`<p>visible prose</p>${html}<p>more prose</p>`);
    const { texts } = await walk(root);
    expect(texts).toEqual(['visible prose', 'more prose']);
  });

  test('a region marked not editable inside the page is read', async () => {
    const { texts } = await walk(mount('<div contenteditable="false">ketamine here</div>'));
    expect(texts).toEqual(['ketamine here']);
  });

  test('an inline skipped element ends the line around it', async () => {
    const { texts } = await walk(mount('<p>NMDA <code>x</code> receptor</p>'));
    expect(texts).toEqual(['NMDA ', ' receptor']);
  });

  test('a document in design mode (the whole page is editable) is not read at all', async () => {
    const root = mount('<p>ketamine</p>');
    document.designMode = 'on';
    const { texts, finished } = await walk(root);
    expect(finished).toBe(true);
    expect(texts).toEqual([]);
  });

  test('blocks the caller already knows are skipped, with everything inside them', async () => {
    const root = mount('<section id="known"><p>old text</p></section><p>new text</p>');
    const known = root.querySelector('#known')!;
    const { texts } = await walk(root, { skipBlock: (el) => el === known });
    expect(texts).toEqual(['new text']);
  });
});

describe('shadow roots', () => {
  test('an open shadow root is reported, not read as part of its host document', async () => {
    const root = mount('<p>outside</p><div id="host"></div>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside the shadow</p>';
    const { texts, shadowRoots } = await walk(root);
    expect(texts).toEqual(['outside']);
    expect(shadowRoots).toEqual([shadow]);
    expect((await walk(shadow)).texts).toEqual(['inside the shadow']);
  });

  test('text placed straight in a shadow root belongs to the shadow root', async () => {
    const shadow = mount('').appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    shadow.append('loose ', Object.assign(document.createElement('b'), { textContent: 'text' }));
    const { segments } = await walk(shadow);
    expect(segments.map((s) => [s.text, s.block])).toEqual([['loose text', shadow]]);
  });

  test('a closed shadow root is not visible to the walk', async () => {
    const root = mount('<div id="host"></div>');
    root.querySelector('#host')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>secret</p>';
    const { texts, shadowRoots } = await walk(root);
    expect(shadowRoots).toEqual([]);
    expect(texts).toEqual([]);
  });
});

describe('a walk cut short', () => {
  /** A slicer whose every slice is used up, answering `keepGoing` when the walk yields. */
  function exhaustedSlicer(keepGoing: () => boolean): Slicer {
    const slicer = new Slicer(new AbortController().signal);
    slicer.due = () => true;
    slicer.yield = async () => keepGoing();
    return slicer;
  }
  const manyParagraphs = () => mount(Array.from({ length: 200 }, (_, i) => `<p>paragraph ${i}</p>`).join(''));

  test('hands over what it read, then reports it did not finish when switched off', async () => {
    const root = manyParagraphs();
    const { finished, texts } = await walk(root, { slicer: exhaustedSlicer(() => false) });
    expect(finished).toBe(false);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.length).toBeLessThan(200);
    expect(texts[0]).toBe('paragraph 0');
  });

  test('stops when its place in the page is removed while it waits', async () => {
    const root = manyParagraphs();
    const { finished } = await walk(root, {
      slicer: exhaustedSlicer(() => {
        root.remove();
        return true;
      }),
    });
    expect(finished).toBe(false);
  });

  test('reads everything when it is allowed to go on after each slice', async () => {
    const root = manyParagraphs();
    const { finished, texts } = await walk(root, { slicer: exhaustedSlicer(() => true) });
    expect(finished).toBe(true);
    expect(texts).toHaveLength(200);
    expect(texts[199]).toBe('paragraph 199');
  });
});

describe('a segment whose work goes on after a yield', () => {
  test('the walk waits for it before reading on, and stops where it says so', async () => {
    const root = mount('<p>first</p><p>second</p><p>third</p>');
    const seen: string[] = [];
    const { finished } = await walk(root, {
      onSegment: (s) => {
        if (s.text !== 'second') return void seen.push(s.text);
        return new Promise<boolean>((done) =>
          setTimeout(() => {
            seen.push('second, later');
            done(true);
          }, 10),
        );
      },
    });
    expect([finished, seen]).toEqual([true, ['first', 'second, later', 'third']]);

    const stopped = await walk(root, { onSegment: (s) => (s.text === 'second' ? Promise.resolve(false) : undefined) });
    expect(stopped.finished).toBe(false);
  });

  test('the walk stops when the place it was in left the page while it waited', async () => {
    const root = mount('<p>first</p><p>second</p><p>third</p>');
    const texts: string[] = [];
    const { finished } = await walk(root, {
      onSegment: (s) => {
        texts.push(s.text);
        if (s.text !== 'first') return;
        // The page replaces the rest of the article while the first paragraph's terms wait.
        return Promise.resolve().then(() => {
          root.replaceChildren();
          return true;
        });
      },
    });
    expect([finished, texts]).toEqual([false, ['first']]);
  });
});
