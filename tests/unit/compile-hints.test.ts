import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, withCompileHint } from '../../scripts/compile-hints';
import { rewriteChunks } from '../../scripts/output-chunks';

const chunk = (fileName: string, code: string) => ({ type: 'chunk' as const, fileName, code });

describe('compile hints', () => {
  it('puts the hint first in the named files only, once', () => {
    const bundle = {
      engine: chunk('content-engine.js', 'var a=1;'),
      other: chunk('chunks/ui.js', 'var b=2;'),
      style: { type: 'asset' as const },
    };
    rewriteChunks(bundle, ['content-engine.js'], withCompileHint);
    rewriteChunks(bundle, ['content-engine.js'], withCompileHint);
    expect(bundle.engine.code).toBe(`${COMPILE_HINT}var a=1;`);
    expect(bundle.other.code).toBe('var b=2;');
  });
});
