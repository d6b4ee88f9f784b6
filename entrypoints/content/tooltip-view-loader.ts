import { TOOLTIP_VIEW_FILE } from '../../lib/extension-manifest';
import { moduleLoader, publishModule } from './extension-module';
import type { TooltipViewModule } from './tooltip-view';

const NAME = '__termlensTooltipView';

/** Called by the view's own file when it runs. */
export const publishTooltipView = (view: TooltipViewModule): void => publishModule(NAME, view);

/**
 * The tooltip's view, loaded once per frame at the first hover (or tap, or
 * key): its code and the bundled entries' texts were a third of the content
 * script (124 of 364 kB), which every frame of every page compiles, and most
 * pages are read without a tooltip.
 */
export const loadTooltipView: () => Promise<TooltipViewModule> = moduleLoader(TOOLTIP_VIEW_FILE, NAME);
