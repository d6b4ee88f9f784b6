import { definitionsInAnotherLanguage, t } from '../lib/i18n';

/**
 * The standing note that the glossary is educational, never advice. Compact:
 * one line that stays in view, opening to the full text (the popup, where an
 * entry needs the room).
 */
export function Disclaimer({ class: className, compact }: { class?: string; compact?: boolean }) {
  // Said once per page, with the disclaimer every page shows: the glossary is not translated yet.
  const inEnglish = definitionsInAnotherLanguage() ? t('common.definitionsInEnglish') : null;
  const classes = `tl-disclaimer${compact ? ' tl-disclaimer-compact' : ''}${className ? ` ${className}` : ''}`;
  if (compact) {
    return (
      <div class={classes} role="note">
        <details>
          <summary>
            {t('notice.disclaimerShort')}
            {inEnglish && ` ${inEnglish}`}
          </summary>
          <p>{t('notice.disclaimer')}</p>
        </details>
      </div>
    );
  }
  return (
    <p class={classes} role="note">
      {t('notice.disclaimer')} {inEnglish}
    </p>
  );
}
