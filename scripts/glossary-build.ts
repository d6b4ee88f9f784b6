import { readdirSync, readFileSync } from 'node:fs';
import { cardTexts, compactEntry, pageEntry } from '../glossary/compact-entry';
import { packMatcherData } from '../glossary/matcher';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { GlossaryEntry } from '../glossary/schema';
import { formatProblems, validateGlossary } from '../glossary/validate';

const ENTRIES_DIR = join(import.meta.dirname, '..', 'glossary', 'entries');
const FULL = 'virtual:termlens-glossary';
const COMPACT = 'virtual:termlens-glossary-compact';
const PAGE = 'virtual:termlens-glossary-page';
const TEXTS = 'virtual:termlens-glossary-texts';
const MATCHER = 'virtual:termlens-matcher';
const MODULES = [FULL, COMPACT, PAGE, TEXTS, MATCHER];

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
 * serves it as virtual modules: the whole entries for the reference, the
 * compact ones for the options page, what a page needs for the content script
 * (no long explanations or sources), the card texts for the tooltip's code, and
 * the compiled matcher.
 */
export function compileGlossaryModule(dir = ENTRIES_DIR): Plugin {
  return {
    name: 'termlens-glossary',
    resolveId(id) {
      return MODULES.includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      const name = id.startsWith('\0') ? id.slice(1) : '';
      if (!MODULES.includes(name)) return undefined;
      for (const file of readdirSync(dir)) this.addWatchFile(join(dir, file));
      const entries = loadGlossaryFromDisk(dir);
      // The matcher of the bundled glossary, compiled here so that no page has to (glossary/matcher.ts).
      if (name === MATCHER) {
        const { bytes, ...sizes } = packMatcherData(entries.map(pageEntry));
        return `export const packed = { ...${JSON.stringify(sizes)}, bytes: ${quoted(bytes)} };`;
      }
      if (name === TEXTS) return `export const texts = ${parsed(entries.map((e) => [e.id, cardTexts(e)]))};`;
      const data = name === FULL ? entries : name === PAGE ? entries.map(pageEntry) : entries.map(compactEntry);
      return `export const entries = ${parsed(data)};`;
    },
  };
}

/** JSON.parse of a string literal: faster for an engine to load than the same data written as code. */
const parsed = (data: unknown) => `JSON.parse(${quoted(JSON.stringify(data).replace(/'/g, '\\u0027'))})`;

/**
 * A string literal the minifier keeps in quotes. It writes every string as a template literal unless that needs
 * more escapes, and Chromium's parser reads a long template literal about three times slower than the same text
 * in quotes (1.2 against 0.4 ms for the 130 kB matcher, compiled in a fresh page). A trailing backtick, cut off at
 * run time, tips the choice; apostrophes are written as JSON escapes by `parsed`, so that single quotes need none.
 * The cut makes no copy (engines slice a long string in place).
 */
const quoted = (text: string) => `${JSON.stringify(`${text}\``)}.slice(0, -1)`;
