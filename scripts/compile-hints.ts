import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read a
 * comment): compile every function of the file while the file streams in,
 * off the page's main thread. Without it V8 compiles a function on the main
 * thread when it is first called. The engine calls most of its functions on
 * every page it reads, so in the engine's evaluation task (a trace of
 * fixture/smoke.html) that compile took 1.7-11.8 ms of 14.5-21 ms.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

type Bundle = Record<string, { type: 'chunk'; fileName: string; code: string } | { type: 'asset' }>;

/** Puts the hint first in each named output file (after minifying, which drops comments). */
export function addCompileHints(bundle: Bundle, files: readonly string[]): void {
  for (const output of Object.values(bundle)) {
    if (output.type !== 'chunk' || !files.includes(output.fileName)) continue;
    if (!output.code.startsWith(COMPILE_HINT)) output.code = COMPILE_HINT + output.code;
  }
}

/** The build step: `files` are output paths as the manifest names them, without the leading slash. */
export function compileHints(files: readonly string[]): Plugin {
  return {
    name: 'termlens-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      addCompileHints(bundle as unknown as Bundle, files);
    },
  };
}
