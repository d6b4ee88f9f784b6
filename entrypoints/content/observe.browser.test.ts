import { afterEach, describe, expect, test, vi } from 'vitest';
import { ChangeObserver } from './observe';

interface Batch {
  nodes: Node[];
  removed: boolean;
}

/** An observer on a fresh container, recording the batches it hands over. */
function watch(ignore: (node: Node) => boolean = () => false) {
  const root = document.body.appendChild(document.createElement('main'));
  root.innerHTML = '<p id="p">first paragraph</p>';
  const batches: Batch[] = [];
  const controller = new AbortController();
  const observer = new ChangeObserver(
    { changed: (nodes, removed) => batches.push({ nodes, removed }) },
    ignore,
    controller.signal,
  );
  observer.observe(root);
  return { root, p: root.querySelector('#p')!, batches, observer, stop: () => controller.abort() };
}

/** Mutation records are delivered at the end of the current task; this waits past it. */
const afterMutations = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('text that appears, changes or goes', () => {
  test('an added paragraph is handed over with the block it was added to', async () => {
    const { root, batches } = watch();
    const added = document.createElement('p');
    added.textContent = 'ketamine, new on the page';
    root.append(added);
    await afterMutations();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.nodes).toEqual(expect.arrayContaining([added, root]));
    expect(batches[0]!.removed).toBe(false);
  });

  test('changed text is handed over as the text node that changed', async () => {
    const { p, batches } = watch();
    (p.firstChild as Text).data = 'esketamine';
    await afterMutations();
    expect(batches).toEqual([{ nodes: [p.firstChild], removed: false }]);
  });

  test('a removal is reported, with the block that lost the node', async () => {
    const { root, p, batches } = watch();
    p.remove();
    await afterMutations();
    expect(batches).toEqual([{ nodes: [root], removed: true }]);
  });

  test('changes made together arrive together, once', async () => {
    const { root, p, batches } = watch();
    (p.firstChild as Text).data = 'changed';
    root.append('more text');
    root.append(document.createElement('div'));
    await afterMutations();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.nodes).toContain(p.firstChild);
    expect(batches[0]!.nodes).toContain(root.lastChild);
  });

  test('a region that becomes editable is reported, so its marks can go before the reader types', async () => {
    const { p, batches } = watch();
    p.setAttribute('contenteditable', 'true');
    await afterMutations();
    expect(batches).toEqual([{ nodes: [p], removed: false }]);
  });

  test('other attribute changes (classes, styles) are not text changes', async () => {
    const { p, batches } = watch();
    p.className = 'fancy';
    p.setAttribute('style', 'color: red');
    p.setAttribute('data-x', '1');
    await afterMutations();
    expect(batches).toEqual([]);
  });

  test('text in an open shadow root is watched once the shadow root is observed', async () => {
    const { root, observer, batches } = watch();
    const shadow = root.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    await afterMutations();
    batches.length = 0;
    observer.observe(shadow);
    const text = shadow.querySelector('p')!.firstChild as Text;
    text.data = 'ketamine inside';
    await afterMutations();
    expect(batches).toEqual([{ nodes: [text], removed: false }]);
  });
});

describe("TermLens's own changes", () => {
  test('nodes the observer is told to ignore (the tooltip host and its content) hand nothing over', async () => {
    const isOwn = (node: Node) =>
      !!(node as Element).closest?.('termlens-ui') || node.parentElement?.closest('termlens-ui') != null;
    const { root, batches } = watch(isOwn);
    const host = document.createElement('termlens-ui');
    root.append(host);
    host.textContent = 'tooltip text';
    (host.firstChild as Text).data = 'other tooltip text';
    host.remove();
    await afterMutations();
    expect(batches).toEqual([]);
  });

  test("the page's own change in the same batch is still handed over", async () => {
    const isOwn = (node: Node) => node.nodeName === 'TERMLENS-UI';
    const { root, p, batches } = watch(isOwn);
    root.append(document.createElement('termlens-ui'));
    (p.firstChild as Text).data = 'page text';
    await afterMutations();
    expect(batches).toEqual([{ nodes: [p.firstChild], removed: false }]);
  });
});

describe('switching off', () => {
  test('after the signal is aborted nothing more is handed over', async () => {
    const { root, batches, stop } = watch();
    stop();
    root.append('late text');
    await afterMutations();
    expect(batches).toEqual([]);
  });
});

describe('a page that never rests', () => {
  /** Adds a text node and lets the mutation callback run (timers are fake, so nothing else runs). */
  async function addText(parent: Element, text: string): Promise<Text> {
    const node = parent.appendChild(document.createTextNode(text));
    await Promise.resolve();
    return node;
  }

  test('past 20 changes a second, changes are gathered and handed over together later, none lost', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { p, batches } = watch();
    const added: Text[] = [];
    for (let i = 0; i < 40; i++) added.push(await addText(p, ` frame ${i}`));
    // The first 20 changes of the second were handed over one by one, as they came.
    expect(batches.slice(0, 20).map((b) => b.nodes)).toEqual(added.slice(0, 20).map((n) => [n, p]));
    expect(batches.length).toBeLessThan(25);

    await vi.advanceTimersByTimeAsync(2000);
    const handedOver = new Set(batches.flatMap((b) => b.nodes));
    expect(added.filter((n) => !handedOver.has(n))).toEqual([]);
    expect(batches.length).toBeLessThan(25);
  });

  test('once the page calms down, changes are handed over at once again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { p, batches } = watch();
    for (let i = 0; i < 40; i++) await addText(p, ` frame ${i}`);
    await vi.advanceTimersByTimeAsync(3000);

    // A few calm changes, a second apart, bring the spacing back down to nothing.
    const handedAtOnce: boolean[] = [];
    for (let i = 0; i < 6; i++) {
      const before = batches.length;
      await addText(p, ` calm ${i}`);
      handedAtOnce.push(batches.length > before);
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(handedAtOnce[0]).toBe(false);
    expect(handedAtOnce.slice(-2)).toEqual([true, true]);
  });
});
