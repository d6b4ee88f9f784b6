import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { compileMatcher, type MatchableEntry, type Matcher } from '../../glossary/matcher';
import { loadGlossaryFromDisk } from '../glossary-build';

/**
 * The matcher on its own, in Node: how fast one pass over a long text runs
 * with the bundled glossary and with a synthetic glossary of 5,000 entries.
 * The engine scans text in segments (a paragraph, a cell), so the long text
 * is cut into lines and each line is matched on its own, as on a page.
 */

export interface GlossaryFigures {
  entries: number;
  forms: number;
  compileMs: number;
  /** Wall-clock time of one pass (the best of several). */
  scanMs: number;
  /** CPU time of the same pass: steadier than wall time when other work shares the machine. */
  scanCpuMs: number;
  mbPerS: number;
  mbPerCpuS: number;
  matches: number;
}

export interface MatcherBench {
  text: { source: string; chars: number; segments: number };
  bundled: GlossaryFigures;
  synthetic: GlossaryFigures;
  /** Synthetic scan time ÷ bundled scan time (target ≤ 1.5), by wall clock and by CPU time. */
  ratio: number;
  cpuRatio: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const BLOCK_TAGS =
  /<\/?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|pre|section|blockquote|br|hr|header|footer|nav|figure|figcaption)\b[^>]*>/gi;

/** The readable text of an HTML file, one block per line (enough for a benchmark, not a parser). */
function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(BLOCK_TAGS, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code < 0x110000 ? String.fromCodePoint(code) : all;
      }
      return ENTITIES[name.toLowerCase()] ?? all;
    });
}

/** The long text: the HTML spec's when the shared pages exist, else the demo page repeated up to 5 MB. */
function benchText(specPath: string | null, demoPath: string): { source: string; text: string } {
  if (specPath && existsSync(specPath))
    return { source: 'html-spec.html', text: htmlToText(readFileSync(specPath, 'utf8')) };
  const demo = htmlToText(readFileSync(demoPath, 'utf8'));
  const copies = Math.ceil(5_000_000 / Math.max(1, demo.length));
  return { source: `demo page × ${copies}`, text: Array.from({ length: copies }, () => demo).join('\n') };
}

const words = (list: string) => list.split(' ');

/** A small deterministic PRNG, so every run builds the same synthetic glossary. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROOTS = words(
  'cardi neur hepat nephr gastr derm oste arthr my pneum angi encephal psych lymph thromb cyt immun endocrin pulmon ophthalm rhin lar col cyst mening glyc lip hemat vascul spondyl',
);
const SUFFIXES = words('itis osis opathy algia ectomy ology emia oma otomy oplasty ogenic ergic otoxicity omegaly');
const MODIFIERS = words(
  'acute chronic severe mild primary secondary idiopathic congenital recurrent refractory bilateral systemic partial complex atypical late-onset drug-induced post-operative',
);
// Everyday words that begin many real medical terms ("high blood pressure", "side effect", "heart attack").
const COMMON = words(
  'high low side heart blood open long short body brain first second general local common normal small large total human cell time rate test type risk care health sleep skin bone head back chest white red free light early after over under new data model control value state event user',
);
const HEADS = words(
  'syndrome disorder disease receptor antagonist agonist inhibitor deficiency infusion therapy injection block dysfunction response assessment scale trial protocol',
);

/**
 * A plausible 5,000-entry glossary: the bundled entries plus generated ones:
 * medical-looking compounds ("chronic nephropathy", "hepatitis receptor
 * antagonist"), phrases that begin with everyday words ("high cardiology
 * scale", so ordinary prose starts many trie walks), and case-sensitive
 * abbreviations, some ambiguous.
 */
function syntheticGlossary(base: readonly MatchableEntry[], size = 5000): MatchableEntry[] {
  const rand = rng(0x7e41);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const used = new Set(base.flatMap((e) => e.forms.map((f) => f.text.toLowerCase())));
  // Gives up on a generator that keeps repeating itself and falls back to a longer phrase.
  const fresh = (make: () => string): string => {
    for (let tries = 0; ; tries++) {
      const t = tries < 20 ? make() : `${pick(MODIFIERS)} ${make()} ${pick(HEADS)}`;
      if (!used.has(t.toLowerCase())) {
        used.add(t.toLowerCase());
        return t;
      }
    }
  };
  const word = () => (rand() < 0.5 ? pick(ROOTS) + pick(SUFFIXES) : `${pick(ROOTS)}o${pick(ROOTS)}${pick(SUFFIXES)}`);
  const abbr = () =>
    Array.from({ length: 2 + Math.floor(rand() * 4) }, () => String.fromCharCode(65 + Math.floor(rand() * 26))).join(
      '',
    );
  const phrase = () => {
    const kind = rand();
    if (kind < 0.3) return `${pick(MODIFIERS)} ${word()}`;
    if (kind < 0.5) return `${word()} ${pick(HEADS)}`;
    if (kind < 0.65) return `${pick(MODIFIERS)} ${word()} ${pick(HEADS)}`;
    if (kind < 0.85) return `${pick(COMMON)} ${word()}${rand() < 0.5 ? ` ${pick(HEADS)}` : ''}`;
    return `${pick(COMMON)} ${pick(COMMON)} ${pick(HEADS)}`;
  };
  const out: MatchableEntry[] = [...base];
  for (let i = out.length; i < size; i++) {
    const forms: { text: string; caseSensitive?: boolean; ambiguous?: boolean }[] = [{ text: fresh(phrase) }];
    const extra = Math.floor(rand() * 3);
    for (let k = 0; k < extra; k++) forms.push(rand() < 0.5 ? { text: fresh(phrase) } : { text: fresh(word) });
    if (rand() < 0.35) forms.push({ text: fresh(abbr), caseSensitive: true, ambiguous: rand() < 0.3 });
    out.push({ id: `synthetic-${i}`, forms });
  }
  return out;
}

interface Timed {
  wall: number[];
  cpu: number[];
  matches: number;
}

function scanOnce(matcher: Matcher, segments: string[], into: Timed): void {
  let matches = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const s of segments) matches += matcher.match(s).length;
  into.wall.push(performance.now() - t0);
  const c1 = process.cpuUsage(c0);
  into.cpu.push((c1.user + c1.system) / 1000);
  into.matches = matches;
}

function compileTimed(entries: readonly MatchableEntry[], runs: number): { matcher: Matcher; ms: number } {
  const times: number[] = [];
  let matcher = compileMatcher(entries);
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    matcher = compileMatcher(entries);
    times.push(performance.now() - t0);
  }
  return { matcher, ms: Math.min(...times) };
}

/**
 * Both glossaries are scanned in turn, after two warm-up passes each, and the
 * best pass of each counts: on a shared machine the fastest run is the one
 * least disturbed by other work, so it is the steadiest measure of the cost.
 */
export function runMatcherBench(specPath: string | null, demoPath: string, runs = 7): MatcherBench {
  const { source, text } = benchText(specPath, demoPath);
  const segments = text.split('\n').filter((s) => /[\p{L}\p{N}]/u.test(s));
  const chars = segments.reduce((n, s) => n + s.length, 0);
  const sets: MatchableEntry[][] = [loadGlossaryFromDisk()];
  sets.push(syntheticGlossary(sets[0]!));
  const compiled = sets.map((entries) => compileTimed(entries, runs));
  const timed = sets.map((): Timed => ({ wall: [], cpu: [], matches: 0 }));
  for (let r = 0; r < runs + 2; r++) compiled.forEach((c, i) => scanOnce(c.matcher, segments, timed[i]!));
  const [bundled, synthetic] = sets.map((entries, i): GlossaryFigures => {
    const wall = Math.min(...timed[i]!.wall.slice(2));
    const cpu = Math.min(...timed[i]!.cpu.slice(2));
    return {
      entries: entries.length,
      forms: entries.reduce((n, e) => n + e.forms.length, 0),
      compileMs: compiled[i]!.ms,
      scanMs: wall,
      scanCpuMs: cpu,
      mbPerS: chars / 1e6 / (wall / 1000),
      mbPerCpuS: chars / 1e6 / (cpu / 1000),
      matches: timed[i]!.matches,
    };
  }) as [GlossaryFigures, GlossaryFigures];
  return {
    text: { source, chars, segments: segments.length },
    bundled,
    synthetic,
    ratio: synthetic.scanMs / bundled.scanMs,
    cpuRatio: synthetic.scanCpuMs / bundled.scanCpuMs,
  };
}
