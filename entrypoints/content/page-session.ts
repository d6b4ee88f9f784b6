import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Settings } from '../../lib/settings';
import { PageEngine } from './engine';
import { setupHover } from './hover';
import { setupKeys } from './term-navigation';
import { ChangeObserver } from './observe';
import { setupTouch } from './touch';
import { TooltipUi } from './tooltip-ui';

/**
 * One "on" period of TermLens in this document: engine, observers, tooltip
 * and listeners, all tied to one signal. Switching the site off aborts the
 * signal, which removes every highlight, observer, listener and the tooltip.
 */
export function startPageSession(ctx: ContentScriptContext, settings: () => Settings, signal: AbortSignal) {
  const initial = settings();
  let observer: ChangeObserver | null = null;
  const engine = new PageEngine(initial, signal, (shadowRoot) => observer?.observe(shadowRoot));
  const tooltip = new TooltipUi(
    ctx,
    signal,
    () => settings().theme,
    () => settings().readingLevel,
    (occ) => engine.highlighter.setActive(occ?.range ?? null),
  );
  const isOwn = (node: Node) => tooltip.contains(node);
  observer = new ChangeObserver(
    {
      changed: (nodes, removed) => {
        if (removed) engine.sweepDetached();
        engine.invalidate(nodes);
        // The open term's text went away: its tooltip goes with it.
        if (tooltip.current && !tooltip.current.range.startContainer.isConnected) tooltip.close();
      },
    },
    isOwn,
    signal,
  );
  observer.observe(document.documentElement);
  setupHover({
    index: engine.index,
    shadowRoots: engine.shadowRoots,
    tooltip,
    delay: () => settings().tooltipDelay,
    signal,
  });
  setupTouch(engine.index, engine.shadowRoots, tooltip, signal);
  setupKeys(tooltip, signal);
  void engine.start(document.body ?? document.documentElement);
  return { engine, observer, tooltip };
}

export type PageSession = ReturnType<typeof startPageSession>;
