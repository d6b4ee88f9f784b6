import { median, timeoutFor, type PageFile, type PageJob } from './page-part';
import { termLensLoad } from './page-cost';

/**
 * `--compare <folder>`: TermLens as built now (B) against another build of it
 * (A: a Chrome build folder, such as a copy of .output/chrome-mv3 made before
 * a change), page by page, in cold loads that alternate A B, B A, A B... so
 * that whatever else the machine is doing falls on both sides alike. On two
 * cores one load of the same build varies by 15–30 %, more than most single
 * changes, so the figure to read is the median of the paired differences.
 * Beside it, each side's longest stretch in one task (median of the loads):
 * what the stretch target is about, and where a smaller script shows first.
 */
export async function comparePages(pages: PageFile[], job: PageJob, otherDir: string): Promise<void> {
  console.log(`\nTermLens script ms per load, ${job.runs} pairs per page: A = ${otherDir}, B = this build`);
  console.log(
    'page'.padEnd(36),
    'A'.padStart(8),
    'B'.padStart(8),
    'B − A'.padStart(8),
    'stretch A'.padStart(10),
    'stretch B'.padStart(10),
    '  marks A/B',
  );
  for (const page of pages) {
    const a: number[] = [];
    const b: number[] = [];
    const stretch = { A: [] as number[], B: [] as number[] };
    const marks = new Set<string>();
    for (let run = 0; run < job.runs; run++) {
      const url = job.urlOf(page, run);
      const load = async (dir: string, into: number[], side: 'A' | 'B') => {
        const cost = await termLensLoad(dir, job.executablePath, url, timeoutFor(page));
        into.push(cost.ms);
        stretch[side].push(cost.task.longestMs);
        marks.add(`${side}${cost.marks}`);
      };
      // Each pair in the other order from the last, so neither side always runs on a browser just warmed up.
      if (run % 2) await load(job.extensionDir, b, 'B').then(() => load(otherDir, a, 'A'));
      else await load(otherDir, a, 'A').then(() => load(job.extensionDir, b, 'B'));
    }
    const diff = median(b.map((x, i) => x - a[i]!));
    console.log(
      page.name.slice(0, 36).padEnd(36),
      median(a).toFixed(1).padStart(8),
      median(b).toFixed(1).padStart(8),
      `${diff >= 0 ? '+' : ''}${diff.toFixed(1)}`.padStart(8),
      median(stretch.A).toFixed(1).padStart(10),
      median(stretch.B).toFixed(1).padStart(10),
      ` ${[...marks].join(' ')}`,
    );
  }
}
