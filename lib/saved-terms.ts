import { isEntryId } from '../glossary/entry-id';
import { isRecord } from './guards';
import { safeGet, savedTermsItem } from './storage';

/**
 * The reader's notebook ("My terms"): the terms they saved from a tooltip,
 * the popup or the explain page, newest first, each with a note of their own.
 * Stored in `storage.local` on this device only (lib/storage.ts). A saved
 * term keeps the words it was saved with, so a term from a reader's glossary
 * that is later deleted still reads in the notebook.
 */
export interface SavedTerm {
  id: string;
  headword: string;
  /** The plain definition when it was saved. */
  definition: string;
  /** When it was saved (ISO 8601). */
  saved: string;
  note: string;
  /** Only with the setting "keep the page" on: where the reader met the term. */
  pageTitle?: string;
  pageUrl?: string;
}

export const SAVED_LIMITS = { terms: 2000, note: 2000, text: 1200, title: 300, url: 2000 } as const;

const str = (v: unknown, max: number): string | undefined =>
  typeof v === 'string' && v.length > 0 ? v.slice(0, max) : undefined;

/** One stored term if usable, else null (a hand-edited or corrupted value is dropped on its own). */
function readTerm(raw: unknown): SavedTerm | null {
  if (!isRecord(raw) || !isEntryId(raw.id)) return null;
  const headword = str(raw.headword, 80);
  const definition = str(raw.definition, SAVED_LIMITS.text);
  const saved = typeof raw.saved === 'string' && !Number.isNaN(Date.parse(raw.saved)) ? raw.saved : undefined;
  if (!headword || !definition || !saved) return null;
  const term: SavedTerm = { id: raw.id, headword, definition, saved, note: str(raw.note, SAVED_LIMITS.note) ?? '' };
  const pageTitle = str(raw.pageTitle, SAVED_LIMITS.title);
  const pageUrl = str(raw.pageUrl, SAVED_LIMITS.url);
  if (pageTitle) term.pageTitle = pageTitle;
  if (pageUrl && /^https?:\/\//.test(pageUrl)) term.pageUrl = pageUrl;
  return term;
}

/** The stored notebook, newest first, each id once. */
export function readSavedTerms(raw: unknown): SavedTerm[] {
  const list = isRecord(raw) && Array.isArray(raw.terms) ? raw.terms : [];
  const seen = new Set<string>();
  const out: SavedTerm[] = [];
  for (const item of list.slice(0, SAVED_LIMITS.terms)) {
    const term = readTerm(item);
    if (!term || seen.has(term.id)) continue;
    seen.add(term.id);
    out.push(term);
  }
  return out;
}

export async function isSaved(id: string): Promise<boolean> {
  return (await loadSavedTerms()).some((t) => t.id === id);
}

export async function loadSavedTerms(): Promise<SavedTerm[]> {
  return readSavedTerms(await safeGet(savedTermsItem));
}

// Writes run one after another, so two quick saves (two tabs, a save and a note) never lose each other.
let queue: Promise<unknown> = Promise.resolve();

function update(change: (terms: SavedTerm[]) => SavedTerm[]): Promise<SavedTerm[]> {
  const run = queue.then(async () => {
    const next = change(await loadSavedTerms()).slice(0, SAVED_LIMITS.terms);
    await savedTermsItem.setValue({ terms: next });
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

export type NewTerm = Pick<SavedTerm, 'id' | 'headword' | 'definition' | 'pageTitle' | 'pageUrl'>;

/** Saves a term at the top of the notebook; saving it again keeps its note and moves it up. */
export function saveTerm(term: NewTerm, now = new Date()): Promise<SavedTerm[]> {
  return update((terms) => {
    const old = terms.find((t) => t.id === term.id);
    const fresh = readTerm({ ...term, saved: now.toISOString(), note: old?.note ?? '' });
    if (!fresh) return terms;
    return [fresh, ...terms.filter((t) => t.id !== term.id)];
  });
}

export function setNote(id: string, note: string): Promise<SavedTerm[]> {
  return update((terms) => terms.map((t) => (t.id === id ? { ...t, note: note.slice(0, SAVED_LIMITS.note) } : t)));
}

export function removeTerm(id: string): Promise<SavedTerm[]> {
  return update((terms) => terms.filter((t) => t.id !== id));
}

/** Puts a removed term back where it was (Undo). */
export function restoreTerm(term: SavedTerm, index: number): Promise<SavedTerm[]> {
  return update((terms) => {
    const rest = terms.filter((t) => t.id !== term.id);
    rest.splice(Math.min(index, rest.length), 0, term);
    return rest;
  });
}

export function clearSavedTerms(): Promise<SavedTerm[]> {
  return update(() => []);
}

export function watchSavedTerms(cb: (terms: SavedTerm[]) => void, signal: AbortSignal): void {
  const unwatch = savedTermsItem.watch((value) => cb(readSavedTerms(value)));
  signal.addEventListener('abort', unwatch, { once: true });
}
