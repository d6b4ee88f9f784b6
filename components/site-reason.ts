import { siteKeyForHost, type SiteStatus } from '../lib/site-rules';

/**
 * The line under the site switch: which rule decided, in words that agree
 * with the switch's own label ("On for docs.example.org"). A rule written for
 * the site itself is "this site"; one for a parent domain is named, so an
 * exception reads as one ("Off for all of example.org — on here by your
 * exception").
 */
export function reasonText(status: SiteStatus, hostname: string): string {
  const own = status.rule === undefined || status.rule === siteKeyForHost(hostname);
  switch (status.reason) {
    case 'on':
      return 'On: you have not turned it off for this site';
    case 'off-site':
      return own ? 'Off: you turned it off for this site' : `Off: you turned it off for all of ${status.rule}`;
    case 'on-exception':
      return `Off for all of ${status.parent} — on here by your exception`;
    case 'off-global':
      return 'Off: TermLens is paused on every site';
    case 'allowlist-chosen':
      return own ? 'On: a site you chose' : `On: you chose all of ${status.rule}`;
    case 'allowlist-not-chosen':
      return 'Off: TermLens runs only on sites you choose';
    case 'off-exception':
      return `On for all of ${status.parent} — off here by your exception`;
  }
}
