import { useState } from 'preact/hooks';
import { entries } from 'virtual:termlens-glossary-compact';
import { Brand } from '../../components/Brand';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Disclaimer } from '../../components/Disclaimer';
import { MutedTerms } from '../../components/MutedTerms';
import { SettingsBackup, type BackupMessage } from '../../components/SettingsBackup';
import { Shortcuts } from '../../components/Shortcuts';
import { Switch } from '../../components/Switch';
import type { Density, HighlightStyle, ReadingLevel, SiteMode, Theme } from '../../lib/settings';
import { SiteRulesEditor } from './SiteRulesEditor';
import { exportSettings, importSettings } from './backup';
import { DelayInput } from './DelayInput';
import { GlossariesSection } from './GlossariesSection';
import { useStored } from './use-settings-editor';
import { openShortcutSettings, useShortcuts } from './use-shortcuts';

const STYLES: { value: HighlightStyle; label: string; hint?: string }[] = [
  { value: 'underline', label: 'Dotted underline' },
  { value: 'tint', label: 'Background tint' },
  { value: 'none', label: 'None', hint: 'Terms are not marked, but their definition still opens on hover.' },
];
const DENSITIES: { value: Density; label: string; hint?: string }[] = [
  {
    value: 'first-in-section',
    label: 'The first time in each section',
    hint: 'Later mentions are not marked but still show their definition on hover.',
  },
  { value: 'every', label: 'Every time' },
];
const MODES: { value: SiteMode; label: string; hint?: string }[] = [
  { value: 'everywhere', label: 'Everywhere', hint: 'Except sites you turn off.' },
  { value: 'allowlist', label: 'Only on sites I choose' },
];
const THEMES: { value: Theme; label: string }[] = [
  { value: 'auto', label: 'Automatic (follow the system)' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];
const LEVELS: { value: ReadingLevel; label: string; hint?: string }[] = [
  { value: 'plain', label: 'Plain', hint: 'Everyday words.' },
  { value: 'detailed', label: 'Detailed', hint: 'Precise terms for clinicians and students.' },
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
        <Brand title="TermLens settings" size={24} />
        <p class="tl-hint">Changes are saved as you make them.</p>
      </header>

      <section aria-labelledby="tl-where">
        <h2 id="tl-where">Where TermLens runs</h2>
        <Switch checked={settings.enabled} onChange={(on) => save('enabled', on)}>
          Use TermLens
        </Switch>
        <p class="tl-hint">Turn this off to stop TermLens on every site at once.</p>
        <ChoiceGroup legend="Run TermLens" value={settings.mode} choices={MODES} onChange={(v) => save('mode', v)} />
        <SiteRulesEditor mode={settings.mode} rules={rules} updateList={updateList} />
      </section>

      <section aria-labelledby="tl-keys">
        <h2 id="tl-keys">Keyboard shortcuts</h2>
        <Shortcuts rows={shortcuts} onChange={openShortcutSettings} />
      </section>

      <section aria-labelledby="tl-glossaries">
        <h2 id="tl-glossaries">Glossaries</h2>
        <p class="tl-hint">
          TermLens marks the terms of every glossary that is on. Switch the built-in one off to use only your own.
        </p>
        <GlossariesSection />
      </section>

      <section aria-labelledby="tl-look">
        <h2 id="tl-look">Highlighting</h2>
        <ChoiceGroup
          legend="Mark terms with"
          value={settings.highlightStyle}
          choices={STYLES}
          onChange={(v) => save('highlightStyle', v)}
        />
        <ChoiceGroup
          legend="Mark a term"
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
          Mark terms everywhere on the page
        </label>
        <p class="tl-hint">
          Off: only the article or main text is marked, not menus, headings, sidebars or footers. Terms there still show
          their definition on hover.
        </p>
        <DelayInput value={settings.tooltipDelay} onChange={(ms) => save('tooltipDelay', ms)} />
        <ChoiceGroup
          legend="Reading level"
          value={settings.readingLevel}
          choices={LEVELS}
          onChange={(v) => save('readingLevel', v)}
        />
        <p class="tl-hint">What the tooltip says. Entries in the reference always show both.</p>
      </section>

      <section aria-labelledby="tl-notebook">
        <h2 id="tl-notebook">My terms</h2>
        <p class="tl-hint">
          Terms you save from a tooltip or the popup are kept on this device only, with your notes.{' '}
          <a href="notebook.html" target="_blank">
            Open My terms
          </a>{' '}
          ·{' '}
          <a href="explain.html" target="_blank">
            Explain a text or PDF
          </a>
        </p>
        <label class="tl-check">
          <input
            type="checkbox"
            checked={settings.savePageInfo}
            onChange={(e) => save('savePageInfo', e.currentTarget.checked)}
          />
          Also keep the title and address of the page where I saved a term
        </label>
      </section>

      <section aria-labelledby="tl-muted">
        <h2 id="tl-muted">Muted terms</h2>
        <p class="tl-hint">Muted terms are never marked on pages. You can still look them up in the reference.</p>
        <MutedTerms entries={muteable} muted={settings.mutedTerms} onChange={(ids) => save('mutedTerms', ids)} />
      </section>

      <section aria-labelledby="tl-theme">
        <h2 id="tl-theme">Appearance</h2>
        <ChoiceGroup legend="Theme" value={settings.theme} choices={THEMES} onChange={(v) => save('theme', v)} />
      </section>

      <section aria-labelledby="tl-backup">
        <h2 id="tl-backup">Back up and restore</h2>
        <p class="tl-hint">
          Save your settings and site lists to a file, or load them from one. Settings sync between browsers where you
          are signed in; site lists stay on this device, so use a file to move them.
        </p>
        <SettingsBackup
          message={backup}
          onExport={() =>
            void exportSettings().catch(() => setBackup({ kind: 'error', text: 'The file could not be created.' }))
          }
          onImport={(file) => void importSettings(file).then(setBackup)}
        />
      </section>

      <footer class="tl-options-footer">
        <p>
          <a href="/privacy.html" target="_blank" rel="noopener">
            Privacy policy
          </a>
          : what TermLens stores, where, and what your browser syncs.
        </p>
        <Disclaimer />
      </footer>
    </main>
  );
}
