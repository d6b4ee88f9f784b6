import { t } from '../lib/i18n';
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
      return t('entry.reasonOn');
    case 'off-site':
      return own ? t('entry.reasonOffSite') : t('entry.reasonOffParent', { site: status.rule ?? '' });
    case 'on-exception':
      return t('entry.reasonOnException', { site: status.parent ?? '' });
    case 'off-global':
      return t('entry.reasonPaused');
    case 'allowlist-chosen':
      return own ? t('entry.reasonChosen') : t('entry.reasonChosenParent', { site: status.rule ?? '' });
    case 'allowlist-not-chosen':
      return t('entry.reasonNotChosen');
    case 'off-exception':
      return t('entry.reasonOffException', { site: status.parent ?? '' });
  }
}
