import type { Plugin } from 'vite';

const START_SCRIPT = '<script src="/popup-start.js"';
const MODULE_SCRIPT = /<script type="module" crossorigin src="(\/chunks\/[\w.-]+\.js)"><\/script>\s*/g;
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="(\/chunks\/[\w.-]+\.js)">\s*/g;

/**
 * The built popup page names its main module and the files it imports on the
 * start script only, which imports them (entrypoints/popup/start-main.ts says
 * why: the module script and the preloads would hold back the load event, when
 * Chrome shows the popup). A build whose page does not have the expected shape
 * fails here, rather than ship a popup that never starts.
 */
export function rewritePopupPage(html: string): string {
  const main = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!);
  if (main.length !== 1) throw new Error(`popup.html: expected one main module script, found ${main.length}`);
  if (html.split(START_SCRIPT).length !== 2) throw new Error(`popup.html: expected one ${START_SCRIPT}>`);
  const imported = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1]!);
  return html
    .replace(MODULE_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace(START_SCRIPT, `${START_SCRIPT} data-modules="${[...main, ...imported].join(' ')}"`);
}

/** Applies rewritePopupPage to the built popup page. */
export function startPopupFromItsScript(): Plugin {
  return {
    name: 'termlens-popup-start',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      // WXT moves the page to popup.html after the bundle is written.
      const page = bundle['entrypoints/popup/index.html'];
      if (page?.type !== 'asset' || typeof page.source !== 'string') return; // the builds of scripts
      page.source = rewritePopupPage(page.source);
    },
  };
}
