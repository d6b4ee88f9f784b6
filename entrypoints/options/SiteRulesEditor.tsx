import { SiteList } from '../../components/SiteList';
import { t } from '../../lib/i18n';
import type { SiteMode } from '../../lib/settings';
import { findRule, MAX_SITE_RULES, type SiteListKey, type SiteRules } from '../../lib/site-rules';
import type { Stored } from './use-settings-editor';

export interface SiteRulesEditorProps {
  mode: SiteMode;
  rules: SiteRules;
  updateList: Stored['updateList'];
}

/** What each mode's two lists are called and what a site on them does. */
const TEXT = {
  everywhere: {
    main: 'off' as const,
    except: 'offExceptions' as const,
    mainTitle: () => t('options.offTitle'),
    exceptTitle: () => t('options.offExceptTitle'),
    exceptHint: () => t('options.offExceptHint'),
    notCovered: (site: string) => t('options.offNotCovered', { site }),
  },
  allowlist: {
    main: 'on' as const,
    except: 'onExceptions' as const,
    mainTitle: () => t('options.onTitle'),
    exceptTitle: () => t('options.onExceptTitle'),
    exceptHint: () => t('options.onExceptHint'),
    notCovered: (site: string) => t('options.onNotCovered', { site }),
  },
};

/**
 * The current mode's site list and its exceptions. The most specific entry
 * wins, so an exception only makes sense below a site on the main list; the
 * form says so instead of storing one that would change nothing.
 */
export function SiteRulesEditor({ mode, rules, updateList }: SiteRulesEditorProps) {
  const text = TEXT[mode];
  const add = (list: SiteListKey) => (site: string) => void updateList(list, (sites) => [...sites, site]);
  const remove = (list: SiteListKey) => (site: string) =>
    void updateList(list, (sites) => sites.filter((s) => s !== site));
  return (
    <>
      <SiteList
        title={text.mainTitle()}
        sites={rules[text.main]}
        max={MAX_SITE_RULES}
        check={(site) => (rules[text.except].includes(site) ? t('options.onExceptionsBelow', { site }) : null)}
        onAdd={add(text.main)}
        onRemove={remove(text.main)}
      />
      <SiteList
        title={text.exceptTitle()}
        sites={rules[text.except]}
        max={MAX_SITE_RULES}
        hint={text.exceptHint()}
        emptyText={t('options.noExceptions')}
        addLabel={t('options.addException')}
        check={(site) => {
          const parent = site.includes('.') ? findRule(site.slice(site.indexOf('.') + 1), rules[text.main]) : undefined;
          if (rules[text.main].includes(site)) return t('options.onListAbove', { site });
          return parent ? null : text.notCovered(site);
        }}
        onAdd={add(text.except)}
        onRemove={remove(text.except)}
      />
    </>
  );
}
