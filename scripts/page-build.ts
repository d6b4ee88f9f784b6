import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * How the extension's pages (popup, options, reference) are bundled. They are
 * built together, and the popup pays for every file it loads each time it
 * opens, and it must open fast (see scripts/bench/toolbar-popup.ts). Each file is a request to
 * the browser's extension resource loader, a few milliseconds apiece, and a
 * linked stylesheet holds back the first paint until it arrives.
 */

/** Code every page shares (libraries, components, storage, messages) and the popup's own. */
const SHARED = /\/node_modules\/|virtual:wxt|\/components\/|\/entrypoints\/(lib|popup)\//;
/**
 * Kept out: each page's entry module, HTML and styles (in the shared chunk the popup's fixed size would apply to
 * every page), the glossary data and its search (the popup loads them later), file parsers only some pages use
 * (papaparse, pdf.js), and the content script's modules the explain page runs.
 */
const APART =
  /\/main\.tsx$|\.html(\?.*)?$|\.css(\?.*)?$|virtual:termlens-glossary|\/glossary\/search|\/popup\/glossary-index|\/node_modules\/(papaparse|pdfjs-dist|@floating-ui|syllable|flesch-kincaid|pluralize|normalize-strings)\/|\/wxt\/dist\/utils\/(content-script|split-shadow)|\/entrypoints\/content\/|\/components\/(PrintSheet|SavedTermCard)\.tsx$/;

const POPUP_ENTRY = resolve(import.meta.dirname, '..', 'entrypoints', 'popup', 'main.tsx');
let popupClosure: { of: object; ids: Set<string> } | null = null;

/**
 * Every module the popup's entry imports, directly or not (dynamic imports
 * aside: those load later). Only these go into the shared chunk: the options
 * page's import parsers and schema library (zod, saxes) and its components
 * had made the popup parse and run some 200 kB it never calls.
 */
function popupImports(ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }): Set<string> {
  if (popupClosure?.of === ctx) return popupClosure.ids;
  const ids = new Set<string>();
  const pending = [POPUP_ENTRY];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (ids.has(id)) continue;
    ids.add(id);
    pending.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  popupClosure = { of: ctx, ids };
  return ids;
}

/**
 * Left to itself the bundler splits the pages' shared code into many small
 * chunks. Here the part the popup imports goes into one, so the popup loads
 * its entry and that chunk and nothing else before its first frame; the other
 * pages load the rest as the bundler splits it. The glossary stays apart. Chunk
 * merging is off: it would fold the shared chunk into the popup's entry, and
 * the options page would run the popup (rolldown issues 9450 and 9998).
 * Content scripts and the background are built on their own, as single files.
 */
export function fewerPageChunks(): Plugin {
  return {
    name: 'termlens-page-chunks',
    apply: 'build',
    config(config) {
      if (config.build?.lib) return undefined;
      return {
        build: {
          // Every browser the extension supports has modulepreload; the polyfill would be one more file.
          modulePreload: { polyfill: false },
          rolldownOptions: {
            experimental: { chunkOptimization: false },
            output: {
              codeSplitting: {
                groups: [
                  {
                    name: (
                      id: string,
                      ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null },
                    ) => (SHARED.test(id) && !APART.test(id) && popupImports(ctx).has(id) ? 'ui' : null),
                  },
                ],
              },
            },
          },
        },
      };
    },
  };
}

const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="\/?([^"]+\.css)">/g;

/**
 * Puts each page's stylesheets into the page itself, so the first paint waits
 * for no other file. Extension pages may hold inline styles: the default
 * content security policy of both browsers limits scripts, not styles.
 */
export function inlinePageStyles(): Plugin {
  return {
    name: 'termlens-inline-page-styles',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const inlined = new Set<string>();
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html') || typeof file.source !== 'string') continue;
        file.source = file.source.replace(STYLESHEET_LINK, (link, href: string) => {
          const css = bundle[href];
          if (css?.type !== 'asset') return link;
          inlined.add(href);
          // A "</style" inside the CSS would end the element early; CSS never needs that sequence.
          return `<style>${String(css.source).replaceAll('</style', '<\\/style')}</style>`;
        });
      }
      for (const href of inlined) delete bundle[href];
    },
  };
}
