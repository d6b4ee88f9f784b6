import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_FILE, TOOLTIP_VIEW_FILE } from '../../lib/extension-manifest';
import { CHROME_BUILD_DIR } from '../../scripts/lib/browser-env';
import { startInNextTask } from '../../scripts/next-task-start';
import { expect, test } from './fixtures';

// The hint must survive minifying, which drops comments (scripts/compile-hints.ts says what it buys).
test('the engine and the tooltip view start with V8 compile hint in the built extension', () => {
  for (const file of [ENGINE_FILE, TOOLTIP_VIEW_FILE]) {
    const code = readFileSync(join(CHROME_BUILD_DIR, file), 'utf8');
    // As V8 reads it: the comment alone on the file's first line.
    expect(code.startsWith('//# allFunctionsCalledOnLoad\n'), file).toBe(true);
    expect(code.length).toBeGreaterThan(50_000);
  }
});

// The wrap finds the content script by its output's name (wxt.config.ts): were WXT to name it otherwise, nothing would
// be wrapped and nothing else would fail.
test('the built content script runs a task after its injection (scripts/next-task-start.ts)', () => {
  const code = readFileSync(join(CHROME_BUILD_DIR, 'content-scripts/content.js'), 'utf8');
  expect(code).toContain(ENGINE_FILE); // the loader, which imports the engine
  expect(startInNextTask(code)).toBe(code); // already wrapped: wrapping again changes nothing
});
