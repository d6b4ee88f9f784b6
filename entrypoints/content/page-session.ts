import type { Settings } from '../lib/settings';
import { PageEngine } from './engine';
import { ChangeObserver } from './observe';

/**
 * One "on" period of TermLens in this document: engine, observers and (via
 * the caller) the UI, all tied to one signal. Switching the site off aborts
 * the signal, which removes every highlight, observer and listener.
 */
export function startPageSession(settings: Settings, signal: AbortSignal, ownUi: () => Element | null) {
  const isOwn = (node: Node) => {
    const host = ownUi();
    return !!host && (node === host || host.contains(node));
  };
  let observer: ChangeObserver;
  const engine = new PageEngine(settings, signal, (shadowRoot) => observer.observe(shadowRoot));
  observer = new ChangeObserver(
    {
      changed: (nodes, removed) => {
        if (removed) engine.sweepDetached();
        engine.invalidate(nodes);
      },
    },
    isOwn,
    signal,
  );
  const root = document.body ?? document.documentElement;
  observer.observe(document.documentElement);
  void engine.start(root);
  return { engine, observer };
}

export type PageSession = ReturnType<typeof startPageSession>;
