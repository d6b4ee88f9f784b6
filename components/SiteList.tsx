import { useId, useState } from 'preact/hooks';
import { formatNumber, t } from '../lib/i18n';
import { findRule, normaliseSitePattern } from '../lib/site-rules';

export interface SiteListProps {
  /** Heading of the list, e.g. "Sites where TermLens is off". */
  title: string;
  sites: string[];
  onAdd: (site: string) => void;
  onRemove: (site: string) => void;
  /** Most sites the list may hold. */
  max: number;
  /** A further check before adding: a reason the site cannot be added, or null. */
  check?: (site: string) => string | null;
  /** The line under the form that says what a site on this list does. */
  hint?: string;
  /** What the list says when it is empty. */
  emptyText?: string;
  /** The label of the add field ("Add a site"). */
  addLabel?: string;
}

const SHOWN = 200;

/**
 * The site list for the current mode: add a pattern (checked and normalised
 * the way the site switch writes it), remove one, and filter when it is long;
 * only the first matches are drawn so thousands of sites stay quick.
 */
export function SiteList({ title, sites, onAdd, onRemove, max, check, hint, emptyText, addLabel }: SiteListProps) {
  const inputId = useId();
  const errorId = useId();
  const filterId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [filter, setFilter] = useState('');

  const add = (e: Event) => {
    e.preventDefault();
    const input = text.trim();
    const site = normaliseSitePattern(input);
    if (!input) return setError(t('options.siteEmpty'));
    if (!site) return setError(t('options.notASite', { input: input.slice(0, 80) }));
    const covering = findRule(site, sites);
    const refused = covering ? null : check?.(site);
    if (refused) return setError(refused);
    if (covering)
      return setError(
        covering === site ? t('options.siteListed', { site }) : t('options.siteCovered', { site, covering }),
      );
    if (sites.length >= max) return setError(t('options.listFull', { max: formatNumber(max) }));
    onAdd(site);
    setText('');
    setError('');
  };

  const needle = filter.trim().toLowerCase();
  const matching = needle ? sites.filter((s) => s.includes(needle)) : sites;
  const shown = matching.slice(0, SHOWN);

  return (
    <div class="tl-site-list">
      <h3>{title}</h3>
      <form class="tl-row" onSubmit={add} noValidate>
        <label for={inputId}>{addLabel ?? t('options.addSite')}</label>
        <input
          id={inputId}
          class="tl-input"
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder={t('options.sitePlaceholder')}
          value={text}
          maxLength={300}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (error) setError('');
          }}
        />
        <button type="submit" class="tl-button">
          {t('options.add')}
        </button>
      </form>
      <p id={errorId} class="tl-error" role="alert">
        {error}
      </p>
      <p class="tl-hint">{hint ?? t('options.siteHint')}</p>
      {sites.length > 10 && (
        <div class="tl-row">
          <label for={filterId}>{t('options.filter')}</label>
          <input
            id={filterId}
            class="tl-input"
            type="search"
            value={filter}
            onInput={(e) => setFilter(e.currentTarget.value)}
          />
        </div>
      )}
      {sites.length === 0 ? (
        <p class="tl-hint">{emptyText ?? t('options.noSites')}</p>
      ) : (
        <ul class="tl-item-list" aria-label={title}>
          {shown.map((site) => (
            <li key={site}>
              <span class="tl-site-name">{site}</span>
              <button
                type="button"
                class="tl-button tl-button-small"
                onClick={() => onRemove(site)}
                aria-label={t('options.removeSite', { site })}
              >
                {t('options.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {matching.length > shown.length && (
        <p class="tl-hint">
          {t('options.showingSites', { shown: formatNumber(shown.length), total: formatNumber(matching.length) })}
        </p>
      )}
    </div>
  );
}
