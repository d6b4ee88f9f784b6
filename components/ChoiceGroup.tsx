import { useId } from 'preact/hooks';

interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export interface ChoiceGroupProps<T extends string> {
  legend: string;
  value: T;
  choices: Choice<T>[];
  onChange: (value: T) => void;
}

/** A set of radio buttons under a legend: every option visible, arrow keys move between them. */
export function ChoiceGroup<T extends string>({ legend, value, choices, onChange }: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset class="tl-choices">
      <legend>{legend}</legend>
      {choices.map((c) => {
        // The hint describes the option rather than naming it, so it stays out of the label.
        const hintId = c.hint ? `${name}-${c.value}-hint` : undefined;
        return (
          <div key={c.value} class="tl-choice">
            <input
              type="radio"
              id={`${name}-${c.value}`}
              name={name}
              value={c.value}
              checked={c.value === value}
              aria-describedby={hintId}
              onChange={() => onChange(c.value)}
            />
            <span>
              <label for={`${name}-${c.value}`}>{c.label}</label>
              {c.hint && (
                <span id={hintId} class="tl-hint">
                  {c.hint}
                </span>
              )}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}
