import type { KeyboardEventHandler, RefObject } from 'preact';

export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  onKeyDown?: KeyboardEventHandler<HTMLInputElement>;
  label: string;
  placeholder?: string;
  /** The id of the result list the box controls, and the id of the result the arrow keys point at. */
  listId: string;
  activeId?: string;
  expanded: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
  id?: string;
}

/**
 * The search field. It stays focused while the arrow keys move through the
 * results (a combobox pointing at the active option), so typing, moving and
 * opening never need the mouse.
 */
export function SearchBox(props: SearchBoxProps) {
  const { value, onInput, onKeyDown, label, placeholder, listId, activeId, expanded, inputRef, id } = props;
  const inputId = id ?? `${listId}-search`;
  return (
    <div class="tl-search">
      <label class="tl-sr-only" for={inputId}>
        {label}
      </label>
      <span class="tl-search-icon" aria-hidden="true" />
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        role="combobox"
        enterkeyhint="search"
        class="tl-search-input"
        value={value}
        placeholder={placeholder}
        autocomplete="off"
        spellcheck={false}
        maxLength={200}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={expanded}
        aria-activedescendant={activeId}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
