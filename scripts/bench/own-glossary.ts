/**
 * The reader's own glossaries in `npm run bench` (part "own"):
 * - import: reading and checking a synthetic 5,000-row CSV and compiling it
 *   (its entries and its matcher's trie), as the options page does (Node, median of 5);
 * - pages: the content script's cost on the same pages with the bundled
 *   glossary alone and with a 5,000-term reader glossary on beside it:
 *   script time of the tab (CDP Performance.ScriptDuration) and the engine's
 *   own busy time (its scan slices, decoding the stored tries included).
 *   Target: at most 1.5× the bundled-alone figure. ScriptDuration barely
 *   moved (1.06×) when every frame still compiled the 5,000 terms, which cost
 *   about 35 ms of busy time per page (4.9×), so it misses much of the content
 *   script's work: the busy time, and `--profile <page> --parts own` (the V8
 *   sampling profiler, every world), are the figures that show it.
 */
import { syntheticWord } from '../lib/synthetic-words';
import { performance } from 'node:perf_hooks';
import type { Page } from '@playwright/test';
import { CHUNK, compileGlossary } from '../../glossary/own/compile';
import { importGlossary } from '../../glossary/own/import';
import type { OwnTerm } from '../../glossary/own/schema';
import type { PageStats } from '../../lib/messages';
import { OWN_COMPILED_VERSION, OWN_TERMS_VERSION } from '../../lib/storage-versions';
import { sleep, tabIdOf, type ExtensionSession } from './pages';

declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
  tabs: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
};

export interface OwnGlossaryBench {
  rows: number;
  csvBytes: number;
  importMs: number;
  pages: {
    page: string;
    bundledScriptMs: number;
    withOwnScriptMs: number;
    bundledBusyMs: number;
    withOwnBusyMs: number;
    ownMarks: number;
  }[];
  /** Sum of the pages' script time with the reader glossary over the sum without. */
  ratio: number;
  /** The same for the engine's own busy time (its scan slices, compiling the matcher included). */
  busyRatio: number;
}

/** Everyday words that real pages use, so the reader glossary marks something on them too. */
const COMMON = [
  'patient',
  'study',
  'brain',
  'evidence',
  'research',
  'doctor',
  'hospital',
  'trial',
  'symptom',
  'memory',
];

function syntheticCsv(rows: number): string {
  const lines = ['term,definition,aliases'];
  for (let i = 0; i < rows; i++) {
    const term = i < COMMON.length ? COMMON[i]! : `${syntheticWord(i, 3)} ${syntheticWord(i * 7 + 3, 2)}`;
    lines.push(
      `${term},"Synthetic definition number ${i}, for the benchmark only.",${i % 5 === 0 ? `${syntheticWord(i, 4)}` : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function ownTerms(rows: number): { terms: OwnTerm[]; importMs: number; csvBytes: number } {
  const csv = syntheticCsv(rows);
  const times: number[] = [];
  let terms: OwnTerm[] = [];
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const result = importGlossary(csv, { fileName: 'bench.csv' });
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
    compileGlossary(result.terms);
    times.push(performance.now() - t0);
    terms = result.terms;
  }
  times.sort((a, b) => a - b);
  return { terms, importMs: times[2]!, csvBytes: Buffer.byteLength(csv) };
}

/** The storage items of a reader glossary (or of none), as lib/own-glossaries.ts stores them. */
function ownItems(terms: OwnTerm[] | null): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  if (terms) {
    items['glossary-bench0-compiled'] = { v: OWN_COMPILED_VERSION, ...compileGlossary(terms) };
    for (let k = 0; k * CHUNK < terms.length; k++)
      items[`glossary-bench0-terms-${k}`] = { v: OWN_TERMS_VERSION, terms: terms.slice(k * CHUNK, (k + 1) * CHUNK) };
  }
  items.glossaries = {
    bundledOn: true,
    glossaries: terms
      ? [
          {
            id: 'bench0',
            name: 'Bench',
            file: 'bench.csv',
            added: new Date().toISOString(),
            count: terms.length,
            on: true,
          },
        ]
      : [],
  };
  return items;
}

/** The 5,000-term reader glossary of this part, for `--profile <page> --parts own`. */
export const benchOwnItems = (rows = 5000) => ownItems(ownTerms(rows).terms);

async function setOwn(s: ExtensionSession, terms: OwnTerm[] | null): Promise<void> {
  const items = ownItems(terms);
  await (await s.worker()).evaluate((value) => chrome.storage.local.set(value), items);
}

async function statsOf(s: ExtensionSession, tabId: number): Promise<PageStats | null> {
  return (await s.worker())
    .evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-stats' }, { frameId: 0 }), tabId)
    .then(
      (r) => (r ?? null) as PageStats | null,
      () => null,
    );
}

async function onePage(
  s: ExtensionSession,
  url: string,
): Promise<{ scriptMs: number; busyMs: number; highlighted: number }> {
  const page: Page = await s.context.newPage();
  try {
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(s, page);
    let last = -1;
    let stats: PageStats | null = null;
    for (let i = 0; i < 300; i++) {
      stats = await statsOf(s, tabId);
      if (stats && !stats.scanning && stats.highlighted === last) break;
      last = stats?.highlighted ?? -1;
      await sleep(100);
    }
    const { metrics } = await cdp.send('Performance.getMetrics');
    const script = metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN;
    return { scriptMs: script * 1000, busyMs: stats?.busyMs ?? NaN, highlighted: stats?.highlighted ?? 0 };
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function measureOwnGlossary(
  s: ExtensionSession,
  pages: { name: string; url: string }[],
  runs: number,
  log: (...a: unknown[]) => void,
): Promise<OwnGlossaryBench> {
  const rows = 5000;
  const { terms, importMs, csvBytes } = ownTerms(rows);
  log(`own glossary: import of ${rows} rows took ${importMs.toFixed(0)} ms; pages…`);
  const out: OwnGlossaryBench['pages'] = [];
  for (const p of pages) {
    const figures: Record<'off' | 'on', { scriptMs: number; busyMs: number; highlighted: number }[]> = {
      off: [],
      on: [],
    };
    // Alternate the two states, so a busy moment of the machine does not fall on one side only.
    for (let run = 0; run < runs; run++)
      for (const state of ['off', 'on'] as const) {
        await setOwn(s, state === 'on' ? terms : null);
        figures[state].push(await onePage(s, `${p.url}${p.url.includes('?') ? '&' : '?'}own=${state}${run}`));
      }
    out.push({
      page: p.name,
      bundledScriptMs: median(figures.off.map((f) => f.scriptMs)),
      withOwnScriptMs: median(figures.on.map((f) => f.scriptMs)),
      bundledBusyMs: median(figures.off.map((f) => f.busyMs)),
      withOwnBusyMs: median(figures.on.map((f) => f.busyMs)),
      ownMarks: median(figures.on.map((f) => f.highlighted)) - median(figures.off.map((f) => f.highlighted)),
    });
  }
  await setOwn(s, null);
  const sum = (k: 'bundledScriptMs' | 'withOwnScriptMs' | 'bundledBusyMs' | 'withOwnBusyMs') =>
    out.reduce((a, r) => a + r[k], 0);
  return {
    rows,
    csvBytes,
    importMs,
    pages: out,
    ratio: sum('withOwnScriptMs') / sum('bundledScriptMs'),
    busyRatio: sum('withOwnBusyMs') / sum('bundledBusyMs'),
  };
}
