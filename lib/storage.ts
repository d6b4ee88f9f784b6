import { storage } from 'wxt/utils/storage';
import { recordOr } from './guards';
import { readSettings, type Settings } from './settings';
import { readSiteRules, type SiteRules } from './site-rules';
import { readTabFrames, type FrameReport, type TabFrames } from './frame-terms';
import {
  FRAME_TERMS_MIGRATIONS,
  FRAME_TERMS_VERSION,
  EXPLAIN_SELECTION_MIGRATIONS,
  EXPLAIN_SELECTION_VERSION,
  GLOSSARY_LIST_MIGRATIONS,
  GLOSSARY_LIST_VERSION,
  SAVED_TERMS_MIGRATIONS,
  SAVED_TERMS_VERSION,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  SITE_RULES_MIGRATIONS,
  SITE_RULES_VERSION,
} from './storage-versions';

/**
 * Every storage item TermLens keeps, in one place.
 *
 * - Settings are small and live in `storage.sync`, so they follow the reader
 *   across signed-in browsers.
 * - The site lists can hold thousands of hostnames (more than sync's 8 KB per
 *   item and 100 KB in total allow), so they stay in `storage.local` on this
 *   device.
 *
 * - The reader's own glossaries stay in `storage.local` on this device (they
 *   leave it only as an exported file): a small list every page reads
 *   (`glossaries`), and per glossary its compiled form for pages
 *   (`glossary-<id>-compiled`: forms and the matcher's trie, made when the
 *   glossary is saved) and its terms in chunks of 500
 *   (`glossary-<id>-terms-<k>`), read by tooltips, the popup, the reference
 *   and the options page. lib/own-glossaries.ts reads and writes them.
 *
 * - The terms the reader saved ("My terms", notebook.html) stay in
 *   `storage.local` on this device, with their notes (`savedTerms`); they
 *   leave it only as a printed sheet or an exported file. lib/saved-terms.ts
 *   reads and writes them.
 *
 * - The last theme applied is copied into the extension pages' own
 *   localStorage: unlike extension storage it can be read synchronously,
 *   before the first paint, so a reader who chose dark does not see the popup
 *   flash light while the setting is read. Only a copy: the setting decides.
 *
 * Every item carries a version and its migrations (lib/storage-versions.ts):
 * a new stored shape bumps the version and adds the step from the old one.
 * Raw values are never trusted: readers below validate key by key.
 *
 * An item is defined on first use (lazyItem): WXT reads an item's value and
 * version as soon as it is defined, and a web page's content script, which
 * imports this module in every frame, reads what it needs in one call per
 * storage area instead (loadPageStart).
 */
export const settingsItem = lazyItem(() =>
  storage.defineItem<Record<string, unknown>>('sync:settings', {
    fallback: {},
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  }),
);
export const siteRulesItem = lazyItem(() =>
  storage.defineItem<Record<string, unknown>>('local:siteRules', {
    fallback: {},
    version: SITE_RULES_VERSION,
    migrations: SITE_RULES_MIGRATIONS,
  }),
);
export const glossaryListItem = lazyItem(() =>
  storage.defineItem<Record<string, unknown>>('local:glossaries', {
    fallback: {},
    version: GLOSSARY_LIST_VERSION,
    migrations: GLOSSARY_LIST_MIGRATIONS,
  }),
);
/** A storage item that WXT defines (and migrates) the first time one of its methods is called. */
function lazyItem<I extends object>(define: () => I): I {
  let item: I | null = null;
  return new Proxy({} as I, {
    get(_, key) {
      item ??= define();
      const value: unknown = Reflect.get(item, key);
      return typeof value === 'function' ? value.bind(item) : value;
    },
    has: (_, key) => Reflect.has((item ??= define()), key),
  });
}

/**
 * The terms in each tab's frames, by tab id then frame id (lib/frame-terms.ts).
 * In `storage.session`: kept while the browser runs, so a background worker
 * stopped and restarted loses nothing, and gone when it closes. Only the
 * background writes it; the popup reads it. Defined on first use: content
 * scripts import this module too, and may not touch `storage.session` (WXT
 * checks an item's version as soon as it is defined).
 */
let frameTerms: typeof settingsItem | null = null;
const frameTermsItem = () =>
  (frameTerms ??= storage.defineItem<Record<string, unknown>>('session:frameTerms', {
    fallback: {},
    version: FRAME_TERMS_VERSION,
    migrations: FRAME_TERMS_MIGRATIONS,
  }));
/**
 * Text the reader chose to explain from a page's context menu, handed from
 * the background to the explain page it opens (too long for an address), in
 * `storage.session`: never on disk, and taken out as soon as the page reads it.
 * Defined on first use, like frameTerms.
 */
let explainSelection: ReturnType<typeof storage.defineItem<string>> | null = null;
const explainSelectionItem = () =>
  (explainSelection ??= storage.defineItem<string>('session:explainSelection', {
    fallback: '',
    version: EXPLAIN_SELECTION_VERSION,
    migrations: EXPLAIN_SELECTION_MIGRATIONS,
  }));

export const saveExplainSelection = (text: string): Promise<void> => explainSelectionItem().setValue(text);

/** The selection waiting for the explain page, once: it is removed as it is read. */
export async function takeExplainSelection(): Promise<string> {
  try {
    const text: unknown = await explainSelectionItem().getValue();
    await explainSelectionItem().removeValue();
    return typeof text === 'string' ? text : '';
  } catch {
    return '';
  }
}

export const savedTermsItem = lazyItem(() =>
  storage.defineItem<Record<string, unknown>>('local:savedTerms', {
    fallback: {},
    version: SAVED_TERMS_VERSION,
    migrations: SAVED_TERMS_MIGRATIONS,
  }),
);
/** The keys of one reader glossary's data (see lib/own-glossaries.ts). */
export const ownGlossaryKeys = {
  compiled: (id: string) => `local:glossary-${id}-compiled` as const,
  terms: (id: string, chunk: number) => `local:glossary-${id}-terms-${chunk}` as const,
};
export async function loadSettings(): Promise<Settings> {
  return readSettings(await safeGet(settingsItem)).settings;
}

export async function loadSiteRules(): Promise<SiteRules> {
  return readSiteRules(await safeGet(siteRulesItem)).rules;
}

export type StoredPair = readonly [Settings, SiteRules];

/** Both stored values, read together. */
export const loadStored = (): Promise<StoredPair> => Promise.all([loadSettings(), loadSiteRules()]);

/** Writes one setting, keeping every other stored key (valid or not) as it is. */
export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  const current = await safeGet(settingsItem);
  await settingsItem.setValue({ ...current, [key]: value });
}

export async function saveSiteRules(rules: SiteRules): Promise<void> {
  await siteRulesItem.setValue({
    off: rules.off,
    offExceptions: rules.offExceptions,
    on: rules.on,
    onExceptions: rules.onExceptions,
  });
}

export function watchSettings(cb: (settings: Settings) => void, signal: AbortSignal): void {
  const unwatch = settingsItem.watch((value) => cb(readSettings(value).settings));
  signal.addEventListener('abort', unwatch, { once: true });
}

export function watchSiteRules(cb: (rules: SiteRules) => void, signal: AbortSignal): void {
  const unwatch = siteRulesItem.watch((value) => cb(readSiteRules(value).rules));
  signal.addEventListener('abort', unwatch, { once: true });
}

export async function safeGet(item: typeof settingsItem): Promise<Record<string, unknown>> {
  try {
    const value: unknown = await item.getValue();
    return recordOr(value);
  } catch {
    return {};
  }
}

export async function loadTabFrames(tabId: number): Promise<TabFrames> {
  return readTabFrames((await safeGet(frameTermsItem()))[tabId]);
}

export function watchTabFrames(tabId: number, cb: (frames: TabFrames) => void, signal: AbortSignal): void {
  const unwatch = frameTermsItem().watch((value) => cb(readTabFrames(recordOr(value)[tabId])));
  signal.addEventListener('abort', unwatch, { once: true });
}

/** Records one frame's latest report (null: the frame is gone) and returns the tab's frames after it. */
export async function saveFrameReport(tabId: number, frameId: number, report: FrameReport | null): Promise<TabFrames> {
  const all = await safeGet(frameTermsItem());
  const frames = readTabFrames(all[tabId]);
  if (report) frames[frameId] = report;
  else delete frames[frameId];
  await frameTermsItem().setValue({ ...all, [tabId]: frames });
  return frames;
}

export async function forgetTab(tabId: number): Promise<void> {
  const all = await safeGet(frameTermsItem());
  if (!(tabId in all)) return;
  delete all[tabId];
  await frameTermsItem().setValue(all);
}
