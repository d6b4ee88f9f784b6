import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { texts } from 'virtual:termlens-glossary-texts';
import type { CardTexts } from '../../glossary/compact-entry';
import { Tooltip, type TooltipProps } from '../../components/Tooltip';
import tooltipCss from '../../components/tooltip.css?inline';

/**
 * What the tooltip looks like and where it stands: a Preact card in a shadow
 * root whose host is the only element TermLens ever adds to a page, placed
 * with Floating UI. It is built apart from the content script (the unlisted
 * entrypoint entrypoints/tooltip-view.ts) and loaded at the first hover, so
 * a page that is only read never compiles Preact, Floating UI, the card's
 * styles or the bundled entries' texts (tooltip-ui.ts decides what the card
 * says and when it opens).
 */
export interface TooltipView {
  readonly host: HTMLElement | null;
  /** Adds the host to the page (again, if the page removed it); false once the page is left. */
  mount(): Promise<boolean>;
  /** Renders the card with these props, over what it showed before. */
  draw(props: TooltipProps, theme: 'light' | 'dark'): void;
  /** Shows the card beside the term and keeps it there while the page moves. */
  show(anchor: Range): void;
  hide(): void;
  /** In fullscreen only the fullscreen element's subtree is painted: move the host there and back. */
  followFullscreen(): void;
  destroy(): void;
}

export type TooltipViewFactory = (ctx: ContentScriptContext, signal: AbortSignal) => TooltipView;

/** What the view's file hands the content script. */
export interface TooltipViewModule {
  createTooltipView: TooltipViewFactory;
  /** A bundled entry's texts at both reading levels, with its pronunciation. */
  textsOf(entryId: string): CardTexts | undefined;
}

const TEXTS: ReadonlyMap<string, CardTexts> = new Map(texts);
export const textsOf = (entryId: string): CardTexts | undefined => TEXTS.get(entryId);

export const createTooltipView: TooltipViewFactory = (ctx, signal) => {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let creating: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let layer: HTMLElement | null = null;
  let stopAutoUpdate: (() => void) | null = null;
  const isOpen = () => !!layer?.matches(':popover-open');

  return {
    get host() {
      return ui?.shadowHost ?? null;
    },
    async mount() {
      if (layer && ui?.shadowHost.isConnected) return true;
      if (ui && !ui.shadowHost.isConnected) {
        // The page removed our host (it rewrote <html>): mount it again.
        ui.remove();
        ui = null;
        layer = null;
      }
      creating ??= createShadowRootUi(ctx, {
        name: 'termlens-ui',
        position: 'inline',
        anchor: () => document.fullscreenElement ?? document.documentElement,
        append: 'last',
        css: tooltipCss,
        onMount: (container, shadow) => {
          adoptStyles(shadow, tooltipCss);
          const el = document.createElement('div');
          el.className = 'layer';
          el.setAttribute('popover', 'manual');
          container.append(el);
          return el;
        },
      });
      try {
        ui = await creating;
      } finally {
        creating = null;
      }
      if (signal.aborted) return false;
      ui.mount();
      layer = ui.mounted ?? null;
      return !!layer;
    },
    draw(props, theme) {
      if (!layer) return;
      layer.dataset.theme = theme;
      render(<Tooltip {...props} />, layer);
    },
    show(anchor) {
      if (!layer) return;
      if (!isOpen()) layer.showPopover();
      stopAutoUpdate?.();
      stopAutoUpdate = place(layer, anchor);
    },
    hide() {
      stopAutoUpdate?.();
      stopAutoUpdate = null;
      if (!layer) return;
      if (isOpen()) layer.hidePopover();
      render(null, layer);
    },
    followFullscreen() {
      const host = ui?.shadowHost;
      if (!host) return;
      const target = document.fullscreenElement ?? document.documentElement;
      if (host.parentNode !== target) target.append(host);
      if (layer && isOpen()) {
        layer.hidePopover();
        layer.showPopover();
      }
    },
    destroy() {
      this.hide();
      ui?.remove();
      ui = null;
      layer = null;
    },
  };
};

/** Places the card beside the term, flipped and shifted to stay in the viewport; returns the stop of its updates. */
function place(layer: HTMLElement, anchor: Range): () => void {
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
  return autoUpdate(reference, layer, () => void update(), { animationFrame: false });
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
