import { isRecord } from './guards';
import { formatNumber, t } from './i18n';
import { isValidSetting, DEFAULT_SETTINGS, type Settings } from './settings';
import { settingsV2 } from './storage-versions';
import { MAX_SITE_RULES, normaliseSitePattern, readSiteRules, SITE_LIST_KEYS, type SiteRules } from './site-rules';

/**
 * The settings file people export and import: { "termlens": 1, "settings":
 * {...}, "siteRules": {...} }. Reading one is all-or-nothing for the file
 * itself (not JSON, wrong shape, too large: nothing changes) and key by key
 * inside it: good keys are imported, bad ones are named and left alone.
 *
 * The exception lists (`offExceptions`, `onExceptions`) came later, without a
 * new format number: a file written before them, with only `off` and `on`,
 * imports as it always did and leaves the exceptions as they are.
 */

const SETTINGS_FILE_FORMAT = 1;
export const SETTINGS_FILE_MAX_BYTES = 1024 * 1024;

export interface RejectedKey {
  /** Where in the file: "settings.theme", "siteRules.off", or a top-level key. Plain text, never markup. */
  key: string;
  reason: string;
}

export type SettingsImport =
  | { ok: true; settings: Partial<Settings>; siteRules: Partial<SiteRules>; rejected: RejectedKey[] }
  | { ok: false; error: string };

export function buildSettingsFile(settings: Settings, rules: SiteRules): string {
  const siteRules = Object.fromEntries(SITE_LIST_KEYS.map((key) => [key, rules[key]]));
  const file = { termlens: SETTINGS_FILE_FORMAT, settings, siteRules };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function settingsFileName(date = new Date()): string {
  return `termlens-settings-${date.toISOString().slice(0, 10)}.json`;
}

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
const isSettingKey = (k: string): k is keyof Settings => (SETTING_KEYS as string[]).includes(k);
const isRuleKey = (k: string): k is keyof SiteRules => (SITE_LIST_KEYS as readonly string[]).includes(k);

/** Long or odd key names are shortened for the message; they are shown as text either way. */
const shown = (key: string) => (key.length > 60 ? `${key.slice(0, 57)}…` : key);
const fail = (error: string): SettingsImport => ({ ok: false, error });

function readRuleList(value: unknown): { list: string[] } | { reason: string } {
  if (!Array.isArray(value)) return { reason: t('import.listNotSites') };
  if (value.length > MAX_SITE_RULES) return { reason: t('import.listTooLong', { max: formatNumber(MAX_SITE_RULES) }) };
  const list = new Set<string>();
  for (const item of value) {
    const rule = typeof item === 'string' ? normaliseSitePattern(item) : null;
    if (rule === null) return { reason: t('import.listHoldsNonSite', { item: shown(String(item)) }) };
    list.add(rule);
  }
  // The same check storage reads with: what imports cleanly here reads back unchanged.
  const checked = readSiteRules({ off: [...list] });
  return checked.invalid.length ? { reason: t('import.listHoldsNonSites') } : { list: checked.rules.off };
}

/** Reads a settings file's text; `byteLength` lets the caller reject a huge file before reading it. */
export function parseSettingsFile(text: string, byteLength = new TextEncoder().encode(text).length): SettingsImport {
  if (byteLength > SETTINGS_FILE_MAX_BYTES) return fail(t('import.settingsTooLarge'));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(t('import.settingsNotJson'));
  }
  if (!isRecord(data) || !('termlens' in data)) return fail(t('import.settingsNotOurs'));
  if (data.termlens !== SETTINGS_FILE_FORMAT) {
    return fail(
      typeof data.termlens === 'number' && data.termlens > SETTINGS_FILE_FORMAT
        ? t('import.settingsNewer')
        : t('import.settingsNotOurs'),
    );
  }
  const hasSettings = 'settings' in data;
  const hasRules = 'siteRules' in data;
  if (!hasSettings && !hasRules) return fail(t('import.settingsEmpty'));
  if ((hasSettings && !isRecord(data.settings)) || (hasRules && !isRecord(data.siteRules))) {
    return fail(t('import.settingsDamaged'));
  }

  const rejected: RejectedKey[] = [];
  for (const key of Object.keys(data)) {
    if (key !== 'termlens' && key !== 'settings' && key !== 'siteRules')
      rejected.push({ key: shown(key), reason: t('import.keyNotPartOfFile') });
  }

  const settings: Partial<Settings> = {};
  // A file exported by an older TermLens holds the older shape: brought up to date as storage would be.
  const fileSettings = hasSettings ? (settingsV2(data.settings) as Record<string, unknown>) : {};
  for (const [key, value] of Object.entries(fileSettings)) {
    if (!isSettingKey(key)) rejected.push({ key: `settings.${shown(key)}`, reason: t('import.keyNotASetting') });
    else if (isValidSetting(key, value)) (settings as Record<string, unknown>)[key] = value;
    else rejected.push({ key: `settings.${key}`, reason: t('import.keyBadValue') });
  }

  const siteRules: Partial<SiteRules> = {};
  for (const [key, value] of Object.entries(hasRules ? (data.siteRules as Record<string, unknown>) : {})) {
    if (!isRuleKey(key)) {
      rejected.push({ key: `siteRules.${shown(key)}`, reason: t('import.keyNotASiteList') });
      continue;
    }
    const read = readRuleList(value);
    if ('list' in read) siteRules[key] = read.list;
    else rejected.push({ key: `siteRules.${key}`, reason: read.reason });
  }
  return { ok: true, settings, siteRules, rejected };
}
