import { readdirSync, readFileSync } from 'node:fs';
import { compactEntry } from '../glossary/compact-entry';
import { packMatcherData } from '../glossary/matcher';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { GlossaryEntry } from '../glossary/schema';
import { formatProblems, validateGlossary } from '../glossary/validate';

const ENTRIES_DIR = join(import.meta.dirname, '..', 'glossary', 'entries');
const FULL = 'virtual:termlens-glossary';
const COMPACT = 'virtual:termlens-glossary-compact';
const MATCHER = 'virtual:termlens-matcher';

/** Reads and validates every entries/*.json file; throws a message naming each bad entry and field. */
export function loadGlossaryFromDisk(dir = ENTRIES_DIR): GlossaryEntry[] {
  const raw: unknown[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      throw new Error(`glossary/entries/${file} is not valid JSON: ${(err as Error).message}`, { cause: err });
    }
    if (!Array.isArray(parsed)) throw new Error(`glossary/entries/${file} must hold an array of entries`);
    raw.push(...parsed);
  }
  const result = validateGlossary(raw);
  if (!result.ok) throw new Error(`The glossary has errors:\n${formatProblems(result.problems)}`);
  return result.entries.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Validates the glossary at build time (a malformed entry fails the build) and
 * serves it as two virtual modules, so the content script ships without the
 * long explanations and sources that only the reference shows.
 */
export function compileGlossaryModule(dir = ENTRIES_DIR): Plugin {
  return {
    name: 'termlens-glossary',
    resolveId(id) {
      return id === FULL || id === COMPACT || id === MATCHER ? `\0${id}` : undefined;
    },
    load(id) {
      if (id !== `\0${FULL}` && id !== `\0${COMPACT}` && id !== `\0${MATCHER}`) return undefined;
      for (const file of readdirSync(dir)) this.addWatchFile(join(dir, file));
      const entries = loadGlossaryFromDisk(dir);
      // The matcher of the bundled glossary, compiled here so that no page has to (glossary/matcher.ts).
      if (id === `\0${MATCHER}`)
        return `export const packed = ${JSON.stringify(packMatcherData(entries.map(compactEntry)))};`;
      const data = id === `\0${FULL}` ? entries : entries.map(compactEntry);
      return `export const entries = JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}
