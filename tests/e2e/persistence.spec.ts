// Offline storage: everything lives in the browser's IndexedDB, so closing the window (even right
// after an edit) and opening it again finds the board as it was. Each peer here is its own
// Chromium process with its own profile; reopening relaunches that process on the same profile.
import { expect, test } from './harness';
import { cardButton, cardTitles, createWorkspace, EXAMPLE_MONDAY } from './steps';
import { typeLikeAPerson } from './typing';

test('an edit made right before the window closes survives reopening @peers', async ({
  openPeer,
  reopen,
}) => {
  const solo = await openPeer('solo');
  await solo.page.clock.setFixedTime(EXAMPLE_MONDAY);
  await createWorkspace(solo.page);
  await cardButton(solo.page, /Jubiläum/).click();
  const title = solo.page
    .getByRole('complementary', { name: 'Karte bearbeiten' })
    .getByLabel('Titel', { exact: true });
  await typeLikeAPerson(title, 'Jubiläum: 75 Jahre Leipzig – mit Video');
  // No waiting and no leaving the field: the window closes in the same moment, the way a user closes it.
  await reopen(solo);
  await expect(cardButton(solo.page, 'Jubiläum: 75 Jahre Leipzig – mit Video')).toBeVisible();
  expect(await cardTitles(solo.page, 'Ideen')).toHaveLength(6);
});

test('the board works with no network at all, and keeps what was done offline @peers', async ({
  openPeer,
  reopen,
}) => {
  const solo = await openPeer('solo');
  await createWorkspace(solo.page);
  // Connected to the hub first, so that going offline is a change the status has to show.
  await expect(solo.page.getByRole('status').filter({ hasText: 'Suche Kolleg:innen' })).toBeVisible();
  await solo.context.setOffline(true);
  await expect(solo.page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  await solo.page.getByRole('button', { name: 'Karte in „Ideen“ hinzufügen' }).click();
  await solo.page.getByLabel('Titel der neuen Karte').fill('Offline notiert: Idee für den Newsletter');
  await solo.page.getByLabel('Titel der neuen Karte').press('Enter');
  await expect(cardButton(solo.page, 'Offline notiert: Idee für den Newsletter')).toBeVisible();
  // Back online, the hub is found again by itself.
  await solo.context.setOffline(false);
  await expect(solo.page.getByRole('status').filter({ hasText: 'Suche Kolleg:innen' })).toBeVisible();
  await reopen(solo);
  await expect(cardButton(solo.page, 'Offline notiert: Idee für den Newsletter')).toBeVisible();
});
