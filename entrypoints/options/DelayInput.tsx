import { useEffect, useId, useState } from 'preact/hooks';
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
      setError(`Enter a whole number of milliseconds from ${min} to ${max}.`);
      return;
    }
    setError('');
    if (ms !== value) onChange(ms);
  };

  return (
    <div class="tl-field">
      <label for={id}>Tooltip delay</label>
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
        <span>ms</span>
      </div>
      <p id={`${id}-hint`} class="tl-hint">
        How long the pointer rests on a term before its definition opens ({min}–{max} ms).
      </p>
      <p id={errorId} class="tl-error" role="alert">
        {error}
      </p>
    </div>
  );
}
