import { t } from '../lib/i18n';

export interface ShortcutRow {
  name: string;
  description: string;
  /** The keys the reader assigned in the browser, or '' when none is set. */
  shortcut: string;
}

/**
 * The keyboard commands and the keys the reader gave them. TermLens suggests
 * none: every free combination types a character on macOS, switches the
 * keyboard layout on Windows or is taken by the browser or the desktop on
 * Linux, so the reader picks keys on the browser's own shortcuts page.
 */
export function Shortcuts({ rows, onChange }: { rows: ShortcutRow[] | null; onChange: () => void }) {
  return (
    <div class="tl-shortcuts">
      {rows && (
        <table>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.description}</th>
                <td>
                  {row.shortcut ? (
                    <kbd>{row.shortcut}</kbd>
                  ) : (
                    <span class="tl-hint">{t('options.shortcutNotSet')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="tl-hint">{t('options.shortcutsNone')}</p>
      <button type="button" class="tl-button" onClick={onChange}>
        {t('options.setShortcuts')}
      </button>
      <p class="tl-hint">{t('options.setShortcutsHint')}</p>
    </div>
  );
}
