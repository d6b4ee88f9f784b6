import { afterEach, expect, test } from 'vitest';
import { afterFirstPaint } from './after-next-paint';

// Each test gets a document of its own (an empty frame), whose first contentful paint it controls: text appears in
// it only when the test writes some.
let frame: HTMLIFrameElement;

async function emptyDocument(): Promise<Window> {
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 300px; height: 100px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

const painted = (win: Window) => win.performance.getEntriesByName('first-contentful-paint').length > 0;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(check: () => boolean, ms = 2000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await wait(10)) if (check()) return true;
  return check();
}

afterEach(() => frame?.remove());

test('work waits until the page has shown its first text, then runs', async () => {
  const win = await emptyDocument();
  const runs: boolean[] = [];
  afterFirstPaint(() => runs.push(painted(win)), win);
  // Frames go by with nothing but the background: the work is still waiting.
  await wait(120);
  expect(runs).toEqual([]);

  win.document.body.textContent = 'Ketamine';
  expect(await until(() => runs.length > 0)).toBe(true);
  // By the time it ran, the browser had reported the text as painted.
  expect(runs).toEqual([true]);
});

test('a page that never shows text still gets its work done', async () => {
  const win = await emptyDocument();
  let ran = false;
  afterFirstPaint(() => (ran = true), win);
  expect(await until(() => ran)).toBe(true);
  expect(painted(win)).toBe(false);
});

test('once the page has shown text, the work runs after the next frame', async () => {
  const win = await emptyDocument();
  win.document.body.textContent = 'Esketamine';
  expect(await until(() => painted(win))).toBe(true);
  const order: string[] = [];
  win.requestAnimationFrame(() => order.push('frame'));
  afterFirstPaint(() => order.push('work'), win);
  expect(await until(() => order.length === 2)).toBe(true);
  expect(order).toEqual(['frame', 'work']);
});

test('cancelled work never runs, whether or not the page shows text', async () => {
  const win = await emptyDocument();
  let ran = false;
  const cancel = afterFirstPaint(() => (ran = true), win);
  await wait(20);
  cancel();
  win.document.body.textContent = 'NMDA receptor';
  expect(await until(() => painted(win))).toBe(true);
  // Longer than the wait for a first paint that never comes.
  await wait(500);
  expect(ran).toBe(false);
});
