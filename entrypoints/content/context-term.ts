import { sendToBackground } from '../../lib/messages';
import type { PageEngine } from './engine';
import { headwordOf } from './glossary-data';
import { termAtPoint } from './hit-test';

/**
 * The right-click menu's "Don't mark": on each right-click the page tells the
 * background whether a term is under the pointer (so the item shows only on
 * one, with its name), and remembers which, for when the item is chosen.
 */
export function setupContextTerm(engine: PageEngine, signal: AbortSignal): { last: () => string | null } {
  let last: string | null = null;
  document.addEventListener(
    'contextmenu',
    (e) => {
      const occ = termAtPoint(e.clientX, e.clientY, engine.index, engine.shadowRoots);
      last = occ?.entryId ?? null;
      const headword = occ ? headwordOf(occ.entryId) : '';
      void sendToBackground({ type: 'context-term', id: last, headword: headword.slice(0, 120) }).catch(
        () => undefined,
      );
    },
    { capture: true, passive: true, signal },
  );
  return { last: () => last };
}
