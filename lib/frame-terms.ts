import { alphabetical } from '../glossary/alphabetical';
import { isEntryId } from '../glossary/entry-id';
import { isRecord } from './guards';
import type { PageTerm } from './messages';

/**
 * Terms found in a tab's frames. Every frame's content script pushes its
 * state (same-origin and cross-origin frames alike); the background keeps the
 * latest report of each frame by frameId, per tab, and sums them for the
 * badge, and the popup merges them into "On this page".
 *
 * A frame's report carries `since`, the epoch time its document started
 * (performance.timeOrigin). A frame of a page the tab has since left started
 * before the tab's current top document did, so it is left out: reports of
 * frames need no cleanup when the tab navigates.
 */

export interface FrameReport {
  on: boolean;
  since: number;
  terms: PageTerm[];
}

/** One tab's frames, by frameId (0 is the top frame). */
export type TabFrames = Record<string, FrameReport>;

/** A term of the merged list, with the frames it was found in (the top frame first). */
export interface FramedTerm extends PageTerm {
  frames: number[];
}

const MAX_FRAMES = 100;
const MAX_TERMS = 500;

function readTerm(raw: unknown): PageTerm | null {
  if (!isRecord(raw) || !isEntryId(raw.id)) return null;
  const { headword, count } = raw;
  if (typeof headword !== 'string' || !headword || headword.length > 80) return null;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return null;
  return { id: raw.id, headword, count };
}

/** A stored tab's frames, checked frame by frame; anything malformed is dropped. */
export function readTabFrames(raw: unknown): TabFrames {
  const out: TabFrames = {};
  if (!isRecord(raw)) return out;
  for (const [frameId, report] of Object.entries(raw).slice(0, MAX_FRAMES)) {
    if (!/^\d{1,10}$/.test(frameId) || !isRecord(report)) continue;
    if (typeof report.on !== 'boolean' || typeof report.since !== 'number' || !Number.isFinite(report.since)) continue;
    const terms = Array.isArray(report.terms) ? report.terms.slice(0, MAX_TERMS).map(readTerm) : [];
    out[frameId] = { on: report.on, since: report.since, terms: terms.filter((t): t is PageTerm => t !== null) };
  }
  return out;
}

/** The frames of the tab's current page that are on: the top frame's, and those started after it. */
function currentFrames(frames: TabFrames, topSince = frames['0']?.since): [number, FrameReport][] {
  return Object.entries(frames)
    .map(([id, report]) => [Number(id), report] as [number, FrameReport])
    .filter(([id, report]) => report.on && (id === 0 || topSince === undefined || report.since >= topSince))
    .sort((a, b) => a[0] - b[0]);
}

/**
 * The top frame's terms (as it answered the popup) merged with the other
 * frames' terms: counts add up, each term lists the frames holding it, and
 * the list is ordered most frequent first, as the top frame orders its own.
 */
export function mergeFrameTerms(top: PageTerm[], frames: TabFrames, topSince?: number): FramedTerm[] {
  const merged = new Map<string, FramedTerm>(top.map((t) => [t.id, { ...t, frames: [0] }]));
  for (const [frameId, report] of currentFrames(frames, topSince)) {
    if (frameId === 0) continue;
    for (const t of report.terms) {
      const known = merged.get(t.id);
      if (known) {
        known.count += t.count;
        known.frames.push(frameId);
      } else merged.set(t.id, { ...t, frames: [frameId] });
    }
  }
  return [...merged.values()].sort((a, b) => b.count - a.count || alphabetical(a.headword, b.headword));
}

/**
 * What the badge of a tab shows: off when its page is off, else the number of distinct terms in all its
 * frames. The words for it are the background's (entrypoints/background/toolbar-button.ts, in the
 * interface's language).
 */
export function badgeFor(frames: TabFrames): { on: boolean; terms: number } {
  const top = frames['0'];
  if (top && !top.on) return { on: false, terms: 0 };
  const ids = new Set(currentFrames(frames).flatMap(([, report]) => report.terms.map((t) => t.id)));
  return { on: true, terms: ids.size };
}
