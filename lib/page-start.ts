import { storage } from 'wxt/utils/storage';
import { readGlossaryList, type GlossaryList } from './glossary-list';
import { recordOr } from './guards';
import type { StoredStart } from './page-start-read';
import { readSettings, type Settings } from './settings';
import { readSiteRules, type SiteRules } from './site-rules';
import {
  GLOSSARY_LIST_MIGRATIONS,
  GLOSSARY_LIST_VERSION,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  SITE_RULES_MIGRATIONS,
  SITE_RULES_VERSION,
} from './storage-versions';

/**
 * What a web page's content script reads before it starts: the settings,
 * the site rules and the list of glossaries (the items of lib/storage.ts), in
 * one call per storage area. It runs in every frame of every page, so it does
 * not define the WXT items, whose definition alone reads each value and its
 * version again; an older stored shape is brought up to date in memory with
 * the same steps (lib/storage-versions.ts), and the items write it back when
 * an extension page or the background first uses them.
 */

export interface PageStart {
  settings: Settings;
  rules: SiteRules;
  glossaries: GlossaryList;
}

type Migrations = Record<number, (old: unknown) => unknown>;

/** The stored value as its item would read it: `{}` when absent, migrated to `version` when older (WXT's `<key>$`). */
function upToDate(value: unknown, meta: unknown, version: number, migrations: Migrations): unknown {
  if (value == null) return {};
  const from = typeof recordOr(meta).v === 'number' ? (recordOr(meta).v as number) : 1;
  let out = value;
  try {
    for (let v = from + 1; v <= version; v++) out = migrations[v]?.(out) ?? out;
  } catch {
    return value; // as WXT does when a step fails: the stored value, read key by key
  }
  return out;
}

/** What the page's start read (lib/page-start-read.ts) gives, validated and up to date. */
export function pageStartFrom({ sync, local }: StoredStart): PageStart {
  return {
    settings: readSettings(recordOr(upToDate(sync.settings, sync.settings$, SETTINGS_VERSION, SETTINGS_MIGRATIONS)))
      .settings,
    rules: readSiteRules(
      recordOr(upToDate(local.siteRules, local.siteRules$, SITE_RULES_VERSION, SITE_RULES_MIGRATIONS)),
    ).rules,
    glossaries: readGlossaryList(
      upToDate(local.glossaries, local.glossaries$, GLOSSARY_LIST_VERSION, GLOSSARY_LIST_MIGRATIONS),
    ),
  };
}

/** Calls back with each item's new value when another context changes it (the same keys, without defining the items). */
export function watchPageStart(
  on: {
    settings(settings: Settings): void;
    rules(rules: SiteRules): void;
    glossaries(list: GlossaryList): void;
  },
  signal: AbortSignal,
): void {
  const unwatch = [
    storage.watch<unknown>('sync:settings', (v) => on.settings(readSettings(recordOr(v)).settings)),
    storage.watch<unknown>('local:glossaries', (v) => on.glossaries(readGlossaryList(v ?? {}))),
    storage.watch<unknown>('local:siteRules', (v) => on.rules(readSiteRules(recordOr(v)).rules)),
  ];
  signal.addEventListener('abort', () => unwatch.forEach((u) => u()), { once: true });
}
