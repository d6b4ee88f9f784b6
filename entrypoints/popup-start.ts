import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { applyRememberedTheme } from '../lib/theme-copy';
import { askFirst } from './popup/first-ask';
import { startMainCode } from './popup/start-main';

// The popup's first script, the only one its page names (popup/index.html): it asks the page for its terms
// (popup/first-ask.ts), puts the remembered theme on the page before anything is drawn, and starts the main code
// without holding back the page's load event (popup/start-main.ts says why).
export default defineUnlistedScript(() => {
  askFirst(location.search);
  applyRememberedTheme();
  startMainCode();
});
