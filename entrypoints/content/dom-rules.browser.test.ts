import { afterEach, describe, expect, test } from 'vitest';
import { mount } from '../../tests/dom/dom-fixtures';
import { blockOf, isInEditable, isInline, isSkippedElement, type BlockKey } from './dom-rules';

const first = (root: ParentNode, selector: string) => root.querySelector(selector)!;
const skipped = isSkippedElement;

afterEach(() => {
  document.body.replaceChildren();
  document.designMode = 'off';
});

describe('elements whose text is never read', () => {
  test.each(['script', 'style', 'textarea', 'input', 'select', 'button', 'code', 'pre > code', 'kbd', 'svg', 'iframe'])(
    '%s',
    (selector) => {
      const root = mount(
        '<script type="text/plain"></script><style></style><textarea></textarea><input><select></select>' +
          '<button></button><pre><code></code></pre><kbd></kbd><svg></svg><iframe></iframe>',
      );
      expect(skipped(first(root, selector))).toBe(true);
    },
  );

  test('prose elements are read: paragraphs, headings, links, emphasis, cells, preformatted text', () => {
    const root = mount('<p></p><h2></h2><a></a><em></em><table><tr><td></td></tr></table><pre></pre>');
    const read = ['p', 'h2', 'a', 'em', 'td', 'pre'].filter((sel) => !skipped(first(root, sel)));
    expect(read).toEqual(['p', 'h2', 'a', 'em', 'td', 'pre']);
  });

  test('hidden elements and editable regions are skipped; a region marked not editable is read', () => {
    const root = mount(
      '<p hidden></p><div contenteditable></div><div contenteditable="true"></div>' +
        '<div contenteditable="plaintext-only"></div><div contenteditable="false"></div>',
    );
    const [hidden, empty, on, plain, off] = root.children;
    expect([hidden, empty, on, plain, off].map((el) => skipped(el!))).toEqual([true, true, true, true, false]);
  });

  test("TermLens's own tooltip host is skipped", () => {
    const root = mount('<termlens-ui></termlens-ui><aside></aside>');
    expect(skipped(first(root, 'termlens-ui'))).toBe(true);
    expect(skipped(first(root, 'aside'))).toBe(false);
  });
});

describe('blocks: where one line of prose ends', () => {
  test('inline elements continue the line; blocks and line breaks do not', () => {
    const root = mount('<b></b><a></a><span></span><sup></sup><p></p><div></div><li></li><br><td></td>');
    const inline = [...root.children].filter(isInline).map((el) => el.localName);
    expect(inline).toEqual(['b', 'a', 'span', 'sup']);
  });

  test('the block of a text node is its nearest ancestor that is not inline', () => {
    const root = mount('<article><p>plain <a href="#"><b><i>deep</i></b></a></p><div>in div</div></article>');
    const p = first(root, 'p');
    expect(blockOf(first(root, 'i').firstChild!)).toBe(p);
    expect(blockOf(p.firstChild!)).toBe(p);
    expect(blockOf(first(root, 'div').firstChild!)).toBe(first(root, 'div'));
  });

  test('text straight inside a shadow root belongs to that shadow root', () => {
    const shadow = mount('').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>loose</span>';
    expect(blockOf(first(shadow, 'span').firstChild!)).toBe(shadow);
  });

  test('text in a detached fragment belongs to the fragment', () => {
    const fragment = document.createDocumentFragment();
    fragment.append(Object.assign(document.createElement('em'), { textContent: 'floating' }));
    expect(blockOf(fragment.firstChild!.firstChild!)).toBe(fragment);
  });

  test('the cache remembers the block of every inline element passed on the way up', () => {
    const root = mount('<p><a><b>x</b></a></p>');
    const cache = new Map<Node, BlockKey>();
    blockOf(first(root, 'b').firstChild!, cache);
    const p = first(root, 'p');
    expect(cache.get(first(root, 'a'))).toBe(p);
    expect(cache.get(first(root, 'b'))).toBe(p);
    expect(blockOf(first(root, 'a'), cache)).toBe(p);
  });
});

describe('is the reader typing here?', () => {
  test('inside fields and editable regions, at any depth', () => {
    const root = mount(
      '<textarea>t</textarea><div contenteditable><p><b>deep</b></p></div><p>prose</p>' +
        '<div contenteditable><span contenteditable="false">fixed</span></div>',
    );
    expect(isInEditable(first(root, 'textarea').firstChild!)).toBe(true);
    expect(isInEditable(first(root, 'b').firstChild!)).toBe(true);
    expect(isInEditable(first(root, 'b'))).toBe(true);
    expect(isInEditable(first(root, 'p:not([contenteditable] p)').firstChild!)).toBe(false);
  });

  test('everywhere when the whole document is in design mode', () => {
    const root = mount('<p>prose</p>');
    expect(isInEditable(first(root, 'p').firstChild!)).toBe(false);
    document.designMode = 'on';
    expect(isInEditable(first(root, 'p').firstChild!)).toBe(true);
  });
});
