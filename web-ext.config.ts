import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens a browser with TermLens loaded and reloads it on change.
// Prefer the Chromium the tests use (branded Chrome 137+ ignores unpacked
// extensions passed on the command line); with no display there is nothing to
// open, so dev only builds and watches .output/*-dev for loading by hand.
const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform !== 'linux';

export default defineWebExtConfig({
  disabled: !hasDisplay,
  binaries: chromium ? { chrome: chromium } : {},
  // Chromium refuses to start its sandbox as root (containers, CI).
  chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
