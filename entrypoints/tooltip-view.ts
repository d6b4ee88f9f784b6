import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createTooltipView, textsOf } from './content/tooltip-view';
import { publishTooltipView } from './content/tooltip-view-loader';

// The tooltip's view, built as a file of its own that the content script imports at the first hover
// (entrypoints/content/tooltip-view-loader.ts says why).
export default defineUnlistedScript(() => publishTooltipView({ createTooltipView, textsOf }));
