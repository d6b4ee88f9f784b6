import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Settings } from '../../lib/settings';
import { saveSetting } from '../../lib/storage';
import { PageEngine } from './engine';
import { setupHover } from './hover';
import { setupKeys } from './term-navigation';
import { setupTouch } from './touch';
import { setupContextTerm } from './context-term';
import { TooltipUi } from './tooltip-ui';
import type { Occurrence } from './occurrences';
import { yieldToBrowser } from './slicer';

/**
 * One "on" period of TermLens in this document: engine, observers, tooltip
 * and listeners, all tied to one signal. Switching the site off aborts the
 * signal, which removes every highlight, observer, listener and the tooltip.
 */
export function startPageSession(
  ctx: ContentScriptContext,
  settings: () => Settings,
  signal: AbortSignal,
  /** Only this element's text (the explain page's reading view); a web page is read whole. */
  only?: Element,
) {
  let tooltip: TooltipUi | null = null;
  const engine: PageEngine = new PageEngine(settings(), signal, (node) => !!tooltip?.contains(node));
  // The tooltip, hover, touch and Escape wait for the first term: most frames (widgets, ads, pages on other
  // subjects) never have one, and setting them up cost each frame about 1 ms of start-up.
  const ui = (): TooltipUi => (tooltip ??= startUi(ctx, settings, signal, engine));
  // In a task of its own: the change that brings the first term ends a slice of the scan, and the two together
  // made one long task on a one-paragraph frame (fixture/iframe-inner.html, 28.7 ms in the bench).
  let asked = false;
  engine.onChange(() => {
    if (tooltip || asked || !engine.index.size.occurrences) return;
    asked = true;
    void yieldToBrowser().then(() => signal.aborted || ui());
  });
  // The open term's text went away: its tooltip goes with it.
  engine.onDomChange(() => {
    if (tooltip?.current && !tooltip.current.range.startContainer.isConnected) tooltip.close();
  });
  // Every right-click tells the background whether it was on a term, "no" included: the listener is not lazy.
  const contextTerm = setupContextTerm(engine, signal);
  void (only ? engine.start(only, only) : engine.start(document.body ?? document.documentElement));
  return {
    engine,
    contextTerm,
    get tooltip(): TooltipUi {
      return ui();
    },
  };
}

/** The tooltip and what opens and closes it: pointer, touch and Escape. */
function startUi(ctx: ContentScriptContext, settings: () => Settings, signal: AbortSignal, engine: PageEngine) {
  // "auto" follows the page where the term stands (a dark card on a dark page), not the system's theme.
  const theme = (occ: Occurrence): 'light' | 'dark' => {
    const chosen = settings().theme;
    return chosen === 'auto' ? (engine.look(occ).dark ? 'dark' : 'light') : chosen;
  };
  const tooltip = new TooltipUi(
    ctx,
    signal,
    theme,
    () => settings().readingLevel,
    (occ) => engine.highlighter.setActive(occ?.range ?? null, occ ? engine.look(occ).dark : false),
    () => settings().savePageInfo,
    {
      mute: (id) => saveSetting('mutedTerms', [...new Set([...settings().mutedTerms, id])]),
      unmute: (id) =>
        saveSetting(
          'mutedTerms',
          settings().mutedTerms.filter((m) => m !== id),
        ),
    },
  );
  setupHover({
    index: engine.index,
    shadowRoots: engine.shadowRoots,
    tooltip,
    delay: () => settings().tooltipDelay,
    signal,
  });
  setupTouch(engine.index, engine.shadowRoots, tooltip, signal);
  setupKeys(tooltip, signal);
  return tooltip;
}

export type PageSession = ReturnType<typeof startPageSession>;
