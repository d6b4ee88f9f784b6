import { speak, useLocalVoice } from '../lib/speech';

export interface SayItProps {
  /** What is spoken: the term itself. */
  text: string;
  className?: string;
}

/** A button that says the term aloud with an on-device voice; nothing at all when the device has none. */
export function SayIt({ text, className }: SayItProps) {
  const voice = useLocalVoice();
  if (!voice) return null;
  return (
    <button type="button" class={className} aria-label={`Say “${text}” aloud`} onClick={() => speak(text, voice)}>
      Say it
    </button>
  );
}
