import { useId } from 'preact/hooks';
import { CATEGORY_IDS, type CategoryId } from '../glossary/labels';
import { t } from '../lib/i18n';
import { categoryName } from './labels';

export interface CategoryFilterProps {
  value: CategoryId | '';
  onChange: (value: CategoryId | '') => void;
}

const isCategory = (v: string): v is CategoryId => (CATEGORY_IDS as readonly string[]).includes(v);

/** Narrows the results to one category; a select keeps it compact enough for the popup. */
export function CategoryFilter({ value, onChange }: CategoryFilterProps) {
  const id = useId();
  return (
    <div class="tl-category">
      <label class="tl-sr-only" for={id}>
        {t('entry.categoryFilter')}
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
        <option value="">{t('entry.allCategories')}</option>
        {CATEGORY_IDS.map((c) => (
          <option key={c} value={c}>
            {categoryName(c)}
          </option>
        ))}
      </select>
    </div>
  );
}
