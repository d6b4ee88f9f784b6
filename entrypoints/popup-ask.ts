import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askFirst } from './popup/first-ask';

// The popup's first question to its page, in a file of its own so that it leaves before the popup's main code has
// loaded (entrypoints/popup/first-ask.ts says why; popup/index.html loads it).
export default defineUnlistedScript(() => askFirst(location.search));
