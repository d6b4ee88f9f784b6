import type { Plugin } from 'vite';

/** The parts of Rollup's output bundle that the build steps below read and rewrite. */
export type Bundle = Record<string, { type: 'chunk'; fileName: string; code: string } | { type: 'asset' }>;

/** Rewrites each named output file's code; `files` are output paths as the manifest names them, without the leading slash. */
export function rewriteChunks(bundle: Bundle, files: readonly string[], rewrite: (code: string) => string): void {
  for (const output of Object.values(bundle)) {
    if (output.type === 'chunk' && files.includes(output.fileName)) output.code = rewrite(output.code);
  }
}

/** A build step that rewrites the named files last, after minifying (which would drop a comment put in before). */
export function chunkRewriter(name: string, files: readonly string[], rewrite: (code: string) => string): Plugin {
  return {
    name,
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      rewriteChunks(bundle as unknown as Bundle, files, rewrite);
    },
  };
}
