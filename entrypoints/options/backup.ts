import type { BackupMessage } from '../../components/SettingsBackup';
import {
  buildSettingsFile,
  parseSettingsFile,
  settingsFileName,
  SETTINGS_FILE_MAX_BYTES,
} from '../../lib/settings-file';
import { formatNumber, t } from '../../lib/i18n';
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

/** Reads a chosen file; imports nothing unless the file as a whole is a TermLens settings file. */
export async function importSettings(file: File): Promise<BackupMessage> {
  if (file.size > SETTINGS_FILE_MAX_BYTES) {
    return { kind: 'error', text: t('import.settingsTooLarge') };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'error', text: t('import.settingsUnreadable') };
  }
  const result = parseSettingsFile(text, file.size);
  if (!result.ok) return { kind: 'error', text: result.error };

  const keys = Object.keys(result.settings) as (keyof Settings)[];
  for (const key of keys) await saveSetting(key, result.settings[key] as Settings[typeof key]);
  const lists = Object.keys(result.siteRules).length;
  if (lists > 0) await saveSiteRules({ ...(await loadSiteRules()), ...result.siteRules });

  const imported =
    keys.length + lists === 0
      ? t('import.nothingImported')
      : t('import.settingsImported', {
          settings: t('import.settingCount', keys.length, [formatNumber(keys.length)]),
          lists: t('import.siteListCount', lists, [formatNumber(lists)]),
        });
  return { kind: 'done', text: imported, imported: keys.length + lists, rejected: result.rejected };
}
