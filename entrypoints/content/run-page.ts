import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessages } from '../../lib/messages';
import { saveSetting, saveSiteRules } from '../../lib/storage';
import { pageStartFrom, watchPageStart } from '../../lib/page-start';
import type { StoredStart } from '../../lib/page-start-read';
import { applyGlossaries } from './own-glossaries';
import type { Settings } from '../../lib/settings';
import { siteStatus, toggleSite, type SiteRules } from '../../lib/site-rules';
import { bringFrameIntoView, isTyping, nextOfEntry, stepTerm } from './term-navigation';
import { startPageSession, type PageSession } from './page-session';
import { isTopFrame, pageHostname } from './page-host';
import { pageState, pageStats, pushPageState } from './report-page';
import { yieldToBrowser } from './slicer';

/**
 * TermLens on one frame, once the engine's file has loaded (content-engine.ts):
 * reads what the loader's storage read brings (`read`), marks the page when
 * TermLens is on for its site, follows changes to the settings, the site list
 * and the glossaries, and answers the popup, the commands and the menus.
 */
export async function runPage(ctx: ContentScriptContext, read: Promise<StoredStart>): Promise<void> {
  // Evaluating the engine's file is one task, and the storage read has usually come back by its end: without a
  // yield, reading the page would start in the same task, and the two add up to one long stretch.
  await yieldToBrowser();
  const hostname = pageHostname();
  const isTop = isTopFrame();
  const stored = pageStartFrom(await read);
  let settings: Settings = stored.settings;
  let rules: SiteRules = stored.rules;
  await applyGlossaries(stored.glossaries);
  let session: { controller: AbortController; page: PageSession } | null = null;
  const currentState = () => pageState(hostname, siteStatus(hostname, settings, rules), session?.page.engine ?? null);
  // Every frame reports its own terms: the background adds them up per tab for the badge and the popup.
  const push = () => pushPageState(currentState, ctx.signal);

  const stop = () => {
    session?.controller.abort();
    session = null;
  };
  const start = () => {
    const controller = new AbortController();
    const signal = AbortSignal.any([ctx.signal, controller.signal]);
    const page = startPageSession(ctx, () => settings, signal);
    page.engine.onChange(push);
    session = { controller, page };
  };
  const apply = (restart: boolean) => {
    const on = siteStatus(hostname, settings, rules).on;
    if (!on || restart) stop();
    if (on && !session) start();
    push();
  };

  watchPageStart(
    {
      settings: (next) => {
        const restart =
          next.highlightStyle !== settings.highlightStyle ||
          next.density !== settings.density ||
          next.markEverywhere !== settings.markEverywhere;
        const mutedChanged = next.mutedTerms.join() !== settings.mutedTerms.join();
        settings = next;
        // A muted or unmuted term changes in place, so an open tooltip (and its undo) stays.
        if (mutedChanged && !restart) session?.page.engine.setMuted(next.mutedTerms);
        apply(restart && !!session);
      },
      // A glossary imported, switched, edited or added to from another tab: mark this page again with it.
      glossaries: (next) => {
        void applyGlossaries(next).then((latest) => {
          if (latest && !ctx.signal.aborted) apply(!!session);
        });
      },
      rules: (next) => {
        rules = next;
        apply(false);
      },
    },
    ctx.signal,
  );

  // Every frame: the right-click menu's "Don't mark" reaches the frame that was clicked.
  onMessages(
    {
      'mute-context-term': async () => {
        const id = session?.page.contextTerm.last();
        if (!id) return { ok: false };
        await saveSetting('mutedTerms', [...new Set([...settings.mutedTerms, id])]);
        return { ok: true };
      },
    },
    ctx.signal,
  );
  if (isTop) {
    onMessages(
      {
        'get-page-state': currentState,
        'run-command': async ({ command }) => {
          if (command === 'toggle-site') {
            const on = siteStatus(hostname, settings, rules).on;
            await saveSiteRules(toggleSite(hostname, settings.mode, rules, !on));
            return { ok: true };
          }
          if (!session || isTyping()) return { ok: false };
          const { engine, tooltip } = session.page;
          return { ok: !!stepTerm(engine.index, tooltip, command === 'next-term' ? 1 : -1) };
        },
        'get-stats': () => (session ? pageStats(session.page) : null),
      },
      ctx.signal,
    );
  }
  // Any frame: the popup sends "show this term" to the frame that holds it.
  onMessages(
    {
      'reveal-term': ({ id }) => {
        if (!session) return { found: false };
        const { engine, tooltip } = session.page;
        const occ = nextOfEntry(engine.index, tooltip, id);
        if (occ && !isTop) bringFrameIntoView(occ);
        return { found: !!occ };
      },
    },
    ctx.signal,
  );
  apply(false);
}
