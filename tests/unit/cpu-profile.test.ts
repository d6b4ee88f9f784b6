import { describe, expect, it } from 'vitest';
import { longestInTask, type CpuProfile } from '../../scripts/bench/cpu-profile';

const EXT = 'chrome-extension://abc/content.js';
const frame = (functionName: string, url = '', lineNumber = 0, columnNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber,
});

/** A profile sampled every 100 µs from 0: `stack` names each sample's node (the last one lasts no time). */
function profile(stack: number[]): CpuProfile {
  return {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 3, 5, 6, 7, 8] },
      { id: 2, callFrame: frame('(program)') },
      { id: 3, callFrame: frame('', EXT), children: [4] }, // the file's top level
      { id: 4, callFrame: frame('scan', EXT, 40, 2) },
      { id: 5, callFrame: frame('slice', EXT, 90, 4) }, // a later slice: no top level on its stack
      { id: 6, callFrame: frame('(garbage collector)') },
      { id: 7, callFrame: frame('pageScript', 'https://example.org/app.js', 3, 1) },
      { id: 8, callFrame: frame('', EXT, 61, 28) }, // an unnamed function, not a top level
    ],
    startTime: 0,
    endTime: stack.length * 100,
    samples: stack,
    timeDeltas: stack.map((_, i) => (i === 0 ? 0 : 100)),
  };
}
const task = (start: number, end: number) => ({ start, end, pid: 1, tid: 1 });
const owns = (url: string) => url.startsWith('chrome-extension://');

describe('the longest stretch of an extension in one task', () => {
  it("counts the compile before a file's first line in the task that runs it, and names it", () => {
    // Task 1 (0–1,500 µs): 5 samples compiling, then the file runs for 5. Task 2: the browser's own work, then a slice of 3.
    const p = profile([2, 2, 2, 2, 2, 3, 4, 4, 3, 4, 2, 2, 2, 2, 2, 5, 5, 5, 2]);
    const s = longestInTask([p], owns, [task(0, 950), task(1000, 1850)]);
    expect(s.longestMs).toBeCloseTo(1.0, 5);
    expect(s.longestWhat).toMatch(/\(compiling\) 0\.5/);
  });

  it("does not count the browser's own work before a slice that runs no file, nor a page's script", () => {
    const p = profile([2, 2, 2, 2, 2, 5, 5, 5, 7, 7, 7, 7, 5, 5, 2]);
    const s = longestInTask([p], owns, [task(0, 1450)]);
    expect(s.longestMs).toBeCloseTo(0.5, 5);
    expect(s.longestWhat).not.toMatch(/compiling/);
  });

  it('counts GC between two of its samples in one task, and names it', () => {
    const p = profile([5, 6, 6, 6, 5, 2]);
    const s = longestInTask([p], owns, [task(0, 550)]);
    expect(s.longestMs).toBeCloseTo(0.5, 5);
    expect(s.longestWhat).toMatch(/^\(garbage collector\) 0\.3, slice 0\.2$/);
  });

  it('names a top level as one, and an unnamed function by its file and line', () => {
    const p = profile([3, 3, 8, 8, 8, 2]);
    const s = longestInTask([p], owns, [task(0, 550)]);
    expect(s.longestWhat).toMatch(/^\(anonymous\) content\.js:62 0\.3, \(top level\) 0\.2$/);
  });

  it('keeps tasks apart: a yield ends a stretch even when nothing ran between', () => {
    const p = profile([3, 4, 4, 4, 5, 5, 5, 5]);
    const s = longestInTask([p], owns, [task(0, 350), task(360, 800)]);
    expect(s.longestMs).toBeCloseTo(0.4, 5);
  });
});
