import type { Plugin } from 'vite';
import { chunkRewriter } from './output-chunks';

/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read a
 * comment): compile every function of the file while the file streams in,
 * off the page's main thread. Without it V8 compiles a function on the main
 * thread when it is first called. The engine calls most of its functions on
 * every page it reads, so in the engine's evaluation task (a trace of
 * fixture/smoke.html) that compile took 1.7-11.8 ms of 14.5-21 ms.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The hint first in the file, once. */
export const withCompileHint = (code: string): string => (code.startsWith(COMPILE_HINT) ? code : COMPILE_HINT + code);

/** The build step: `files` are output paths as the manifest names them, without the leading slash. */
export const compileHints = (files: readonly string[]): Plugin =>
  chunkRewriter('termlens-compile-hints', files, withCompileHint);
