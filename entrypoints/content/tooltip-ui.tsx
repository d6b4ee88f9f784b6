import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { badgeName, categoryName } from '../../components/labels';
import { Tooltip, type TooltipProps } from '../../components/Tooltip';
import tooltipCss from '../../components/tooltip.css?inline';
import { showsCrisisInTooltip } from '../../glossary/notices';
import { t } from '../../lib/i18n';
import { sendToBackground } from '../../lib/messages';
import { isSaved, saveTerm } from '../../lib/saved-terms';
import type { ReadingLevel, Theme } from '../../lib/settings';
import { ENTRY_BY_ID } from './glossary-data';
import { ownTerm } from './own-glossaries';
import type { Occurrence } from './occurrences';
import { liveRange } from './ranges';

export type OpenedBy = 'pointer' | 'keyboard' | 'touch';

/** What the tooltip's "Don't mark this term" and its undo do (write the muted-terms setting). */
export interface MuteActions {
  mute(entryId: string): Promise<void>;
  unmute(entryId: string): Promise<void>;
}

/**
 * The one tooltip: a Preact card in a shadow root whose host is the only
 * element TermLens ever adds to a page (and only once a tooltip is first
 * needed). The card sits in the top layer (popover), so no z-index,
 * transform or overflow of the page can hide or clip it, and is placed with
 * Floating UI beside the term, flipped and shifted to stay in the viewport.
 */
export class TooltipUi {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private creating: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  private layer: HTMLElement | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  current: Occurrence | null = null;
  openedBy: OpenedBy | null = null;
  /** The entry just muted from this card, while the card still offers its undo. */
  private justMuted: string | null = null;
  /** The open term is in My terms. */
  private saved = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly signal: AbortSignal,
    /** The card's theme for this term: the setting, with "auto" already decided from the page. */
    private readonly theme: (occ: Occurrence) => Exclude<Theme, 'auto'>,
    private readonly readingLevel: () => ReadingLevel,
    private readonly onActive: (occ: Occurrence | null) => void,
    /** Whether a saved term also keeps this page's title and address (the reader's setting). */
    private readonly savePageInfo: () => boolean = () => false,
    private readonly muteActions?: MuteActions,
  ) {
    signal.addEventListener('abort', () => this.destroy(), { once: true });
    document.addEventListener('fullscreenchange', () => this.followFullscreen(), { signal });
  }

  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  /** Is this node part of TermLens's UI (events inside the tooltip are ours, not the page's)? */
  contains(node: EventTarget | null): boolean {
    return !!node && !!this.host && (node === this.host || (node instanceof Node && this.host.contains(node)));
  }

  async open(occ: Occurrence, by: OpenedBy): Promise<void> {
    const card = await cardFor(occ.entryId);
    const anchor = liveRange(occ.range);
    if (!card || !anchor || this.signal.aborted) return;
    const layer = await this.ensureLayer();
    if (!layer || this.signal.aborted) return;
    this.current = occ;
    this.openedBy = by;
    this.justMuted = null;
    this.saved = false;
    layer.dataset.theme = this.theme(occ);
    this.draw(layer, occ, by, card);
    void isSaved(card.entry.id).then(
      (saved) => {
        if (!saved || this.current !== occ) return;
        this.saved = true;
        this.draw(layer, occ, by, card);
      },
      () => undefined,
    );
    if (!layer.matches(':popover-open')) layer.showPopover();
    this.onActive(occ);
    this.place(layer, anchor);
  }

  private draw(layer: HTMLElement, occ: Occurrence, by: OpenedBy, card: Card): void {
    const { entry } = card;
    const actions = this.muteActions;
    render(
      <Tooltip
        {...card}
        found={occ.text}
        readingLevel={this.readingLevel()}
        announce={by === 'keyboard'}
        onMore={() => void sendToBackground({ type: 'open-reference', id: entry.id }).catch(() => undefined)}
        onClose={() => this.close()}
        saved={this.saved}
        onSave={() =>
          void this.save(card).then((ok) => {
            if (!ok || this.current !== occ) return;
            this.saved = true;
            this.draw(layer, occ, by, card);
          })
        }
        onMute={actions && (() => this.setMuted(occ, by, card, true))}
        muted={this.justMuted === entry.id}
        onUndo={actions && (() => this.setMuted(occ, by, card, false))}
      />,
      layer,
    );
  }

  private setMuted(occ: Occurrence, by: OpenedBy, card: Card, muted: boolean): void {
    if (!this.muteActions || this.current !== occ || !this.layer) return;
    this.justMuted = muted ? occ.entryId : null;
    this.draw(this.layer, occ, by, card);
    const act = muted ? this.muteActions.mute : this.muteActions.unmute;
    void act(occ.entryId).catch(() => undefined);
  }

  /** Keeps the term in My terms, with the page's title and address only if the reader asked for that. */
  private async save({ entry }: Card): Promise<boolean> {
    const page = this.savePageInfo() ? { pageTitle: document.title, pageUrl: location.href } : {};
    try {
      await saveTerm({ id: entry.id, headword: entry.headword, definition: entry.short, ...page });
      return true;
    } catch {
      return false; // storage refused (quota): the button stays "Save", nothing is lost
    }
  }

  close(): void {
    if (!this.current) return;
    this.justMuted = null;
    this.current = null;
    this.openedBy = null;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    if (this.layer) {
      if (this.layer.matches(':popover-open')) this.layer.hidePopover();
      render(null, this.layer);
    }
    this.onActive(null);
  }

  private place(layer: HTMLElement, anchor: Range): void {
    this.stopAutoUpdate?.();
    // A page may zoom its root (CSS `zoom` on <html>): the card would inherit it, and its left/top would be
    // scaled too, placing it off screen. Undone on the card, so positions are viewport pixels and the card
    // looks the same on every site; the viewport the card must stay inside is measured in the same pixels.
    const zoomOf = (el: Element | null | undefined) =>
      (el as (Element & { currentCSSZoom?: number }) | null | undefined)?.currentCSSZoom ?? 1;
    layer.style.zoom = String(1 / zoomOf(layer.parentElement));
    const viewport = () => {
      // Browsers disagree on whether a zoomed root's clientWidth is in zoomed pixels: whichever reading fits
      // inside the window (innerWidth, never zoomed) is the viewport without its scrollbar.
      const html = document.documentElement;
      const z = zoomOf(html);
      const fit = (client: number, outer: number) => (client * z <= outer ? client * z : Math.min(client, outer));
      return { x: 0, y: 0, width: fit(html.clientWidth, innerWidth), height: fit(html.clientHeight, innerHeight) };
    };
    const reference = {
      getBoundingClientRect: () => anchor.getClientRects()[0] ?? anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement: anchor.startContainer.parentElement ?? undefined,
    };
    const update = () =>
      computePosition(reference, layer, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8, rootBoundary: viewport(), fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
          shift({ padding: 8, rootBoundary: viewport() }),
          size({
            padding: 8,
            rootBoundary: viewport(),
            apply: ({ availableHeight }) => {
              layer.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        // Kept inside the viewport in any case, whatever a page's zoom made of the measurements.
        const box = layer.getBoundingClientRect();
        const room = viewport();
        const left = Math.max(8, Math.min(x, room.width - box.width - 8));
        const top = Math.max(8, Math.min(y, room.height - box.height - 8));
        layer.style.left = `${Math.round(left)}px`;
        layer.style.top = `${Math.round(top)}px`;
      });
    this.stopAutoUpdate = autoUpdate(reference, layer, () => void update(), { animationFrame: false });
  }

  private async ensureLayer(): Promise<HTMLElement | null> {
    if (this.layer && this.ui && this.ui.shadowHost.isConnected) return this.layer;
    if (this.ui && !this.ui.shadowHost.isConnected) {
      // The page removed our host (it rewrote <html>): mount it again.
      this.ui.remove();
      this.ui = null;
      this.layer = null;
    }
    this.creating ??= createShadowRootUi(this.ctx, {
      name: 'termlens-ui',
      position: 'inline',
      anchor: () => document.fullscreenElement ?? document.documentElement,
      append: 'last',
      css: tooltipCss,
      onMount: (container, shadow) => {
        adoptStyles(shadow, tooltipCss);
        const layer = document.createElement('div');
        layer.className = 'layer';
        layer.setAttribute('popover', 'manual');
        container.append(layer);
        return layer;
      },
    });
    try {
      this.ui = await this.creating;
    } finally {
      this.creating = null;
    }
    if (this.signal.aborted) return null;
    this.ui.mount();
    this.layer = this.ui.mounted ?? null;
    return this.layer;
  }

  /** In fullscreen only the fullscreen element's subtree is painted: move the host there and back. */
  private followFullscreen(): void {
    const host = this.host;
    if (!host) return;
    const target = document.fullscreenElement ?? document.documentElement;
    if (host.parentNode !== target) target.append(host);
    if (this.layer?.matches(':popover-open')) {
      this.layer.hidePopover();
      this.layer.showPopover();
    }
  }

  private destroy(): void {
    this.close();
    this.ui?.remove();
    this.ui = null;
    this.layer = null;
  }
}

type Card = Pick<TooltipProps, 'entry' | 'categoryLabel' | 'badgeLabel' | 'crisisNote' | 'glossaryName' | 'sourceUrl'>;

/** What a tooltip shows for an entry: a bundled one at once, a reader's term once its chunk is read. */
async function cardFor(id: string): Promise<Card | null> {
  const entry = ENTRY_BY_ID.get(id);
  if (entry)
    return {
      entry,
      categoryLabel: categoryName(entry.category),
      badgeLabel: entry.badge ? badgeName(entry.badge) : undefined,
      crisisNote: showsCrisisInTooltip(entry) ? t('notice.crisisShort') : undefined,
    };
  const own = await ownTerm(id);
  if (!own) return null;
  return {
    entry: { id, headword: own.term.term, short: own.term.definition },
    categoryLabel: own.term.category ?? t('page.yourTerm'),
    glossaryName: own.glossary,
    sourceUrl: own.term.source,
  };
}

/** Constructed sheets are not subject to a page's style-src policy, unlike <style> elements. */
function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // The <style> element WXT added carries the same rules.
  }
}
