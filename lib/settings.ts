import { isEntryId } from '../glossary/entry-id';
import { recordOr } from './guards';

/**
 * Every user setting, defined once with its default and its check. Values are
 * validated key by key when read, so one corrupted or hand-edited value falls
 * back to its own default and never takes the others with it.
 */

export type HighlightStyle = 'underline' | 'tint' | 'none';
export type Theme = 'auto' | 'light' | 'dark';
export type SiteMode = 'everywhere' | 'allowlist';
/** What the tooltip says: the plain text (`short`) or the detailed one for clinicians (`clinical`). */
export type ReadingLevel = 'plain' | 'detailed';
/** How many occurrences of a term are marked: the first in each section, or all. */
export type Density = 'first-in-section' | 'every';

export interface Settings {
  /** The global switch: off means off on every site. */
  enabled: boolean;
  mode: SiteMode;
  highlightStyle: HighlightStyle;
  density: Density;
  /** Mark menus, headings, sidebars and footers too, not only the page's reading content. */
  markEverywhere: boolean;
  /** Milliseconds the pointer must rest on a term before its tooltip opens. */
  tooltipDelay: number;
  theme: Theme;
  readingLevel: ReadingLevel;
  /** Entry ids the reader never wants highlighted. */
  mutedTerms: string[];
  /** A saved term also keeps the title and address of the page where the reader met it. */
  savePageInfo: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  mode: 'everywhere',
  highlightStyle: 'underline',
  density: 'first-in-section',
  markEverywhere: false,
  tooltipDelay: 250,
  theme: 'auto',
  readingLevel: 'plain',
  mutedTerms: [],
  savePageInfo: false,
});

export const TOOLTIP_DELAY_RANGE = { min: 0, max: 2000 } as const;

const oneOf =
  <T extends string>(...values: T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (values as string[]).includes(v);

const CHECKS: { [K in keyof Settings]: (v: unknown) => boolean } = {
  enabled: (v) => typeof v === 'boolean',
  mode: oneOf<SiteMode>('everywhere', 'allowlist'),
  highlightStyle: oneOf<HighlightStyle>('underline', 'tint', 'none'),
  density: oneOf<Density>('first-in-section', 'every'),
  markEverywhere: (v) => typeof v === 'boolean',
  tooltipDelay: (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= TOOLTIP_DELAY_RANGE.min && v <= TOOLTIP_DELAY_RANGE.max,
  theme: oneOf<Theme>('auto', 'light', 'dark'),
  readingLevel: oneOf<ReadingLevel>('plain', 'detailed'),
  mutedTerms: (v) => Array.isArray(v) && v.length <= 1000 && v.every(isEntryId),
  savePageInfo: (v) => typeof v === 'boolean',
};

export interface SettingsReading {
  settings: Settings;
  /** Keys whose stored value was unusable and fell back to the default. */
  invalid: (keyof Settings)[];
}

export function readSettings(raw: unknown): SettingsReading {
  const source = recordOr(raw);
  const settings = { ...DEFAULT_SETTINGS, mutedTerms: [...DEFAULT_SETTINGS.mutedTerms] } as Settings;
  const invalid: (keyof Settings)[] = [];
  for (const key of Object.keys(CHECKS) as (keyof Settings)[]) {
    if (!(key in source)) continue;
    const value = source[key];
    if (CHECKS[key](value)) (settings as unknown as Record<string, unknown>)[key] = value;
    else invalid.push(key);
  }
  return { settings, invalid };
}

export function isValidSetting<K extends keyof Settings>(key: K, value: unknown): value is Settings[K] {
  return CHECKS[key](value);
}
