import { useId } from 'preact/hooks';
import { CATEGORIES, type CategoryId } from '../glossary/labels';

export interface CategoryFilterProps {
  value: CategoryId | '';
  onChange: (value: CategoryId | '') => void;
}

const isCategory = (v: string): v is CategoryId => Object.hasOwn(CATEGORIES, v);

/** Narrows the results to one category; a select keeps it compact enough for the popup. */
export function CategoryFilter({ value, onChange }: CategoryFilterProps) {
  const id = useId();
  return (
    <div class="tl-category">
      <label class="tl-sr-only" for={id}>
        Category
      </label>
      <select
        id={id}
        class="tl-select"
        value={value}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onChange(isCategory(v) ? v : '');
        }}
      >
        <option value="">All categories</option>
        {(Object.keys(CATEGORIES) as CategoryId[]).map((c) => (
          <option key={c} value={c}>
            {CATEGORIES[c]}
          </option>
        ))}
      </select>
    </div>
  );
}
