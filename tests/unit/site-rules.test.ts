import { describe, expect, it } from 'vitest';
import {
  findRule,
  normaliseSitePattern,
  readSiteRules,
  siteKeyForHost,
  siteStatus,
  toggleSite,
  MAX_SITE_RULES,
  type SiteRules,
} from '../../lib/site-rules';

const everywhere = { enabled: true, mode: 'everywhere' } as const;
const allowlist = { enabled: true, mode: 'allowlist' } as const;
const rules = (
  off: string[] = [],
  on: string[] = [],
  offExceptions: string[] = [],
  onExceptions: string[] = [],
): SiteRules => ({
  off,
  offExceptions,
  on,
  onExceptions,
});

describe('site patterns people type', () => {
  it.each([
    ['example.org', 'example.org'],
    ['  Example.ORG ', 'example.org'],
    ['https://www.example.org/some/page?x=1', 'example.org'],
    ['www.example.org', 'example.org'],
    ['*.example.org', 'example.org'],
    ['example.org:8080', 'example.org'],
    ['example.org.', 'example.org'],
    ['docs.example.org', 'docs.example.org'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['http://[::1]:3000/', '[::1]'],
  ])('%j becomes %j', (input, rule) => {
    expect(normaliseSitePattern(input)).toBe(rule);
  });

  it.each([
    '',
    '   ',
    'not a site',
    'exa mple.org',
    '-bad.example.org',
    'bad-.example.org',
    'javascript:alert(1)',
    '<b>x</b>.org',
    'a'.repeat(301),
  ])('%j is not a site', (input) => {
    expect(normaliseSitePattern(input)).toBeNull();
  });

  it('keeps "www" when it is the whole registrable name', () => {
    expect(siteKeyForHost('www.org')).toBe('www.org');
    expect(siteKeyForHost('WWW.Example.org')).toBe('example.org');
  });
});

describe('a rule covers its host and every subdomain', () => {
  it('covers www and deeper subdomains, never a look-alike domain', () => {
    const list = ['example.org'];
    expect(findRule('example.org', list)).toBe('example.org');
    expect(findRule('www.example.org', list)).toBe('example.org');
    expect(findRule('a.b.example.org', list)).toBe('example.org');
    expect(findRule('notexample.org', list)).toBeUndefined();
    expect(findRule('example.org.evil.com', list)).toBeUndefined();
    expect(findRule('org', list)).toBeUndefined();
  });

  it('a subdomain rule does not cover its parent or its siblings', () => {
    const list = ['docs.example.org'];
    expect(findRule('docs.example.org', list)).toBe('docs.example.org');
    expect(findRule('example.org', list)).toBeUndefined();
    expect(findRule('blog.example.org', list)).toBeUndefined();
  });
});

describe('site status', () => {
  it('says why TermLens is on or off', () => {
    expect(siteStatus('example.org', everywhere, rules())).toEqual({ on: true, reason: 'on' });
    expect(siteStatus('www.example.org', everywhere, rules(['example.org']))).toEqual({
      on: false,
      reason: 'off-site',
      rule: 'example.org',
    });
    expect(siteStatus('example.org', { enabled: false, mode: 'everywhere' }, rules())).toEqual({
      on: false,
      reason: 'off-global',
    });
    expect(siteStatus('example.org', allowlist, rules([], ['example.org']))).toMatchObject({
      on: true,
      reason: 'allowlist-chosen',
    });
    expect(siteStatus('example.org', allowlist, rules(['other.org']))).toEqual({
      on: false,
      reason: 'allowlist-not-chosen',
    });
  });

  it('the global switch wins over every site rule', () => {
    expect(siteStatus('example.org', { enabled: false, mode: 'allowlist' }, rules([], ['example.org'])).on).toBe(false);
  });
});

describe('the site switch', () => {
  it('turning off in "everywhere" mode adds the site without www, and turning on removes it', () => {
    const off = toggleSite('www.example.org', 'everywhere', rules(), false);
    expect(off).toEqual(rules(['example.org']));
    expect(siteStatus('example.org', everywhere, off).on).toBe(false);
    expect(siteStatus('other.org', everywhere, off).on).toBe(true);
    const on = toggleSite('www.example.org', 'everywhere', off, true);
    expect(on).toEqual(rules());
    expect(siteStatus('www.example.org', everywhere, on).on).toBe(true);
  });

  it('turning a subdomain on under a parent that is off adds an exception and keeps the parent rule', () => {
    const next = toggleSite('docs.example.org', 'everywhere', rules(['example.org', 'other.org']), true);
    expect(next).toEqual(rules(['example.org', 'other.org'], [], ['docs.example.org']));
    expect(siteStatus('docs.example.org', everywhere, next).on).toBe(true);
    expect(siteStatus('www.example.org', everywhere, next).on).toBe(false);
  });

  it('turning the exception off again removes it instead of adding a second off rule', () => {
    const start = rules(['example.org'], [], ['docs.example.org']);
    expect(toggleSite('docs.example.org', 'everywhere', start, false)).toEqual(rules(['example.org']));
  });

  it('turning off twice adds the site once, and leaves the other list alone', () => {
    const once = toggleSite('example.org', 'everywhere', rules([], ['kept.org']), false);
    const twice = toggleSite('example.org', 'everywhere', once, false);
    expect(twice).toEqual(rules(['example.org'], ['kept.org']));
  });

  it('in "only sites I choose" mode, turning on adds to the chosen list and turning off removes', () => {
    const on = toggleSite('www.example.org', 'allowlist', rules(['kept.org']), true);
    expect(on).toEqual(rules(['kept.org'], ['example.org']));
    expect(siteStatus('news.example.org', allowlist, on).on).toBe(true);
    const off = toggleSite('example.org', 'allowlist', on, false);
    expect(off).toEqual(rules(['kept.org'], []));
    expect(siteStatus('example.org', allowlist, off).on).toBe(false);
  });

  it('works on a list of 5,000 sites', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `site-${i}.example.net`);
    const off = toggleSite('www.target.org', 'everywhere', rules(many), false);
    expect(off.off).toHaveLength(5001);
    expect(siteStatus('target.org', everywhere, off).on).toBe(false);
    expect(siteStatus('deep.site-2500.example.net', everywhere, off)).toMatchObject({
      on: false,
      rule: 'site-2500.example.net',
    });
    expect(siteStatus('site-5000.example.net', everywhere, off).on).toBe(true);
    const on = toggleSite('target.org', 'everywhere', off, true);
    expect(on.off).toEqual(many);
  });
});

describe('exceptions: parent off, one subdomain on (and the reverse when only chosen sites run)', () => {
  const everywhereRules = rules(['example.org'], [], ['docs.example.org']);
  const allowRules = rules([], ['example.org'], [], ['ads.example.org']);
  it.each([
    ['example.org', false, 'off-site', 'example.org', undefined],
    ['www.example.org', false, 'off-site', 'example.org', undefined],
    ['blog.example.org', false, 'off-site', 'example.org', undefined],
    ['docs.example.org', true, 'on-exception', 'docs.example.org', 'example.org'],
    ['api.docs.example.org', true, 'on-exception', 'docs.example.org', 'example.org'],
    ['other.org', true, 'on', undefined, undefined],
  ] as const)('"everywhere": %s is on=%s (%s, rule %s over %s)', (host, on, reason, rule, parent) => {
    const status = siteStatus(host, everywhere, everywhereRules);
    expect(status).toEqual({ on, reason, ...(rule ? { rule } : {}), ...(parent ? { parent } : {}) });
  });

  it.each([
    ['example.org', true, 'allowlist-chosen', 'example.org', undefined],
    ['news.example.org', true, 'allowlist-chosen', 'example.org', undefined],
    ['ads.example.org', false, 'off-exception', 'ads.example.org', 'example.org'],
    ['x.ads.example.org', false, 'off-exception', 'ads.example.org', 'example.org'],
    ['other.org', false, 'allowlist-not-chosen', undefined, undefined],
  ] as const)('"only sites I choose": %s is on=%s (%s, rule %s over %s)', (host, on, reason, rule, parent) => {
    const status = siteStatus(host, allowlist, allowRules);
    expect(status).toEqual({ on, reason, ...(rule ? { rule } : {}), ...(parent ? { parent } : {}) });
  });

  it('an exception under no opposite rule changes nothing', () => {
    expect(siteStatus('docs.example.org', everywhere, rules([], [], ['docs.example.org']))).toEqual({
      on: true,
      reason: 'on',
    });
    expect(siteStatus('ads.example.org', allowlist, rules([], [], [], ['ads.example.org']))).toEqual({
      on: false,
      reason: 'allowlist-not-chosen',
    });
  });

  it('the most specific rule wins at any depth: off again below an exception', () => {
    const nested = rules(['example.org', 'old.docs.example.org'], [], ['docs.example.org']);
    expect(siteStatus('old.docs.example.org', everywhere, nested)).toMatchObject({ on: false, reason: 'off-site' });
    expect(siteStatus('new.docs.example.org', everywhere, nested)).toMatchObject({ on: true, reason: 'on-exception' });
  });

  it('each mode keeps its own exceptions: switching mode does not carry them over', () => {
    const both = rules(['example.org'], ['example.org'], ['docs.example.org'], ['ads.example.org']);
    expect(siteStatus('docs.example.org', allowlist, both)).toMatchObject({ on: true, reason: 'allowlist-chosen' });
    expect(siteStatus('ads.example.org', everywhere, both)).toMatchObject({ on: false, reason: 'off-site' });
  });

  it.each([
    // mode, start, host, turn on?, expected rules
    ['everywhere', rules(['example.org']), 'docs.example.org', true, rules(['example.org'], [], ['docs.example.org'])],
    [
      'everywhere',
      rules(['example.org'], [], ['docs.example.org']),
      'example.org',
      true,
      rules([], [], ['docs.example.org']),
    ],
    ['everywhere', rules([], [], ['docs.example.org']), 'docs.example.org', false, rules(['docs.example.org'])],
    [
      'allowlist',
      rules([], ['example.org']),
      'ads.example.org',
      false,
      rules([], ['example.org'], [], ['ads.example.org']),
    ],
    [
      'allowlist',
      rules([], ['example.org'], [], ['ads.example.org']),
      'ads.example.org',
      true,
      rules([], ['example.org']),
    ],
    [
      'allowlist',
      rules([], ['example.org'], [], ['ads.example.org']),
      'www.example.org',
      false,
      rules([], [], [], ['ads.example.org']),
    ],
  ] as const)('%s: from %j, switching %s to on=%s gives %j', (mode, start, host, turnOn, expected) => {
    const next = toggleSite(host, mode, start, turnOn);
    expect(next).toEqual(expected);
    expect(siteStatus(host, { enabled: true, mode }, next).on).toBe(turnOn);
  });
});

describe('reading stored site rules', () => {
  it('reads good lists unchanged', () => {
    expect(readSiteRules({ off: ['example.org'], on: ['nih.gov'] })).toEqual({
      rules: rules(['example.org'], ['nih.gov']),
      invalid: [],
    });
    const withExceptions = { off: ['example.org'], offExceptions: ['docs.example.org'], on: [], onExceptions: [] };
    expect(readSiteRules(withExceptions)).toEqual({ rules: withExceptions, invalid: [] });
  });

  it('falls back to empty for anything that is not an object', () => {
    for (const raw of [undefined, null, 'example.org', 42, ['example.org']]) {
      expect(readSiteRules(raw)).toEqual({ rules: rules(), invalid: [] });
    }
  });

  it('a corrupted list falls back on its own without touching the other', () => {
    expect(readSiteRules({ off: 'example.org', on: ['nih.gov'] })).toEqual({
      rules: rules([], ['nih.gov']),
      invalid: ['off'],
    });
    expect(readSiteRules({ off: ['example.org'], on: { a: 1 } })).toEqual({
      rules: rules(['example.org']),
      invalid: ['on'],
    });
  });

  it('drops entries that are not stored rules and reports the list', () => {
    const read = readSiteRules({ off: ['example.org', 42, 'WWW.Example.com', '<script>', null] });
    expect(read.rules.off).toEqual(['example.org']);
    expect(read.invalid).toEqual(['off']);
  });

  it('keeps 5,000 sites and refuses a list over the limit', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `s${i}.example.org`);
    expect(readSiteRules({ off: many }).rules.off).toHaveLength(5000);
    const tooMany = Array.from({ length: MAX_SITE_RULES + 1 }, (_, i) => `s${i}.example.org`);
    expect(readSiteRules({ off: tooMany, on: ['kept.org'] })).toEqual({
      rules: rules([], ['kept.org']),
      invalid: ['off'],
    });
  });
});
