import { browser } from 'wxt/browser';
import { recordOr } from './guards';

/**
 * The page's one storage read at start, as the areas return it: the keys
 * of the settings, the site rules and the list of glossaries, with their
 * versions (read and brought up to date by lib/page-start.ts). A file of its
 * own because the content script's loader starts this read while the engine
 * is still loading (entrypoints/content/index.ts), and carries no more code
 * than the read itself.
 */
export interface StoredStart {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
}

const read = (area: 'sync' | 'local', keys: string[]): Promise<Record<string, unknown>> =>
  browser.storage[area].get(keys).then(recordOr, () => ({}));

export async function readPageStart(): Promise<StoredStart> {
  const [sync, local] = await Promise.all([
    read('sync', ['settings', 'settings$']),
    read('local', ['siteRules', 'siteRules$', 'glossaries', 'glossaries$']),
  ]);
  return { sync, local };
}
