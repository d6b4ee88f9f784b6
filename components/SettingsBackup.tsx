import { useRef } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { RejectedKey } from '../lib/settings-file';

export type BackupMessage =
  { kind: 'error'; text: string } | { kind: 'done'; text: string; imported: number; rejected: RejectedKey[] };

export interface SettingsBackupProps {
  onExport: () => void;
  onImport: (file: File) => void;
  message: BackupMessage | null;
}

/** Export to a JSON file and import one back; the outcome, good or bad, is spelled out under the buttons. */
export function SettingsBackup({ onExport, onImport, message }: SettingsBackupProps) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <div class="tl-backup">
      <div class="tl-row">
        <button type="button" class="tl-button" onClick={onExport}>
          {t('options.exportSettings')}
        </button>
        <button type="button" class="tl-button" onClick={() => fileRef.current?.click()}>
          {t('options.importSettings')}
        </button>
        <input
          ref={fileRef}
          hidden
          type="file"
          accept=".json,application/json"
          aria-label={t('options.settingsFileLabel')}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // the same file can be chosen again after fixing it
            if (file) onImport(file);
          }}
        />
      </div>
      <div role="status" class="tl-backup-status">
        {message?.kind === 'error' && <p class="tl-error">{message.text}</p>}
        {message?.kind === 'done' && (
          <>
            <p class={message.imported > 0 ? 'tl-ok' : 'tl-error'}>{message.text}</p>
            {message.rejected.length > 0 && (
              <>
                <p>{t('options.leftOut')}</p>
                <ul class="tl-rejected">
                  {message.rejected.map((r) => (
                    <li key={r.key}>
                      <code>{r.key}</code> {r.reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}
