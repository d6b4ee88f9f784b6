import { useEffect, useState } from 'preact/hooks';

/**
 * "Say it" for a term, with the browser's speech synthesis, but only through a
 * voice that runs on this device (`localService`): a network voice would send
 * the word to a speech service, and TermLens sends nothing anywhere. With no
 * such voice there is no button at all.
 */

type VoiceLike = Pick<SpeechSynthesisVoice, 'localService' | 'lang' | 'default'>;

/** The on-device English voice to use (the system default among them first), or null when there is none. */
export function pickLocalVoice<V extends VoiceLike>(voices: readonly V[]): V | null {
  const usable = voices.filter((v) => v.localService && /^en(?:[-_]|$)/i.test(v.lang));
  return usable.find((v) => v.default) ?? usable[0] ?? null;
}

function synth(): SpeechSynthesis | null {
  return typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
}

/** The local voice, kept current: many browsers list their voices only after `voiceschanged`. */
export function useLocalVoice(): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => pickLocalVoice(synth()?.getVoices() ?? []));
  useEffect(() => {
    const s = synth();
    if (!s) return;
    const controller = new AbortController();
    const update = () => setVoice(pickLocalVoice(s.getVoices()));
    s.addEventListener('voiceschanged', update, { signal: controller.signal });
    update();
    return () => controller.abort();
  }, []);
  return voice;
}

let speaking: SpeechSynthesisUtterance | null = null;

/**
 * Says the text once. Never calls cancel(): the speech queue belongs to the
 * page too, and a page reading aloud must not be cut off; a second press while
 * the word is still being said does nothing.
 */
export function speak(text: string, voice: SpeechSynthesisVoice): void {
  const s = synth();
  if (!s || !voice.localService) return;
  // 'end' is not fired everywhere: a queue that has gone quiet frees the button too.
  if (speaking && (s.speaking || s.pending)) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  const done = () => {
    if (speaking === utterance) speaking = null;
  };
  utterance.addEventListener('end', done);
  utterance.addEventListener('error', done);
  speaking = utterance;
  s.speak(utterance);
}
