import { CHUNK, chunkOf, parseOwnId } from '../../glossary/own/compile';
import type { OwnTerm } from '../../glossary/own/schema';
import type { GlossaryList } from '../../lib/glossary-list';
import { t } from '../../lib/i18n';
import { loadOwnSources, loadTermChunk } from '../../lib/own-glossaries';
import { setSources } from './glossary-data';

/**
 * The reader's own glossaries on the page side. A page reads the small list
 * of glossaries (index.ts); only when it names one that is on does it read
 * their compiled forms here, and a tooltip reads the one chunk of terms it
 * needs. With no glossary of the reader's, none of this reads anything.
 */

let names = new Map<string, string>();
let chunks = new Map<string, Promise<(OwnTerm | null)[]>>();
let generation = 0;

/** Makes the matcher use the glossaries the list switches on; resolves false if a newer list overtook it. */
export async function applyGlossaries(list: GlossaryList): Promise<boolean> {
  const mine = ++generation;
  const own = list.glossaries.some((g) => g.on) ? await loadOwnSources(list) : [];
  if (mine !== generation) return false;
  names = new Map(list.glossaries.map((g) => [g.id, g.name]));
  chunks = new Map();
  setSources(
    own.map(({ glossary, entries, headwords, matcher }) => ({
      name: glossary.name,
      entries,
      matcher,
      // Looked up only for the terms a page shows, not built for every term of the glossary on every page.
      headwords: {
        get: (id: string) => {
          const n = parseOwnId(id)?.n ?? -1;
          return entries[n]?.id === id ? headwords[n] : undefined;
        },
      },
    })),
    list.bundledOn,
  );
  return true;
}

/** A reader's term and the name of its glossary, for a tooltip; null for bundled ids or a term since deleted. */
export async function ownTerm(id: string): Promise<{ term: OwnTerm; glossary: string } | null> {
  const parsed = parseOwnId(id);
  if (!parsed) return null;
  const key = `${parsed.glossaryId}:${chunkOf(parsed.n)}`;
  let chunk = chunks.get(key);
  if (!chunk) chunks.set(key, (chunk = loadTermChunk(parsed.glossaryId, chunkOf(parsed.n)).catch(() => [])));
  const term = (await chunk)[parsed.n % CHUNK];
  return term ? { term, glossary: names.get(parsed.glossaryId) ?? t('page.yourGlossary') } : null;
}
