import { useState } from 'preact/hooks';
import { entries } from 'virtual:termlens-glossary-compact';
import { Brand } from '../../components/Brand';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Disclaimer } from '../../components/Disclaimer';
import { MutedTerms } from '../../components/MutedTerms';
import { SettingsBackup, type BackupMessage } from '../../components/SettingsBackup';
import { Shortcuts } from '../../components/Shortcuts';
import { Switch } from '../../components/Switch';
import { t } from '../../lib/i18n';
import type { Density, HighlightStyle, ReadingLevel, SiteMode, Theme } from '../../lib/settings';
import { SiteRulesEditor } from './SiteRulesEditor';
import { exportSettings, importSettings } from './backup';
import { DelayInput } from './DelayInput';
import { GlossariesSection } from './GlossariesSection';
import { useStored } from './use-settings-editor';
import { openShortcutSettings, useShortcuts } from './use-shortcuts';

const STYLES: { value: HighlightStyle; label: string; hint?: string }[] = [
  { value: 'underline', label: t('options.styleUnderline') },
  { value: 'tint', label: t('options.styleTint') },
  { value: 'none', label: t('options.styleNone'), hint: t('options.styleNoneHint') },
];
const DENSITIES: { value: Density; label: string; hint?: string }[] = [
  { value: 'first-in-section', label: t('options.densityFirst'), hint: t('options.densityFirstHint') },
  { value: 'every', label: t('options.densityEvery') },
];
const MODES: { value: SiteMode; label: string; hint?: string }[] = [
  { value: 'everywhere', label: t('options.modeEverywhere'), hint: t('options.modeEverywhereHint') },
  { value: 'allowlist', label: t('options.modeAllowlist') },
];
const THEMES: { value: Theme; label: string }[] = [
  { value: 'auto', label: t('options.themeAuto') },
  { value: 'light', label: t('options.themeLight') },
  { value: 'dark', label: t('options.themeDark') },
];
const LEVELS: { value: ReadingLevel; label: string; hint?: string }[] = [
  { value: 'plain', label: t('options.levelPlain'), hint: t('options.levelPlainHint') },
  { value: 'detailed', label: t('options.levelDetailed'), hint: t('options.levelDetailedHint') },
];
const muteable = entries.map(({ id, headword }) => ({ id, headword }));

export function App() {
  const { settings, rules, save, updateList } = useStored();
  const shortcuts = useShortcuts();
  const [backup, setBackup] = useState<BackupMessage | null>(null);

  if (!settings || !rules) return <main class="tl-options" aria-busy="true" />;

  return (
    <main class="tl-options">
      <header class="tl-options-header">
        <Brand title={t('options.title')} size={24} />
        <p class="tl-hint">{t('options.savedAsYouGo')}</p>
      </header>

      <section aria-labelledby="tl-where">
        <h2 id="tl-where">{t('options.whereHeading')}</h2>
        <Switch checked={settings.enabled} onChange={(on) => save('enabled', on)}>
          {t('options.useTermLens')}
        </Switch>
        <p class="tl-hint">{t('options.useTermLensHint')}</p>
        <ChoiceGroup
          legend={t('options.runLegend')}
          value={settings.mode}
          choices={MODES}
          onChange={(v) => save('mode', v)}
        />
        <SiteRulesEditor mode={settings.mode} rules={rules} updateList={updateList} />
      </section>

      <section aria-labelledby="tl-keys">
        <h2 id="tl-keys">{t('options.shortcutsHeading')}</h2>
        <Shortcuts rows={shortcuts} onChange={openShortcutSettings} />
      </section>

      <section aria-labelledby="tl-glossaries">
        <h2 id="tl-glossaries">{t('options.glossariesHeading')}</h2>
        <p class="tl-hint">{t('options.glossariesHint')}</p>
        <GlossariesSection />
      </section>

      <section aria-labelledby="tl-look">
        <h2 id="tl-look">{t('options.highlightingHeading')}</h2>
        <ChoiceGroup
          legend={t('options.styleLegend')}
          value={settings.highlightStyle}
          choices={STYLES}
          onChange={(v) => save('highlightStyle', v)}
        />
        <ChoiceGroup
          legend={t('options.densityLegend')}
          value={settings.density}
          choices={DENSITIES}
          onChange={(v) => save('density', v)}
        />
        <label class="tl-check">
          <input
            type="checkbox"
            checked={settings.markEverywhere}
            onChange={(e) => save('markEverywhere', e.currentTarget.checked)}
          />
          {t('options.markEverywhere')}
        </label>
        <p class="tl-hint">{t('options.markEverywhereHint')}</p>
        <DelayInput value={settings.tooltipDelay} onChange={(ms) => save('tooltipDelay', ms)} />
        <ChoiceGroup
          legend={t('options.levelLegend')}
          value={settings.readingLevel}
          choices={LEVELS}
          onChange={(v) => save('readingLevel', v)}
        />
        <p class="tl-hint">{t('options.levelNote')}</p>
      </section>

      <section aria-labelledby="tl-notebook">
        <h2 id="tl-notebook">{t('options.notebookHeading')}</h2>
        <p class="tl-hint">
          {t('options.notebookHint')}{' '}
          <a href="notebook.html" target="_blank">
            {t('options.openNotebook')}
          </a>{' '}
          ·{' '}
          <a href="explain.html" target="_blank">
            {t('options.openExplain')}
          </a>
        </p>
        <label class="tl-check">
          <input
            type="checkbox"
            checked={settings.savePageInfo}
            onChange={(e) => save('savePageInfo', e.currentTarget.checked)}
          />
          {t('options.savePageInfo')}
        </label>
      </section>

      <section aria-labelledby="tl-muted">
        <h2 id="tl-muted">{t('options.mutedHeading')}</h2>
        <p class="tl-hint">{t('options.mutedHint')}</p>
        <MutedTerms entries={muteable} muted={settings.mutedTerms} onChange={(ids) => save('mutedTerms', ids)} />
      </section>

      <section aria-labelledby="tl-theme">
        <h2 id="tl-theme">{t('options.appearanceHeading')}</h2>
        <ChoiceGroup
          legend={t('options.themeLegend')}
          value={settings.theme}
          choices={THEMES}
          onChange={(v) => save('theme', v)}
        />
      </section>

      <section aria-labelledby="tl-backup">
        <h2 id="tl-backup">{t('options.backupHeading')}</h2>
        <p class="tl-hint">{t('options.backupHint')}</p>
        <SettingsBackup
          message={backup}
          onExport={() =>
            void exportSettings().catch(() => setBackup({ kind: 'error', text: t('options.exportFailed') }))
          }
          onImport={(file) => void importSettings(file).then(setBackup)}
        />
      </section>

      <footer class="tl-options-footer">
        <p>
          <a href="/privacy.html" target="_blank" rel="noopener">
            {t('options.privacyLink')}
          </a>
          {t('options.privacyWhat')}
        </p>
        <Disclaimer />
      </footer>
    </main>
  );
}
