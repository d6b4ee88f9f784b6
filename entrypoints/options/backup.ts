import type { BackupMessage } from '../../components/SettingsBackup';
import {
  buildSettingsFile,
  parseSettingsFile,
  settingsFileName,
  SETTINGS_FILE_MAX_BYTES,
} from '../../lib/settings-file';
import type { Settings } from '../../lib/settings';
import { loadSiteRules, loadStored, saveSetting, saveSiteRules } from '../../lib/storage';

let lastDownload: string | null = null;

/** Downloads the current settings and site lists as a JSON file. */
export async function exportSettings(): Promise<void> {
  const [settings, rules] = await loadStored();
  const blob = new Blob([buildSettingsFile(settings, rules)], { type: 'application/json' });
  // The previous file's URL is released here rather than on a timer: by now its download has long started.
  if (lastDownload) URL.revokeObjectURL(lastDownload);
  lastDownload = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = lastDownload;
  a.download = settingsFileName();
  a.click();
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Reads a chosen file; imports nothing unless the file as a whole is a TermLens settings file. */
export async function importSettings(file: File): Promise<BackupMessage> {
  if (file.size > SETTINGS_FILE_MAX_BYTES) {
    return {
      kind: 'error',
      text: 'This file is larger than 1 MB, too large to be a TermLens settings file. Nothing was changed.',
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'error', text: 'The file could not be read. Nothing was changed.' };
  }
  const result = parseSettingsFile(text, file.size);
  if (!result.ok) return { kind: 'error', text: result.error };

  const keys = Object.keys(result.settings) as (keyof Settings)[];
  for (const key of keys) await saveSetting(key, result.settings[key] as Settings[typeof key]);
  const lists = Object.keys(result.siteRules).length;
  if (lists > 0) await saveSiteRules({ ...(await loadSiteRules()), ...result.siteRules });

  const imported =
    keys.length + lists === 0
      ? 'Nothing in this file could be imported.'
      : `Imported ${plural(keys.length, 'setting', 'settings')} and ${plural(lists, 'site list', 'site lists')}.`;
  return { kind: 'done', text: imported, imported: keys.length + lists, rejected: result.rejected };
}
