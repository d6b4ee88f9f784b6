import { isSkippedTag, skipSubtree } from './dom-rules';

/**
 * Does a frame hold anything TermLens could read? Every frame of a page runs
 * the content script, and most embedded frames are adverts, tracking pixels
 * and empty documents a script has yet to fill. Loading the engine in one
 * costs the same fixed start-up as on a page (the engine's evaluation, the
 * matcher, the session: `npm run bench -- --profile fixture/linked-target`),
 * to find nothing. So a frame without text waits, watching, until text comes.
 */

/**
 * True when the document holds a character that is not white space outside the elements the engine never reads
 * (dom-rules.ts), or an element with an open shadow root, whose text the engine reads and a walk of the
 * document does not see. Stops at the first one: a frame that holds an article answers at its first words.
 */
export function holdsText(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (/\S/.test((node as Text).data)) return true;
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    if (el.shadowRoot) return true;
    node = isSkippedTag(el.localName) ? skipSubtree(walker) : walker.nextNode();
  }
  return false;
}

/**
 * Resolves true once the document holds text (holdsText), false if the signal is aborted first. The observer
 * goes with either: it watches only until then.
 */
export function whenTextArrives(doc: Document, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const observer = new MutationObserver(() => {
      if (holdsText(doc)) settle(true);
    });
    const settle = (arrived: boolean) => {
      observer.disconnect();
      signal.removeEventListener('abort', onAbort);
      resolve(arrived);
    };
    const onAbort = () => settle(false);
    signal.addEventListener('abort', onAbort, { once: true });
    // The document itself, not its root element: a script may write a whole new one (document.open).
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
  });
}
