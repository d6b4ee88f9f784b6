import { storage } from 'wxt/utils/storage';
import {
  CHUNK,
  chunkOf,
  compileGlossary,
  compileTrie,
  matchableEntries,
  ownEntryId,
  ownMatcher,
  type CompiledGlossary,
} from '../glossary/own/compile';
import { MAX_TERMS } from '../glossary/own/limits';
import type { OwnTerm } from '../glossary/own/schema';
import { readStoredTerm } from '../glossary/own/stored-term';
import type { MatchableEntry, Matcher } from '../glossary/matcher';
import { ownAsEntry, type ShownEntry } from '../glossary/own/as-entry';
import { newGlossaryId, readGlossaryList, type GlossaryList, type GlossaryMeta } from './glossary-list';
import { formatNumber, t } from './i18n';
import { glossaryListItem, ownGlossaryKeys as keys } from './storage';
import {
  OWN_COMPILED_MIGRATIONS,
  OWN_COMPILED_VERSION,
  OWN_TERMS_MIGRATIONS,
  OWN_TERMS_VERSION,
} from './storage-versions';

/**
 * The reader's own glossaries in storage.local (what lives where: lib/storage.ts).
 * Every change writes a glossary's terms and compiled form first and the list
 * last, so pages, which watch the list, never see a list naming data that is
 * not there yet, and a write that fails (storage full) leaves the list, and
 * every glossary already there, as they were.
 */

export async function loadGlossaryList(): Promise<GlossaryList> {
  try {
    return readGlossaryList(await glossaryListItem.getValue());
  } catch {
    return readGlossaryList(null);
  }
}

export function watchGlossaryList(cb: (list: GlossaryList) => void, signal: AbortSignal): void {
  const unwatch = glossaryListItem.watch((value) => cb(readGlossaryList(value)));
  signal.addEventListener('abort', unwatch, { once: true });
}

async function saveList(list: GlossaryList): Promise<void> {
  await glossaryListItem.setValue({ bundledOn: list.bundledOn, glossaries: list.glossaries });
}

type Migrations = Record<number, (old: unknown) => unknown>;

/** Brings a stored value up to the current version, or null when it is not one TermLens can read. */
function current<T>(raw: unknown, version: number, migrations: Migrations): T | null {
  if (!raw || typeof raw !== 'object') return null;
  let value = raw as { v?: unknown };
  let v = typeof value.v === 'number' ? value.v : 0;
  while (v < version) {
    const step = migrations[v + 1];
    if (!step) return null;
    value = step(value) as { v?: unknown };
    v++;
  }
  return v === version ? ({ ...value, v } as T) : null;
}
const currentCompiled = (raw: unknown) =>
  current<CompiledGlossary & { v: number }>(raw, OWN_COMPILED_VERSION, OWN_COMPILED_MIGRATIONS);
const currentTerms = (raw: unknown) => current<{ terms?: unknown }>(raw, OWN_TERMS_VERSION, OWN_TERMS_MIGRATIONS);

/**
 * The matcher, entries and headwords of every glossary that is switched on,
 * the compiled forms read in one call. The matcher is made on first call
 * (once): a page decodes the stored trie only when it scans, so a page where
 * TermLens is off never does; it compiles one only when the stored form lacks
 * its trie (see ownMatcher).
 */
export async function loadOwnSources(
  list: GlossaryList,
): Promise<{ glossary: GlossaryMeta; entries: MatchableEntry[]; headwords: string[]; matcher: () => Matcher }[]> {
  const on = list.glossaries.filter((g) => g.on);
  if (!on.length) return [];
  const values = await storage.getItems(on.map((g) => keys.compiled(g.id)));
  return on.flatMap((glossary, i) => {
    const compiled = currentCompiled(values[i]?.value);
    if (!compiled || !Array.isArray(compiled.entries)) return [];
    try {
      const entries = matchableEntries(glossary.id, compiled);
      let matcher: Matcher | null = null;
      return [
        {
          glossary,
          entries,
          headwords: compiled.entries.map((e) => e.headword),
          matcher: () => (matcher ??= ownMatcher(entries, compiled.trie)),
        },
      ];
    } catch {
      return []; // a damaged value: that glossary is left out, never the others
    }
  });
}

/**
 * Brings every stored compiled form up to the current version once (after an
 * update of TermLens), so that pages stop compiling older glossaries on the
 * spot. Each form is written back on its own: one that fails stays as it was
 * and still works.
 */
export async function upgradeStoredGlossaries(): Promise<number> {
  const list = await loadGlossaryList();
  let upgraded = 0;
  for (const g of list.glossaries) {
    const key = keys.compiled(g.id);
    const raw: unknown = await storage.getItem(key);
    const v = raw && typeof raw === 'object' ? (raw as { v?: unknown }).v : undefined;
    if (typeof v !== 'number' || v >= OWN_COMPILED_VERSION) continue;
    const value = currentCompiled(raw);
    if (!value || !Array.isArray(value.entries)) continue;
    try {
      value.trie = compileTrie(value.entries);
    } catch {
      continue; // a damaged value: pages keep compiling what they can of it
    }
    await storage.setItem(key, value).then(
      () => upgraded++,
      () => undefined,
    );
  }
  return upgraded;
}

/** One chunk of a glossary's terms (what a tooltip needs), checked term by term. */
export async function loadTermChunk(glossaryId: string, chunk: number): Promise<(OwnTerm | null)[]> {
  const raw = currentTerms(await storage.getItem(keys.terms(glossaryId, chunk)));
  if (!raw || !Array.isArray(raw.terms)) return [];
  return raw.terms.map(readStoredTerm);
}

export async function loadTerm(glossaryId: string, n: number): Promise<OwnTerm | null> {
  return (await loadTermChunk(glossaryId, chunkOf(n)))[n % CHUNK] ?? null;
}

/** Every term of a glossary, in order. */
export async function loadTerms(glossary: Pick<GlossaryMeta, 'id' | 'count'>): Promise<OwnTerm[]> {
  const chunks = Math.ceil(glossary.count / CHUNK);
  if (!chunks) return [];
  const values = await storage.getItems(Array.from({ length: chunks }, (_, k) => keys.terms(glossary.id, k)));
  const out: OwnTerm[] = [];
  for (const { value } of values) {
    const raw = currentTerms(value);
    for (const t of Array.isArray(raw?.terms) ? raw.terms : []) {
      const term = readStoredTerm(t);
      if (term) out.push(term);
    }
  }
  return out;
}

const dataKeys = (id: string, count: number) => [
  keys.compiled(id),
  ...Array.from({ length: Math.max(1, Math.ceil(count / CHUNK)) }, (_, k) => keys.terms(id, k)),
];

/** Writes a glossary's terms and compiled form (not the list). */
async function writeData(id: string, terms: readonly OwnTerm[], oldCount = 0): Promise<void> {
  const chunks = Math.ceil(terms.length / CHUNK);
  const values: { key: ReturnType<typeof keys.terms> | ReturnType<typeof keys.compiled>; value: unknown }[] = [
    { key: keys.compiled(id), value: { v: OWN_COMPILED_VERSION, ...compileGlossary(terms) } },
  ];
  for (let k = 0; k < chunks; k++)
    values.push({
      key: keys.terms(id, k),
      value: { v: OWN_TERMS_VERSION, terms: terms.slice(k * CHUNK, (k + 1) * CHUNK) },
    });
  await storage.setItems(values);
  const stale = dataKeys(id, oldCount).slice(1 + chunks);
  if (stale.length) await storage.removeItems(stale);
}

class GlossaryError extends Error {}

const total = (list: GlossaryList, except?: string) =>
  list.glossaries.reduce((sum, g) => sum + (g.id === except ? 0 : g.count), 0);

function checkRoom(list: GlossaryList, adding: number, except?: string): void {
  const have = total(list, except);
  if (have + adding > MAX_TERMS)
    throw new GlossaryError(
      t('import.wouldHold', { count: formatNumber(have + adding), max: formatNumber(MAX_TERMS) }),
    );
}

/** Adds a glossary (an import, or one restored by Undo); returns its record. */
export async function addGlossary(input: {
  name: string;
  file: string;
  terms: readonly OwnTerm[];
  on?: boolean;
  id?: string;
  added?: string;
}): Promise<GlossaryMeta> {
  const list = await loadGlossaryList();
  checkRoom(list, input.terms.length);
  const id = input.id && !list.glossaries.some((g) => g.id === input.id) ? input.id : newGlossaryId(list.glossaries);
  const meta: GlossaryMeta = {
    id,
    name: input.name,
    file: input.file,
    added: input.added ?? new Date().toISOString(),
    count: input.terms.length,
    on: input.on ?? true,
  };
  try {
    await writeData(id, input.terms);
  } catch (e) {
    await storage.removeItems(dataKeys(id, input.terms.length)).catch(() => undefined);
    throw new GlossaryError(t('import.saveFailed', { detail: e instanceof Error ? e.message : String(e) }));
  }
  const latest = await loadGlossaryList();
  await saveList({ ...latest, glossaries: [...latest.glossaries, meta] });
  return meta;
}

/** Replaces a glossary's terms (an edit, a deletion or a term added from a page). */
export async function replaceTerms(id: string, terms: readonly OwnTerm[]): Promise<void> {
  const list = await loadGlossaryList();
  const meta = list.glossaries.find((g) => g.id === id);
  if (!meta) throw new GlossaryError(t('import.glossaryGone'));
  checkRoom(list, terms.length, id);
  await writeData(id, terms, meta.count);
  const latest = await loadGlossaryList();
  await saveList({
    ...latest,
    glossaries: latest.glossaries.map((g) => (g.id === id ? { ...g, count: terms.length } : g)),
  });
}

export async function updateGlossary(id: string, change: Partial<Pick<GlossaryMeta, 'name' | 'on'>>): Promise<void> {
  const list = await loadGlossaryList();
  await saveList({ ...list, glossaries: list.glossaries.map((g) => (g.id === id ? { ...g, ...change } : g)) });
}

export async function setBundledOn(on: boolean): Promise<void> {
  await saveList({ ...(await loadGlossaryList()), bundledOn: on });
}

/** Deletes a glossary; returns what Undo needs to put it back. */
export async function deleteGlossary(
  id: string,
): Promise<{ meta: GlossaryMeta; terms: OwnTerm[]; position: number } | null> {
  const list = await loadGlossaryList();
  const position = list.glossaries.findIndex((g) => g.id === id);
  const meta = list.glossaries[position];
  if (!meta) return null;
  const terms = await loadTerms(meta);
  await saveList({ ...list, glossaries: list.glossaries.filter((g) => g.id !== id) });
  await storage.removeItems(dataKeys(id, meta.count));
  return { meta, terms, position };
}

/** Undo of a deletion: the same glossary, at the same place in the list, with the same ids. */
export async function restoreGlossary(deleted: {
  meta: GlossaryMeta;
  terms: OwnTerm[];
  position: number;
}): Promise<void> {
  const { meta, terms } = deleted;
  await addGlossary({ ...meta, terms });
  const list = await loadGlossaryList();
  const restored = list.glossaries.filter((g) => g.id === meta.id);
  const others = list.glossaries.filter((g) => g.id !== meta.id);
  others.splice(Math.min(deleted.position, others.length), 0, ...restored);
  await saveList({ ...list, glossaries: others });
}

/**
 * The glossary a term added from a page goes to, named when it is made (in the interface's language then).
 * Asked for when needed: content scripts import this module, and a message read as it loads costs every frame.
 */
export const myGlossaryName = (): string => t('import.myGlossary');

/**
 * Adds one term from a page ("Add to my glossary…") to the glossary named,
 * or to "My glossary", which is made when missing. A term already there with
 * the same words is replaced. Returns the new term's id.
 */
export async function addTerm(term: OwnTerm, glossaryId?: string): Promise<string> {
  const list = await loadGlossaryList();
  const target =
    list.glossaries.find((g) => g.id === glossaryId) ??
    list.glossaries.find((g) => g.name === myGlossaryName() && g.file === '') ??
    // Only this function makes a glossary with no file: one named in the interface's earlier language (the
    // reader has since changed the browser's), or renamed, is still where added terms go; no second one is made.
    list.glossaries.find((g) => g.file === '');
  if (!target) {
    const meta = await addGlossary({ name: myGlossaryName(), file: '', terms: [term] });
    return ownEntryId(meta.id, 0);
  }
  const terms = await loadTerms(target);
  const same = terms.findIndex((t) => t.term.toLowerCase() === term.term.toLowerCase());
  if (same >= 0) terms[same] = term;
  else terms.push(term);
  await replaceTerms(target.id, terms);
  if (!target.on) await updateGlossary(target.id, { on: true });
  return ownEntryId(target.id, same >= 0 ? same : terms.length - 1);
}

/** Every term of the glossaries that are on, for the popup's search and the reference. */
export async function loadOwnEntries(): Promise<ShownEntry[]> {
  const list = await loadGlossaryList();
  const out: ShownEntry[] = [];
  for (const g of list.glossaries.filter((x) => x.on)) {
    const terms = await loadTerms(g);
    terms.forEach((t, n) => out.push(ownAsEntry(t, ownEntryId(g.id, n), g.name)));
  }
  return out;
}
