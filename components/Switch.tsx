import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  checked: boolean;
  onChange: (next: boolean) => void;
  /** Visible text inside the control; it is also the switch's accessible name. */
  children?: ComponentChildren;
  /** Accessible name when there is no visible text, or ids of the elements that name it. */
  label?: string;
  labelledBy?: string;
  describedBy?: string;
  disabled?: boolean;
  id?: string;
  class?: string;
}

/** An on/off control that says its state to assistive technology (role="switch", aria-checked). */
export function Switch(props: SwitchProps) {
  const { checked, onChange, children, label, labelledBy, describedBy, disabled, id } = props;
  return (
    <button
      type="button"
      role="switch"
      id={id}
      class={`tl-switch${props.class ? ` ${props.class}` : ''}`}
      aria-checked={checked}
      aria-label={label}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="tl-switch-track" aria-hidden="true">
        <span class="tl-switch-thumb" />
      </span>
      {children !== undefined && <span class="tl-switch-text">{children}</span>}
    </button>
  );
}
