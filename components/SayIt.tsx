import { t, uiLanguageTag } from '../lib/i18n';
import { speak, useLocalVoice } from '../lib/speech';

export interface SayItProps {
  /** What is spoken: the term itself. */
  text: string;
  className?: string;
}

/**
 * A button that says the term aloud with an on-device voice; nothing at all when the device has none.
 * Its words are the interface's, whatever the language of the text around it.
 */
export function SayIt({ text, className }: SayItProps) {
  const voice = useLocalVoice();
  if (!voice) return null;
  return (
    <button
      type="button"
      class={className}
      lang={uiLanguageTag()}
      aria-label={t('entry.sayAloud', { text })}
      onClick={() => speak(text, voice)}
    >
      {t('entry.sayIt')}
    </button>
  );
}
