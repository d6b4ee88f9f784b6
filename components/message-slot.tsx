import type { ComponentChildren } from 'preact';

// A character no message contains: marks where the element goes in the translated sentence.
const SLOT = '\uE000';

/**
 * A translated sentence with an element inside it ("On for <span>example.org</span>"):
 * `message` receives a marker to pass as the element's named value, and the element
 * takes the marker's place, wherever the language puts it.
 */
export function withSlot(message: (slot: string) => string, element: ComponentChildren): ComponentChildren {
  const [before, after = ''] = message(SLOT).split(SLOT);
  return (
    <>
      {before}
      {element}
      {after}
    </>
  );
}
