/**
 * Firefox only: MV3 host access is opt-in there. With
 * `extensions.originControls.grantByDefault` off, TermLens is installed
 * without the right to read pages; the popup must say so and get the grant
 * from the reader. `extensions.webextOptionalPermissionPrompts` off makes
 * Firefox grant a permissions.request() without showing its prompt: it
 * stands in for the reader clicking "Allow" there (a test cannot reach
 * Firefox's own UI over WebDriver BiDi).
 */
import { termRangeCount } from '../../scripts/lib/page-terms';
import { centreOf, type TestPage } from '../journeys/driver';
import { expect, test } from '../journeys/fixtures';
import { launchFirefox } from '../journeys/firefox-driver';

const NO_HOST_ACCESS = {
  'extensions.originControls.grantByDefault': false,
  'extensions.webextOptionalPermissionPrompts': false,
};

const popupText = (popup: TestPage) => popup.evaluate(() => document.body.innerText, null);

async function clickButton(popup: TestPage, label: string): Promise<void> {
  await expect.poll(() => popupText(popup)).toContain(label);
  const { x, y } = await centreOf(popup, 'button', label);
  await popup.click(x, y);
}

test('without host access the popup says so, and one click grants it and brings the terms in', async ({ origin }) => {
  const driver = await launchFirefox(origin, { prefs: NO_HOST_ACCESS });
  try {
    const page = await driver.openPage('journey-terms.html');
    const other = await driver.openPage('journey-edges.html');

    const popup = await driver.openPopupFor(page);
    await expect.poll(() => popupText(popup)).toContain('isn’t allowed to read websites');
    expect(await termRangeCount(page)).toBe(0);

    // Allowing reloads the page the popup is for, and TermLens is there.
    await clickButton(popup, 'Allow on all sites');
    await expect.poll(() => termRangeCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => popupText(popup), { timeout: 10_000 }).toContain('On for 127.0.0.1');
    await popup.close();

    // A page that was already open before the grant needs one reload, and the popup offers it.
    const otherPopup = await driver.openPopupFor(other);
    await clickButton(otherPopup, 'Reload page');
    await expect.poll(() => termRangeCount(other), { timeout: 15_000 }).toBeGreaterThan(0);
    await otherPopup.close();

    expect(await driver.errors()).toEqual([]);
  } finally {
    await driver.close();
  }
});
