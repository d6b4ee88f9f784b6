import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Settings } from '../../lib/settings';
import { saveSetting } from '../../lib/storage';
import { PageEngine } from './engine';
import { setupHover } from './hover';
import { setupKeys } from './term-navigation';
import { setupTouch } from './touch';
import { setupContextTerm } from './context-term';
import { TooltipUi } from './tooltip-ui';

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
  // The tooltip reaches the engine only when a term is shown, long after both exist.
  const tooltip: TooltipUi = new TooltipUi(
    ctx,
    signal,
    // "auto" follows the page where the term stands (a dark card on a dark page), not the system's theme.
    (occ): 'light' | 'dark' => {
      const theme = settings().theme;
      return theme === 'auto' ? (engine.look(occ).dark ? 'dark' : 'light') : theme;
    },
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
  const engine: PageEngine = new PageEngine(settings(), signal, (node) => tooltip.contains(node));
  // The open term's text went away: its tooltip goes with it.
  engine.onDomChange(() => {
    if (tooltip.current && !tooltip.current.range.startContainer.isConnected) tooltip.close();
  });
  setupHover({
    index: engine.index,
    shadowRoots: engine.shadowRoots,
    tooltip,
    delay: () => settings().tooltipDelay,
    signal,
  });
  setupTouch(engine.index, engine.shadowRoots, tooltip, signal);
  setupKeys(tooltip, signal);
  const contextTerm = setupContextTerm(engine, signal);
  void (only ? engine.start(only, only) : engine.start(document.body ?? document.documentElement));
  return { engine, tooltip, contextTerm };
}

export type PageSession = ReturnType<typeof startPageSession>;
