import type { Page, Worker } from '@playwright/test';
import { atHost, expect, test } from './fixtures';
import { paintedTerms } from '../../scripts/lib/page-terms';
import { setStorage, waitForScan } from './page-helpers';

/**
 * A parent site off and one subdomain on (and, when TermLens runs only on
 * chosen sites, a chosen parent with one subdomain left off), switched from
 * the popup on two real hostnames: every *.test host resolves to the fixture
 * server (see fixtures.ts).
 */

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const siteSwitch = (popup: Page) => popup.getByRole('switch', { name: /^(On|Off) for / });
const storedRules = (serviceWorker: Worker) =>
  serviceWorker.evaluate(async () => (await chrome.storage.local.get('siteRules')).siteRules);

test('"everywhere": example.test off, docs.example.test on by an exception, shown and removed in the options', async ({
  context,
  extensionId,
  openPage,
  openPopupFor,
  openRealPopup,
  serviceWorker,
  servers,
  pageErrors,
}) => {
  const parent = await openPage(`${atHost(servers.origin, 'example.test')}/detection.html`);
  const docs = await openPage(`${atHost(servers.origin, 'docs.example.test')}/detection.html`);
  for (const page of [parent, docs]) await waitForScan(serviceWorker, page);
  const marks = await paintedTerms(docs);
  expect(marks.length).toBeGreaterThan(10);

  // Off for the whole of example.test, from the parent's real toolbar popup.
  const popup = await openRealPopup(parent);
  await expect(siteSwitch(popup)).toHaveAccessibleName('On for example.test');
  await siteSwitch(popup).click();
  await expect(siteSwitch(popup)).toHaveAccessibleName('Off for example.test');
  await expect(popup.getByText('Off: you turned it off for this site', { exact: true })).toBeVisible();
  await popup.close();
  await expect.poll(() => paintedTerms(docs)).toEqual([]);

  // The subdomain says which rule decided, then becomes an exception.
  const docsPopup = await openPopupFor(docs);
  await expect(siteSwitch(docsPopup)).toHaveAccessibleName('Off for docs.example.test');
  await expect(docsPopup.getByText('Off: you turned it off for all of example.test', { exact: true })).toBeVisible();
  await siteSwitch(docsPopup).click();
  await expect(siteSwitch(docsPopup)).toHaveAccessibleName('On for docs.example.test');
  await expect(
    docsPopup.getByText('Off for all of example.test — on here by your exception', { exact: true }),
  ).toBeVisible();
  await expect.poll(() => paintedTerms(docs)).toEqual(marks);
  // The parent rule is kept: the parent page stays clear.
  expect(await paintedTerms(parent)).toEqual([]);
  expect(await storedRules(serviceWorker)).toMatchObject({
    off: ['example.test'],
    offExceptions: ['docs.example.test'],
  });

  // The options page lists the exception under the rule, and removing it there turns the subdomain off again.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const exceptions = options.getByRole('list', { name: 'Exceptions: kept on inside a site that is off' });
  await expect(exceptions.getByRole('listitem')).toHaveText([/docs\.example\.test/]);
  await expect(options.getByRole('list', { name: 'Sites where TermLens is off' })).toContainText('example.test');
  // An exception outside any site that is off would change nothing: the form says so and stores nothing.
  await options.getByLabel('Add an exception').fill('docs.other.test');
  await options.getByLabel('Add an exception').press('Enter');
  await expect(options.getByRole('alert').filter({ hasText: 'docs.other.test' })).toContainText(
    'not inside a site that is off',
  );
  await exceptions.getByRole('button', { name: 'Remove docs.example.test' }).click();
  await expect.poll(() => paintedTerms(docs)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('"only sites I choose": example.test chosen, ads.example.test left off by an exception', async ({
  openPage,
  openPopupFor,
  serviceWorker,
  servers,
}) => {
  await setStorage(serviceWorker, 'sync', { settings: { mode: 'allowlist' } });
  const parent = await openPage(`${atHost(servers.origin, 'example.test')}/detection.html`);
  const ads = await openPage(`${atHost(servers.origin, 'ads.example.test')}/detection.html`);
  const popup = await openPopupFor(parent);
  await expect(popup.getByText('Off: TermLens runs only on sites you choose', { exact: true })).toBeVisible();
  await siteSwitch(popup).click();
  await expect(popup.getByText('On: a site you chose', { exact: true })).toBeVisible();
  await expect.poll(async () => (await paintedTerms(ads)).length).toBeGreaterThan(10);

  const adsPopup = await openPopupFor(ads);
  await expect(adsPopup.getByText('On: you chose all of example.test', { exact: true })).toBeVisible();
  await siteSwitch(adsPopup).click();
  await expect(siteSwitch(adsPopup)).toHaveAccessibleName('Off for ads.example.test');
  await expect(
    adsPopup.getByText('On for all of example.test — off here by your exception', { exact: true }),
  ).toBeVisible();
  await expect.poll(() => paintedTerms(ads)).toEqual([]);
  expect((await paintedTerms(parent)).length).toBeGreaterThan(10);
  expect(await storedRules(serviceWorker)).toMatchObject({ on: ['example.test'], onExceptions: ['ads.example.test'] });
});
