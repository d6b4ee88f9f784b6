/**
 * The popup's main code (framework, views, storage) is started by its start
 * script, not named in the page: a module script or a module preload holds
 * back the document's load event until it has arrived (and the script has
 * run), and Chrome shows a toolbar popup only at that event. Imported from
 * here, the main code's files are fetched at once, all together, while the
 * page finishes loading, and the first render waits for the load event, so it
 * runs while Chrome is already bringing the popup up, which takes it some
 * 50 ms of its own (scripts/bench/toolbar-popup.ts measures both). The build
 * lists the files on the start script (scripts/popup-build.ts); a page
 * without the list (the development server's) runs its module script itself.
 */
export const MODULES_ATTRIBUTE = 'data-modules';

type ImportModule = (src: string) => Promise<unknown>;

const importModule: ImportModule = (src) => import(/* @vite-ignore */ src);

/** Imports every file named on `script`, the main module first, each in a request of its own. */
export function startMainCode(
  script: Element | null = document.currentScript,
  load: ImportModule = importModule,
): void {
  const files = script?.getAttribute(MODULES_ATTRIBUTE)?.split(' ').filter(Boolean) ?? [];
  for (const src of files) {
    load(src).catch((error: unknown) => {
      // Nothing to draw with: say why in the console, where a bug report will look.
      console.error('TermLens: the popup could not load its code', src, error);
    });
  }
}

/** Runs `draw` once the page has loaded (at once if it has). */
export function afterLoad(doc: Document, draw: () => void): void {
  if (doc.readyState === 'complete') draw();
  else doc.defaultView?.addEventListener('load', draw, { once: true });
}
