import { useEffect, useRef, useState } from 'preact/hooks';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageTerm } from '../../lib/messages';
import { loadGlossaryList } from '../../lib/own-glossaries';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { loadSettings, watchSettings } from '../../lib/storage';
import { applyGlossaries } from '../content/own-glossaries';
import { startPageSession, type PageSession } from '../content/page-session';
import { pageTerms } from '../content/report-page';

/**
 * Runs the content script's own engine (marks, tooltips, hover, touch, keys)
 * over the text the explain page shows: one engine for web pages and for
 * pasted text or PDFs. A new text ends the old session (its signal aborts
 * every highlight, listener and the tooltip) and starts a fresh one.
 */
export function useReadingSession(article: { current: HTMLElement | null }, textKey: number) {
  const [terms, setTerms] = useState<PageTerm[]>([]);
  const session = useRef<PageSession | null>(null);
  useEffect(() => {
    const el = article.current;
    if (!el || textKey === 0) return undefined;
    const ac = new AbortController();
    let settings: Settings = DEFAULT_SETTINGS;
    watchSettings((s) => (settings = s), ac.signal);
    void Promise.all([loadSettings(), loadGlossaryList()]).then(async ([s, list]) => {
      settings = s;
      await applyGlossaries(list);
      if (ac.signal.aborted) return;
      const ctx = new ContentScriptContext('termlens-explain');
      ac.signal.addEventListener('abort', () => ctx.abort(), { once: true });
      const page = startPageSession(ctx, () => settings, ac.signal, el);
      page.engine.onChange(() => setTerms(pageTerms(page.engine)));
      session.current = page;
    });
    return () => {
      ac.abort();
      session.current = null;
      setTerms([]);
    };
  }, [article, textKey]);
  return { terms, session };
}
