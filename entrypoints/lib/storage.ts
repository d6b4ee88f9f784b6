import { storage } from 'wxt/utils/storage';
import { readSettings, type Settings } from './settings';
import { readSiteRules, type SiteRules } from './site-rules';

/**
 * Every storage item TermLens keeps, in one place.
 *
 * - Settings are small and live in `storage.sync`, so they follow the reader
 *   across signed-in browsers.
 * - The site lists can hold thousands of hostnames (more than sync's 8 KB per
 *   item and 100 KB in total allow), so they stay in `storage.local` on this
 *   device.
 *
 * Raw values are never trusted: readers below validate key by key.
 */
export const settingsItem = storage.defineItem<Record<string, unknown>>('sync:settings', { fallback: {} });
export const siteRulesItem = storage.defineItem<Record<string, unknown>>('local:siteRules', { fallback: {} });

export async function loadSettings(): Promise<Settings> {
  return readSettings(await safeGet(settingsItem)).settings;
}

export async function loadSiteRules(): Promise<SiteRules> {
  return readSiteRules(await safeGet(siteRulesItem)).rules;
}

/** Writes one setting, keeping every other stored key (valid or not) as it is. */
export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  const current = await safeGet(settingsItem);
  await settingsItem.setValue({ ...current, [key]: value });
}

export async function saveSiteRules(rules: SiteRules): Promise<void> {
  await siteRulesItem.setValue({ off: rules.off, on: rules.on });
}

export function watchSettings(cb: (settings: Settings) => void, signal: AbortSignal): void {
  const unwatch = settingsItem.watch((value) => cb(readSettings(value).settings));
  signal.addEventListener('abort', unwatch, { once: true });
}

export function watchSiteRules(cb: (rules: SiteRules) => void, signal: AbortSignal): void {
  const unwatch = siteRulesItem.watch((value) => cb(readSiteRules(value).rules));
  signal.addEventListener('abort', unwatch, { once: true });
}

async function safeGet(item: typeof settingsItem): Promise<Record<string, unknown>> {
  try {
    const value: unknown = await item.getValue();
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
