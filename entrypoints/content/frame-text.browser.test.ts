import { describe, expect, test } from 'vitest';
import { holdsText, whenTextArrives } from './frame-text';

/** A document of its own, as a frame's would be, with `body` as its body's markup. */
function frameDocument(body: string): Document {
  const doc = document.implementation.createHTMLDocument('An advert');
  doc.body.innerHTML = body;
  return doc;
}

/** Mutation records are delivered at the end of the current task; this waits past it. */
const afterMutations = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a frame with something to read', () => {
  test('no text, or text only where the engine never reads, is nothing to read', () => {
    // Its head holds a title ("An advert"): the tab's name, not text in the frame.
    expect(holdsText(frameDocument(''))).toBe(false);
    expect(holdsText(frameDocument('  \n\t\u00a0 <div> </div><img alt="Ketamine clinic">'))).toBe(false);
    expect(
      holdsText(
        frameDocument(
          '<script>const ad = "ketamine";</script><style>p { color: red }</style>' +
            '<noscript>Turn scripts on</noscript><button>Play</button><svg><text>NMDA</text></svg>',
        ),
      ),
    ).toBe(false);
  });

  test('one word anywhere in its body is something to read', () => {
    expect(holdsText(frameDocument('<div><span>Advertisement</span></div>'))).toBe(true);
    expect(holdsText(frameDocument('<script>x()</script><p>Ketamine</p>'))).toBe(true);
    expect(holdsText(frameDocument('<button>Play</button>after the button'))).toBe(true);
  });

  test('an open shadow root may hold text the walk cannot see, so it counts', () => {
    const doc = frameDocument('<clinic-card></clinic-card>');
    expect(holdsText(doc)).toBe(false);
    doc.querySelector('clinic-card')!.attachShadow({ mode: 'open' });
    expect(holdsText(doc)).toBe(true);
  });
});

describe('waiting for text to come', () => {
  test('resolves once a script writes text into the frame, not before', async () => {
    const doc = frameDocument('');
    let arrived: boolean | null = null;
    void whenTextArrives(doc, new AbortController().signal).then((a) => (arrived = a));
    doc.body.append(doc.createElement('img'), doc.createElement('script'));
    doc.querySelector('script')!.textContent = 'track()';
    await afterMutations();
    expect(arrived).toBe(null);
    const p = doc.createElement('p');
    doc.body.append(p);
    await afterMutations();
    expect(arrived).toBe(null);
    p.append('Esketamine');
    await afterMutations();
    expect(arrived).toBe(true);
  });

  test('a rewritten text node counts as much as a new one', async () => {
    const doc = frameDocument('<p> </p>');
    const arrived = whenTextArrives(doc, new AbortController().signal);
    doc.querySelector('p')!.firstChild!.textContent = 'Dissociation';
    await expect(arrived).resolves.toBe(true);
  });

  test('switched off or unloaded first, it resolves false', async () => {
    const doc = frameDocument('');
    const controller = new AbortController();
    const arrived = whenTextArrives(doc, controller.signal);
    controller.abort();
    await expect(arrived).resolves.toBe(false);
    const aborted = new AbortController();
    aborted.abort();
    await expect(whenTextArrives(doc, aborted.signal)).resolves.toBe(false);
  });
});
