import { useId, useState } from 'preact/hooks';
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
    if (!input) return setError('Type a site first, such as example.org.');
    if (!site)
      return setError(
        `“${input.slice(0, 80)}” is not a site. Type a hostname such as example.org or news.example.org.`,
      );
    const covering = findRule(site, sites);
    const refused = covering ? null : check?.(site);
    if (refused) return setError(refused);
    if (covering)
      return setError(
        covering === site ? `${site} is already on the list.` : `${site} is already covered by ${covering}.`,
      );
    if (sites.length >= max)
      return setError(`The list is full (${max.toLocaleString('en')} sites). Remove some first.`);
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
        <label for={inputId}>{addLabel ?? 'Add a site'}</label>
        <input
          id={inputId}
          class="tl-input"
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder="example.org"
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
          Add
        </button>
      </form>
      <p id={errorId} class="tl-error" role="alert">
        {error}
      </p>
      <p class="tl-hint">
        {hint ?? 'A site covers its subdomains: example.org also covers www.example.org and news.example.org.'}
      </p>
      {sites.length > 10 && (
        <div class="tl-row">
          <label for={filterId}>Filter</label>
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
        <p class="tl-hint">{emptyText ?? 'No sites yet.'}</p>
      ) : (
        <ul class="tl-item-list" aria-label={title}>
          {shown.map((site) => (
            <li key={site}>
              <span class="tl-site-name">{site}</span>
              <button
                type="button"
                class="tl-button tl-button-small"
                onClick={() => onRemove(site)}
                aria-label={`Remove ${site}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {matching.length > shown.length && (
        <p class="tl-hint">
          Showing {shown.length} of {matching.length.toLocaleString('en')} sites. Type in the filter to find others.
        </p>
      )}
    </div>
  );
}
