import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishEngine } from './content/engine-loader';
import { runPage } from './content/run-page';

// The engine: everything the content script does on a page but load it, built as a file of its own that the
// content script imports (entrypoints/content/index.ts says why).
export default defineUnlistedScript(() => publishEngine({ runPage }));
