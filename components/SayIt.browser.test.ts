import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Tooltip, type TooltipProps } from './Tooltip';

/** A speech engine under the test's control: which voices it lists, and what it was asked to say. */
class FakeSynth extends EventTarget {
  voices: Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'localService' | 'default'>[] = [];
  said: { text: string; voice: unknown }[] = [];
  cancelled = 0;
  speaking = false;
  pending = false;
  getVoices() {
    return this.voices;
  }
  speak(u: { text: string; voice: unknown }) {
    this.said.push({ text: u.text, voice: u.voice });
    this.speaking = true;
  }
  cancel() {
    this.cancelled++;
  }
  listVoices(voices: FakeSynth['voices']) {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}
class FakeUtterance extends EventTarget {
  voice: unknown = null;
  lang = '';
  constructor(readonly text: string) {
    super();
  }
}

const local = { name: 'On device', lang: 'en-US', localService: true, default: false };
const network = { name: 'Cloud', lang: 'en-US', localService: false, default: true };

const entry: TooltipProps['entry'] = {
  id: 'esketamine',
  headword: 'esketamine',
  short: 'A form of ketamine made as a nasal spray.',
  clinical: 'The S-enantiomer of ketamine, an NMDA-receptor antagonist, given intranasally.',
  pronunciation: 'es-KET-uh-meen',
};

let synth: FakeSynth;
let root: HTMLElement;
const tick = () => new Promise((r) => setTimeout(r, 20));
const sayIt = () => root.querySelector<HTMLButtonElement>('button[aria-label^="Say"]');

function show(level: TooltipProps['readingLevel'] = 'plain') {
  render(
    h(Tooltip, {
      entry,
      found: 'esketamine',
      categoryLabel: 'Substance and mechanism',
      readingLevel: level,
      announce: false,
      onMore: () => {},
      onClose: () => {},
    }),
    root,
  );
}

beforeEach(() => {
  synth = new FakeSynth();
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  root = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

describe('the tooltip at each reading level', () => {
  test('plain shows the short text, detailed the clinical one; both say how to pronounce the term', () => {
    show('plain');
    expect(root.textContent).toContain(entry.short);
    expect(root.textContent).not.toContain(entry.clinical);
    expect(root.textContent).toContain('es-KET-uh-meen');
    show('detailed');
    expect(root.textContent).toContain(entry.clinical);
    expect(root.textContent).not.toContain(entry.short);
    expect(root.textContent).toContain('es-KET-uh-meen');
  });
});

describe('"Say it"', () => {
  test('is absent with no voice, and with only a network voice', async () => {
    show();
    await tick();
    expect(sayIt()).toBeNull();
    synth.listVoices([network]);
    await tick();
    expect(sayIt()).toBeNull();
  });

  test('appears when an on-device voice is listed later, and says the term with it', async () => {
    show();
    await tick();
    expect(sayIt()).toBeNull();
    synth.listVoices([network, local]);
    await tick();
    sayIt()!.click();
    expect(synth.said).toEqual([{ text: 'Esketamine', voice: local }]);
  });

  test('a second press while speaking adds nothing, and the page’s own speech is never cancelled', async () => {
    synth.voices = [local];
    show();
    await tick();
    sayIt()!.click();
    sayIt()!.click();
    expect(synth.said).toHaveLength(1);
    synth.speaking = false;
    sayIt()!.click();
    expect(synth.said).toHaveLength(2);
    render(null, root);
    expect(synth.cancelled).toBe(0);
  });
});
