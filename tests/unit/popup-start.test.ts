import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterLoad, MODULES_ATTRIBUTE, startMainCode } from '../../entrypoints/popup/start-main';
import { rewritePopupPage } from '../../scripts/popup-build';

/** The start script's element, naming the popup's module files (or not). */
const startScript = (files: string | null) =>
  ({ getAttribute: (name: string) => (name === MODULES_ATTRIBUTE ? files : null) }) as unknown as Element;

/** A document at `readyState`, recording the listeners added to its window. */
function fakeDocument(readyState: DocumentReadyState) {
  const listeners: { type: string; listener: () => void }[] = [];
  const defaultView = { addEventListener: (type: string, listener: () => void) => listeners.push({ type, listener }) };
  return { doc: { readyState, defaultView } as unknown as Document, listeners };
}

describe("the popup's start script", () => {
  afterEach(() => vi.restoreAllMocks());

  it('imports every file the build named, the main module first, each once', () => {
    const load = vi.fn<(src: string) => Promise<unknown>>(async () => undefined);
    startMainCode(startScript('/chunks/popup-a.js /chunks/ui-b.js /chunks/theme-c.js'), load);
    expect(load.mock.calls.map(([src]) => src)).toEqual([
      '/chunks/popup-a.js',
      '/chunks/ui-b.js',
      '/chunks/theme-c.js',
    ]);
  });

  it('starts nothing on a page that runs its own module (the development server)', () => {
    const load = vi.fn<(src: string) => Promise<unknown>>(async () => undefined);
    startMainCode(startScript(null), load);
    startMainCode(null, load);
    expect(load).not.toHaveBeenCalled();
  });

  it('says in the console which file could not load, and throws nothing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = (src: string) => (src.includes('gone') ? Promise.reject(new Error('404')) : Promise.resolve());
    startMainCode(startScript('/chunks/popup-a.js /chunks/gone.js'), load);
    await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(1));
    expect(error.mock.calls[0]).toContain('/chunks/gone.js');
  });
});

describe("the popup's first render", () => {
  it('comes at once when the page has loaded', () => {
    const draw = vi.fn<() => void>();
    const { doc, listeners } = fakeDocument('complete');
    afterLoad(doc, draw);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(listeners).toEqual([]);
  });

  it.each(['loading', 'interactive'] as const)('waits for the load event when the page is %s', (state) => {
    const draw = vi.fn<() => void>();
    const { doc, listeners } = fakeDocument(state);
    afterLoad(doc, draw);
    expect(draw).not.toHaveBeenCalled();
    expect(listeners.map((l) => l.type)).toEqual(['load']);
    listeners[0]!.listener();
    expect(draw).toHaveBeenCalledTimes(1);
  });
});

const BUILT = `<!doctype html><html><head><meta charset="utf-8">
<script src="/popup-start.js" ></script>
<title>x</title>
<script type="module" crossorigin src="/chunks/popup-Ab1_x.js"></script>
<link rel="modulepreload" crossorigin href="/chunks/rolldown-runtime-Z9.js">
<link rel="modulepreload" crossorigin href="/chunks/ui-Cd2.js">
<style>p{margin:0}</style>
</head><body><div id="app"></div></body></html>`;

describe('the built popup page', () => {
  it('names its module files on the start script only, the main module first', () => {
    const page = rewritePopupPage(BUILT);
    expect(page).not.toContain('type="module"');
    expect(page).not.toContain('modulepreload');
    expect(page).toContain(
      '<script src="/popup-start.js" data-modules="/chunks/popup-Ab1_x.js /chunks/rolldown-runtime-Z9.js /chunks/ui-Cd2.js" >',
    );
    // What else the bundler wrote stays as it was.
    expect(page).toContain('<title>x</title>\n<style>p{margin:0}</style>');
  });

  it('fails the build when the page has no main module or no start script, rather than ship a popup that never starts', () => {
    expect(() => rewritePopupPage(BUILT.replace(/<script type="module"[^]*?<\/script>/, ''))).toThrow(/main module/);
    expect(() => rewritePopupPage(BUILT.replace('<script src="/popup-start.js" ></script>', ''))).toThrow(
      /popup-start/,
    );
  });
});
