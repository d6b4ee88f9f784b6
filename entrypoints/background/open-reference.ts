import { browser } from 'wxt/browser';
import { onMessages } from '../../lib/messages';

/** Opens the full reference (reference.html) in a new tab, at an entry or with a search filled in. */
export async function openReference(target: { id?: string; query?: string }, afterIndex?: number): Promise<void> {
  const url = new URL(browser.runtime.getURL('/reference.html'));
  if (target.query) url.searchParams.set('q', target.query);
  if (target.id) url.hash = target.id;
  await browser.tabs.create({ url: url.href, ...(afterIndex !== undefined ? { index: afterIndex + 1 } : {}) });
}

export function setupReferenceOpener(signal: AbortSignal): void {
  onMessages({ 'open-reference': (m, sender) => openReference(m, sender.tab?.index) }, signal);
}
