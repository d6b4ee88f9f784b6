import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { startInNextTask } from '../../scripts/next-task-start';

// What WXT builds for a content script: an IIFE in a `var`, then the var as the script's last expression.
const built =
  'var content=(function(){globalThis.ran=(globalThis.ran??0)+1;return 1})();\ncontent;\n//# sourceMappingURL=x';

/** Runs the script as a browser would inject it; resolves once the tasks after it have had their turn. */
async function inject(code: string) {
  const world: { ran?: number; MessageChannel: typeof MessageChannel } = { MessageChannel };
  runInNewContext(code, world);
  const afterInjection = world.ran;
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { afterInjection, later: world.ran };
}

describe('content script started in the next task', () => {
  it('runs nothing of the script in the injecting task, then all of it once', async () => {
    expect(await inject(built)).toEqual({ afterInjection: 1, later: 1 });
    expect(await inject(startInNextTask(built))).toEqual({ afterInjection: undefined, later: 1 });
  });

  it('wraps once, however often the build step runs', async () => {
    const twice = startInNextTask(startInNextTask(built));
    expect(twice).toBe(startInNextTask(built));
    expect(await inject(twice)).toEqual({ afterInjection: undefined, later: 1 });
  });
});
