import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hostAccessFor, requestAllSitesAccess } from '../../entrypoints/popup/host-access';

/** The browser's answer to permissions.contains for all sites (an Error: the call fails). */
function allSites(granted: boolean | Error) {
  return vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => {
    if (granted instanceof Error) throw granted;
    return granted;
  });
}

async function tabShowing(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

describe('what the popup says when the page does not answer', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('asks for access when TermLens may not read websites, whatever the page', async () => {
    allSites(false);
    expect(await hostAccessFor(await tabShowing('https://example.org/article'))).toBe('needs-grant');
    expect(await hostAccessFor(null)).toBe('needs-grant');
  });

  it('offers a reload for a web page opened before TermLens could read it', async () => {
    allSites(true);
    expect(await hostAccessFor(await tabShowing('https://example.org/article'))).toBe('needs-reload');
    expect(await hostAccessFor(await tabShowing('http://127.0.0.1:8080/'))).toBe('needs-reload');
  });

  it('claims nothing for pages no extension may read, or when it cannot tell', async () => {
    allSites(true);
    expect(await hostAccessFor(await tabShowing('about:addons'))).toBe('ok');
    expect(await hostAccessFor(null)).toBe('ok');
    vi.restoreAllMocks();
    allSites(new Error('permissions API unavailable'));
    expect(await hostAccessFor(await tabShowing('https://example.org/'))).toBe('ok');
  });

  it('asks for every http and https site, and a refusal is a plain false', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    expect(await requestAllSitesAccess()).toBe(false);
    expect(request).toHaveBeenCalledWith({ origins: ['http://*/*', 'https://*/*'] });
    request.mockRejectedValue(new Error('not from a user action'));
    expect(await requestAllSitesAccess()).toBe(false);
  });
});
