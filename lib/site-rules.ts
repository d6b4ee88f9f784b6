import type { Settings } from './settings';

/**
 * Per-site rules. A rule is a hostname and covers that host and every
 * subdomain: a rule for "example.org" covers "www.example.org" and
 * "docs.example.org", never "notexample.org". The site switch writes the
 * page's hostname without a leading "www.", so switching TermLens off on
 * www.example.org also covers example.org.
 */

export interface SiteRules {
  /** Sites switched off while the mode is "everywhere". */
  off: string[];
  /** Sites switched on while the mode is "allowlist". */
  on: string[];
}

export const MAX_SITE_RULES = 10_000;

export type SiteReason =
  | 'on' // on everywhere, and not switched off here
  | 'off-site' // the reader switched it off for this site
  | 'off-global' // the global switch is off
  | 'allowlist-chosen' // allowlist mode and this site is on the list
  | 'allowlist-not-chosen'; // allowlist mode and this site is not on the list

export interface SiteStatus {
  on: boolean;
  reason: SiteReason;
  /** The rule that decided, when one did. */
  rule?: string;
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

export function siteStatus(
  hostname: string,
  settings: Pick<Settings, 'enabled' | 'mode'>,
  rules: SiteRules,
): SiteStatus {
  if (!settings.enabled) return { on: false, reason: 'off-global' };
  if (settings.mode === 'allowlist') {
    const rule = findRule(hostname, rules.on);
    return rule ? { on: true, reason: 'allowlist-chosen', rule } : { on: false, reason: 'allowlist-not-chosen' };
  }
  const rule = findRule(hostname, rules.off);
  return rule ? { on: false, reason: 'off-site', rule } : { on: true, reason: 'on' };
}

/**
 * The rules after the reader flips the site switch for this host. Switching
 * off removes nothing else; switching on removes every rule that covers the
 * host (a parent-domain rule included), so the switch always does what it says.
 */
export function toggleSite(hostname: string, mode: Settings['mode'], rules: SiteRules, turnOn: boolean): SiteRules {
  const key = siteKeyForHost(hostname);
  const list = mode === 'allowlist' ? 'on' : 'off';
  const wantRule = mode === 'allowlist' ? turnOn : !turnOn;
  const current = rules[list];
  const next = wantRule
    ? current.includes(key) || findRule(hostname, current)
      ? current
      : [...current, key]
    : current.filter((rule) => findRule(hostname, [rule]) === undefined);
  return { ...rules, [list]: next };
}

/** Validates stored rules list by list; an unusable list falls back to empty without touching the other. */
export function readSiteRules(raw: unknown): { rules: SiteRules; invalid: (keyof SiteRules)[] } {
  const source = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const invalid: (keyof SiteRules)[] = [];
  const read = (key: keyof SiteRules): string[] => {
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
  return { rules: { off: read('off'), on: read('on') }, invalid };
}
