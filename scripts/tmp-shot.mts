import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { chromiumArgs } from './lib/browser-env';
const [dir, out, w, ...pages] = process.argv.slice(2);
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/p-'), {
  executablePath: '/usr/bin/chromium', headless: true, viewport: { width: Number(w), height: 800 }, locale: 'es-ES',
  args: [...chromiumArgs(dir!), '--headless=new', '--lang=es'], env: { ...process.env, LANGUAGE: 'es' },
});
const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
const id = new URL(sw.url()).host;
const p = await ctx.newPage();
for (const page of pages) {
  await p.goto(`chrome-extension://${id}/${page}`);
  await p.waitForTimeout(700);
  await p.screenshot({ path: `${out}-${page.replace(/\W/g, '_')}.png`, fullPage: true });
}
await ctx.close();
