import { DISCLAIMER } from '../glossary/notices';

/** The standing note that the glossary is educational, never advice. */
export function Disclaimer({ class: className }: { class?: string }) {
  return (
    <p class={`tl-disclaimer${className ? ` ${className}` : ''}`} role="note">
      {DISCLAIMER}
    </p>
  );
}
