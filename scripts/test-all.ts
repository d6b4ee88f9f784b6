/**
 * `npm test`: every check a change must pass, in order, stopping at the
 * first failure. It ends with one plain line, "N passed, N failed, N skipped",
 * that CI reads: the unit, DOM and end-to-end tests that ran, plus every check
 * (type checking, lint, builds...) that failed, counted as one failure each,
 * so a broken run can never close on "0 failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const REPORTS = resolve(ROOT, 'test-results');
const UNIT_JSON = resolve(REPORTS, 'unit.json');
const DOM_JSON = resolve(REPORTS, 'dom.json');
const E2E_JSON = resolve(REPORTS, 'e2e.json');
const E2E_FIREFOX_JSON = resolve(REPORTS, 'e2e-firefox.json');

interface Step {
  script: string;
  args?: string[];
  env?: Record<string, string>;
}

const STEPS: Step[] = [
  { script: 'typecheck' },
  { script: 'lint' },
  { script: 'format:check' },
  { script: 'knip' },
  {
    script: 'test:unit',
    args: ['--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_JSON}`],
  },
  {
    script: 'test:dom',
    args: ['--reporter=default', '--reporter=json', `--outputFile.json=${DOM_JSON}`],
  },
  { script: 'build' },
  { script: 'build:firefox' },
  { script: 'lint:firefox' },
  { script: 'test:e2e', args: ['--reporter=list,json'], env: { PLAYWRIGHT_JSON_OUTPUT_FILE: E2E_JSON } },
  {
    script: 'test:e2e:firefox',
    args: ['--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: E2E_FIREFOX_JSON },
  },
];

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function readJson(file: string): Record<string, unknown> | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function vitestCounts(file: string): Counts | undefined {
  const r = readJson(file) as Record<string, number> | undefined;
  if (!r) return undefined;
  return {
    passed: r.numPassedTests ?? 0,
    failed: r.numFailedTests ?? 0,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  };
}

function e2eCounts(file: string): Counts | undefined {
  const stats = readJson(file)?.stats as Record<string, number> | undefined;
  if (!stats) return undefined;
  // Retries are off, so "flaky" cannot happen; should it, it is a failure, not a pass.
  return {
    passed: stats.expected ?? 0,
    failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0),
    skipped: stats.skipped ?? 0,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

mkdirSync(REPORTS, { recursive: true });
rmSync(UNIT_JSON, { force: true });
rmSync(DOM_JSON, { force: true });
rmSync(E2E_JSON, { force: true });
rmSync(E2E_FIREFOX_JSON, { force: true });

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
const timings: string[] = [];
let failedStep: string | undefined;

for (const step of STEPS) {
  console.log(`\n━━ npm run ${step.script}`);
  const t0 = Date.now();
  const extra = step.args ? ['--', ...step.args] : [];
  const run = spawnSync(npm, ['run', '--silent', step.script, ...extra], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const ok = run.status === 0;
  timings.push(`  ${ok ? 'ok  ' : 'FAIL'}  ${step.script.padEnd(14)} ${seconds(Date.now() - t0)}`);
  if (!ok) {
    failedStep = step.script;
    break;
  }
}

const unit = vitestCounts(UNIT_JSON);
const dom = vitestCounts(DOM_JSON);
const e2e = e2eCounts(E2E_JSON);
const e2eFirefox = e2eCounts(E2E_FIREFOX_JSON);
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const c of [unit, dom, e2e, e2eFirefox]) {
  if (!c) continue;
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
}
// A failed check that is not a test runner (or a runner that wrote no report) is one failure.
const runnerCounted =
  (failedStep === 'test:unit' && unit?.failed) ||
  (failedStep === 'test:dom' && dom?.failed) ||
  (failedStep === 'test:e2e' && e2e?.failed) ||
  (failedStep === 'test:e2e:firefox' && e2eFirefox?.failed);
if (failedStep && !runnerCounted) total.failed += 1;

console.log('\n━━ summary');
console.log(timings.join('\n'));
const describe = (c: Counts | undefined) =>
  c ? `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped` : 'did not run';
console.log(`  unit tests (Node):       ${describe(unit)}`);
console.log(`  DOM tests (Chromium):    ${describe(dom)}`);
console.log(`  e2e tests (Chromium):    ${describe(e2e)}`);
console.log(`  e2e tests (Firefox ESR): ${describe(e2eFirefox)}`);
console.log(`  total time: ${seconds(Date.now() - started)}`);
if (failedStep) console.log(`  stopped at: npm run ${failedStep}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
