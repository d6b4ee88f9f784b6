import { MAX_NAME } from '../glossary/own/limits';
import { t } from './i18n';

/**
 * The list of glossaries: the bundled one's switch and each of the reader's
 * glossaries with its name, file, date, size and switch. Small on purpose:
 * it is the one item every page reads, and when it names no glossary that is
 * switched on, a page reads nothing more.
 */

export interface GlossaryMeta {
  /** Short and lower-case: it is part of every term's id ("o-<id>-<n>"). */
  id: string;
  name: string;
  /** The file it was imported from; empty for one written in TermLens. */
  file: string;
  /** When it was imported or created (ISO 8601). */
  added: string;
  count: number;
  on: boolean;
}

export interface GlossaryList {
  bundledOn: boolean;
  glossaries: GlossaryMeta[];
}

const EMPTY_LIST: GlossaryList = { bundledOn: true, glossaries: [] };

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Reads a stored list key by key: a damaged glossary record is left out, never the whole list. */
export function readGlossaryList(raw: unknown): GlossaryList {
  if (!isObj(raw)) return EMPTY_LIST;
  const glossaries: GlossaryMeta[] = [];
  const ids = new Set<string>();
  for (const g of Array.isArray(raw.glossaries) ? raw.glossaries : []) {
    if (!isObj(g) || typeof g.id !== 'string' || !/^[a-z0-9]{1,16}$/.test(g.id) || ids.has(g.id)) continue;
    const name = typeof g.name === 'string' ? g.name.trim().slice(0, MAX_NAME) : '';
    ids.add(g.id);
    glossaries.push({
      id: g.id,
      name: name || t('import.unnamedGlossary'),
      file: typeof g.file === 'string' ? g.file.slice(0, 200) : '',
      added: typeof g.added === 'string' ? g.added : '',
      count: typeof g.count === 'number' && Number.isInteger(g.count) && g.count >= 0 ? g.count : 0,
      on: g.on !== false,
    });
  }
  return { bundledOn: raw.bundledOn !== false, glossaries };
}

/** A new glossary id, unlike the ones in use. */
export function newGlossaryId(taken: readonly GlossaryMeta[], random = Math.random): string {
  for (;;) {
    const id = Math.floor(random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0');
    if (!taken.some((g) => g.id === id)) return id;
  }
}
