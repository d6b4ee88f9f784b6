import { describe, expect, it } from 'vitest';
import { pickLocalVoice } from '../../lib/speech';

const voice = (name: string, lang: string, localService: boolean, isDefault = false) => ({
  name,
  lang,
  localService,
  default: isDefault,
});

describe('the voice for "Say it"', () => {
  it('is never a network voice, even the default one', () => {
    expect(pickLocalVoice([voice('Cloud English', 'en-US', false, true)])).toBeNull();
  });

  it('is an on-device English voice, the default among them first', () => {
    const a = voice('Device A', 'en-GB', true);
    const b = voice('Device B', 'en-US', true, true);
    expect(pickLocalVoice([voice('Cloud', 'en-US', false, true), a, b])).toBe(b);
    expect(pickLocalVoice([voice('Cloud', 'en-US', false, true), a])).toBe(a);
  });

  it('is not a voice for another language, which would misread an English respelling', () => {
    expect(pickLocalVoice([voice('Appareil', 'fr-FR', true, true), voice('Gerät', 'de', true)])).toBeNull();
    expect(pickLocalVoice([voice('Device', 'en', true)])?.name).toBe('Device');
    expect(pickLocalVoice([voice('Eng', 'eng', true)])).toBeNull();
  });

  it('is none when the browser lists no voices (yet)', () => {
    expect(pickLocalVoice([])).toBeNull();
  });
});
