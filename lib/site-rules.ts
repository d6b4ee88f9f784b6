import { recordOr } from './guards';
import type { Settings } from './settings';

/**
 * Per-site rules. A rule is a hostname and covers that host and every
 * subdomain: a rule for "example.org" covers "www.example.org" and
 * "docs.example.org", never "notexample.org". The site switch writes the
 * page's hostname without a leading "www.", so switching TermLens off on
 * www.example.org also covers example.org.
 *
 * Each mode keeps its own rules and the exceptions to them ("off for
 * example.org", "on for docs.example.org"); the most specific one wins.
 */

export interface SiteRules {
  /** "Everywhere" mode: sites switched off. */
  off: string[];
  /** "Everywhere" mode: subdomains kept on inside a site that is off (exceptions to `off`). */
  offExceptions: string[];
  /** "Only on sites I choose" mode: the sites chosen. */
  on: string[];
  /** "Only on sites I choose" mode: subdomains left off inside a chosen site (exceptions to `on`). */
  onExceptions: string[];
}

export type SiteListKey = keyof SiteRules;
export const SITE_LIST_KEYS: readonly SiteListKey[] = ['off', 'offExceptions', 'on', 'onExceptions'];

export const MAX_SITE_RULES = 10_000;

export type SiteReason =
  | 'on' // on everywhere, and no rule turns it off here
  | 'off-site' // the reader switched it off for this site (or a parent domain)
  | 'on-exception' // a parent domain is off, this subdomain is kept on by an exception
  | 'off-global' // the global switch is off
  | 'allowlist-chosen' // allowlist mode and this site (or a parent domain) is on the list
  | 'allowlist-not-chosen' // allowlist mode and this site is not on the list
  | 'off-exception'; // allowlist mode, a parent domain is chosen, this subdomain is left off by an exception

export const SITE_REASONS: readonly SiteReason[] = [
  'on',
  'off-site',
  'on-exception',
  'off-global',
  'allowlist-chosen',
  'allowlist-not-chosen',
  'off-exception',
];

export interface SiteStatus {
  on: boolean;
  reason: SiteReason;
  /** The rule that decided, when one did. */
  rule?: string;
  /** For an exception: the parent domain's rule that the exception overrides. */
  parent?: string;
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Turns what a person types or pastes ("https://www.Example.org/page",
 * "*.example.org", "example.org:8080") into a rule, or null when it is not a
 * site. IP addresses and "localhost" are sites too.
 */
export function normaliseSitePattern(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text || text.length > 300) return null;
  text = text.replace(/^\*\./, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `http://${text}`;
  let host: string;
  try {
    host = new URL(text).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  if (host.startsWith('[')) return host; // IPv6
  const labels = host.split('.');
  if (!labels.every((l) => HOST_LABEL.test(l))) return null;
  return siteKeyForHost(host);
}

/** The rule the site switch writes for a page's hostname. */
export function siteKeyForHost(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host.startsWith('www.') && host.split('.').length > 2 ? host.slice(4) : host;
}

/** The rule in the list that covers the host, if any (checks the host and each parent domain). */
export function findRule(hostname: string, rules: Iterable<string>): string | undefined {
  const set = rules instanceof Set ? (rules as Set<string>) : new Set(rules);
  let host = hostname.toLowerCase().replace(/\.$/, '');
  for (;;) {
    if (set.has(host)) return host;
    const dot = host.indexOf('.');
    if (dot < 0) return undefined;
    host = host.slice(dot + 1);
  }
}

/** The lists that matter in a mode: the rules, and the exceptions to them. */
function modeLists(mode: Settings['mode']) {
  return mode === 'allowlist'
    ? { main: 'on' as const, except: 'onExceptions' as const, ruleTurnsOn: true }
    : { main: 'off' as const, except: 'offExceptions' as const, ruleTurnsOn: false };
}

const parentDomain = (host: string): string | null => {
  const dot = host.indexOf('.');
  return dot < 0 ? null : host.slice(dot + 1);
};

/**
 * The most specific rule wins: walking from the host up through its parent
 * domains, the first rule or exception found decides. An exception decides
 * only when the domain above it is actually covered by the opposite rule;
 * otherwise it changes nothing and the status above it stands.
 */
function modeStatus(host: string | null, mode: Settings['mode'], main: Set<string>, except: Set<string>): SiteStatus {
  const { ruleTurnsOn } = modeLists(mode);
  for (let h = host; h; h = parentDomain(h)) {
    if (main.has(h))
      return ruleTurnsOn
        ? { on: true, reason: 'allowlist-chosen', rule: h }
        : { on: false, reason: 'off-site', rule: h };
    if (except.has(h)) {
      const above = modeStatus(parentDomain(h), mode, main, except);
      if (above.rule === undefined || above.on !== ruleTurnsOn) return above;
      return ruleTurnsOn
        ? { on: false, reason: 'off-exception', rule: h, parent: above.rule }
        : { on: true, reason: 'on-exception', rule: h, parent: above.rule };
    }
  }
  return ruleTurnsOn ? { on: false, reason: 'allowlist-not-chosen' } : { on: true, reason: 'on' };
}

export function siteStatus(
  hostname: string,
  settings: Pick<Settings, 'enabled' | 'mode'>,
  rules: SiteRules,
): SiteStatus {
  if (!settings.enabled) return { on: false, reason: 'off-global' };
  const { main, except } = modeLists(settings.mode);
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return modeStatus(host, settings.mode, new Set(rules[main]), new Set(rules[except]));
}

/**
 * The rules after the reader flips the site switch for this host. The host's
 * own rule and exception are dropped first; if what is left (a parent
 * domain's rule, or the mode's default) already gives the wanted state,
 * nothing is added. Otherwise the host gets a rule of its own, which is an
 * exception when a parent domain's rule says the opposite. So "off for
 * example.org" and "on for docs.example.org" live side by side, and no
 * switch ever deletes a rule for another site.
 */
export function toggleSite(hostname: string, mode: Settings['mode'], rules: SiteRules, turnOn: boolean): SiteRules {
  const key = siteKeyForHost(hostname);
  const { main, except, ruleTurnsOn } = modeLists(mode);
  const cleaned: SiteRules = {
    ...rules,
    [main]: rules[main].filter((r) => r !== key),
    [except]: rules[except].filter((r) => r !== key),
  };
  const left = siteStatus(hostname, { enabled: true, mode }, cleaned);
  if (left.on === turnOn) return cleaned;
  const list = turnOn === ruleTurnsOn ? main : except;
  return { ...cleaned, [list]: [...cleaned[list], key] };
}

/** Validates stored rules list by list; an unusable list falls back to empty without touching the others. */
export function readSiteRules(raw: unknown): { rules: SiteRules; invalid: SiteListKey[] } {
  const source = recordOr(raw);
  const invalid: SiteListKey[] = [];
  const read = (key: SiteListKey): string[] => {
    const value = source[key];
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.length > MAX_SITE_RULES) {
      invalid.push(key);
      return [];
    }
    const clean = value.filter((v): v is string => typeof v === 'string' && normaliseSitePattern(v) === v);
    if (clean.length !== value.length) invalid.push(key);
    return clean;
  };
  return {
    rules: {
      off: read('off'),
      offExceptions: read('offExceptions'),
      on: read('on'),
      onExceptions: read('onExceptions'),
    },
    invalid,
  };
}
