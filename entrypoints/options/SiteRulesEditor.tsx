import { SiteList } from '../../components/SiteList';
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
    mainTitle: 'Sites where TermLens is off',
    exceptTitle: 'Exceptions: kept on inside a site that is off',
    exceptHint:
      'A subdomain of a site that is off, where TermLens still runs: with example.org off, docs.example.org can stay on.',
    notCovered: (site: string) =>
      `${site} is not inside a site that is off, so TermLens already runs there. Add its parent site above first.`,
  },
  allowlist: {
    main: 'on' as const,
    except: 'onExceptions' as const,
    mainTitle: 'Sites where TermLens runs',
    exceptTitle: 'Exceptions: left off inside a chosen site',
    exceptHint:
      'A subdomain of a chosen site where TermLens stays off: with example.org chosen, ads.example.org can stay off.',
    notCovered: (site: string) =>
      `${site} is not inside a site you chose, so TermLens is already off there. Add its parent site above first.`,
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
        title={text.mainTitle}
        sites={rules[text.main]}
        max={MAX_SITE_RULES}
        check={(site) => (rules[text.except].includes(site) ? `${site} is on the exceptions list below.` : null)}
        onAdd={add(text.main)}
        onRemove={remove(text.main)}
      />
      <SiteList
        title={text.exceptTitle}
        sites={rules[text.except]}
        max={MAX_SITE_RULES}
        hint={text.exceptHint}
        emptyText="No exceptions."
        addLabel="Add an exception"
        check={(site) => {
          const parent = site.includes('.') ? findRule(site.slice(site.indexOf('.') + 1), rules[text.main]) : undefined;
          if (rules[text.main].includes(site)) return `${site} is on the list above; remove it there first.`;
          return parent ? null : text.notCovered(site);
        }}
        onAdd={add(text.except)}
        onRemove={remove(text.except)}
      />
    </>
  );
}
