import { DISCLAIMER, DISCLAIMER_SHORT } from '../glossary/notices';

/**
 * The standing note that the glossary is educational, never advice. Compact:
 * one line that stays in view, opening to the full text (the popup, where an
 * entry needs the room).
 */
export function Disclaimer({ class: className, compact }: { class?: string; compact?: boolean }) {
  const classes = `tl-disclaimer${compact ? ' tl-disclaimer-compact' : ''}${className ? ` ${className}` : ''}`;
  if (compact) {
    return (
      <div class={classes} role="note">
        <details>
          <summary>{DISCLAIMER_SHORT}</summary>
          <p>{DISCLAIMER}</p>
        </details>
      </div>
    );
  }
  return (
    <p class={classes} role="note">
      {DISCLAIMER}
    </p>
  );
}
