import { useEffect, useId, useState } from 'preact/hooks';
import { formatNumber, t } from '../../lib/i18n';
import { TOOLTIP_DELAY_RANGE } from '../../lib/settings';

export interface DelayInputProps {
  value: number;
  onChange: (ms: number) => void;
}

const { min, max } = TOOLTIP_DELAY_RANGE;

/** The tooltip delay in milliseconds: saved when the value is committed and valid, explained when not. */
export function DelayInput({ value, onChange }: DelayInputProps) {
  const id = useId();
  const errorId = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState('');
  useEffect(() => setText(String(value)), [value]);

  const commit = (raw: string) => {
    const ms = Number(raw.trim());
    if (raw.trim() === '' || !Number.isInteger(ms) || ms < min || ms > max) {
      setError(t('options.delayError', { min: formatNumber(min), max: formatNumber(max) }));
      return;
    }
    setError('');
    if (ms !== value) onChange(ms);
  };

  return (
    <div class="tl-field">
      <label for={id}>{t('options.delayLabel')}</label>
      <div class="tl-row">
        <input
          id={id}
          class="tl-input tl-input-number"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={50}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${errorId} ${id}-hint`}
          onInput={(e) => setText(e.currentTarget.value)}
          onChange={(e) => commit(e.currentTarget.value)}
        />
        <span>{t('options.delayUnit')}</span>
      </div>
      <p id={`${id}-hint`} class="tl-hint">
        {t('options.delayHint', { min: formatNumber(min), max: formatNumber(max) })}
      </p>
      <p id={errorId} class="tl-error" role="alert">
        {error}
      </p>
    </div>
  );
}
