import { entries } from 'virtual:termlens-glossary-compact';
import { compileMatcher, type Matcher } from '../../glossary/matcher';
import type { CompactEntry } from '../../glossary/compact-entry';

/** The glossary as the content script sees it: compact entries, compiled once per frame on first use. */
export const ENTRY_BY_ID: ReadonlyMap<string, CompactEntry> = new Map(entries.map((e) => [e.id, e]));

let matcher: Matcher | null = null;
export function getMatcher(): Matcher {
  return (matcher ??= compileMatcher(entries));
}

export const isOrganisation = (id: string) => ENTRY_BY_ID.get(id)?.category === 'organisation';
