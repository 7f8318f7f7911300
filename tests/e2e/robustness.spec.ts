// Bad records never lock the app, and what the device knows survives a crash. A record no version
// of the app writes (a meeting at 1e300 ms, a slot on 30 February) arrives in a checksum-valid
// backup: the board still shows, the bad record is marked, also after a reload.
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import {
  addFarMeeting,
  backupText,
  exampleDoc,
  restoreOnFirstScreen,
  slotOnFebruary30,
  WORKSPACE,
} from './poisoned';
import { cardButton } from './steps';

const BROKEN = 'Dieser Bereich ist beschädigt';

const cards = (page: Page) => page.getByRole('button', { name: /^Karte öffnen: / });

async function expectMeetingMarked(page: Page) {
  await page.getByRole('button', { name: 'Sitzung', exact: true }).click();
  const dialog = page.getByRole('complementary', { name: 'Sitzung' });
  await expect(dialog.getByText('Eintrag m-fern ist beschädigt (startedAt) und läuft nicht.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Schließen' }).click();
}

test('a backup with a meeting at 1e300 ms: the board shows, the meeting is marked and can be removed, also after a reload', async ({
  app,
  appErrors,
}) => {
  const doc = exampleDoc();
  addFarMeeting(doc);
  await restoreOnFirstScreen(app, backupText(doc));
  await expect(cards(app)).toHaveCount(20);
  await expect(app.getByRole('banner')).toContainText(WORKSPACE);
  await expect(app.getByRole('banner')).not.toContainText('Sitzung läuft');
  await expectMeetingMarked(app);

  await app.reload();
  await expect(cards(app)).toHaveCount(20);
  await expectMeetingMarked(app);
  await expect(app.getByText(BROKEN)).toHaveCount(0);

  // The damaged record is removed only when someone asks for it.
  await app.getByRole('button', { name: 'Sitzung', exact: true }).click();
  const dialog = app.getByRole('complementary', { name: 'Sitzung' });
  await dialog.getByRole('button', { name: 'Beschädigten Eintrag m-fern entfernen' }).click();
  await expect(dialog.getByText('Beschädigte Einträge')).toHaveCount(0);
  expect(appErrors).toEqual([]);
});

test('a backup with a card slotted on 30.02.: the card is shown as damaged on the board and every view works, also after a reload', async ({
  app,
  appErrors,
}) => {
  const doc = exampleDoc();
  const card = slotOnFebruary30(doc, /Jubiläum: 75 Jahre/);
  await restoreOnFirstScreen(app, backupText(doc));
  const views = async () => {
    await expect(cards(app)).toHaveCount(20);
    const tile = app.locator('.card.damaged');
    await expect(tile).toHaveCount(1);
    await expect(tile).toContainText(card.title);
    await expect(tile).toContainText('Beschädigt');
    for (const view of ['Kalender', 'Aufgaben', 'Board']) {
      // The tasks tab says how many are open ("Aufgaben (2 offen)").
      await app
        .getByRole('navigation', { name: 'Ansichten' })
        .getByRole('button', { name: new RegExp(`^${view}`) })
        .click();
      if (view === 'Kalender') {
        await expect(app.getByRole('region', { name: 'Kalender' })).toBeVisible();
        await app.getByRole('button', { name: 'Monat', exact: true }).click();
        await expect(app.getByRole('region', { name: 'Kalender' })).toBeVisible();
        await app.getByRole('button', { name: 'Woche', exact: true }).click();
      }
    }
    await cardButton(app, card.title).click();
    const panel = app.getByRole('complementary', { name: 'Karte bearbeiten' });
    await expect(panel.getByLabel('Titel', { exact: true })).toHaveValue(card.title);
    await panel.getByRole('button', { name: 'Schließen' }).click();
    await expect(app.getByText(BROKEN)).toHaveCount(0);
  };
  await views();
  await app.reload();
  await views();
  expect(appErrors).toEqual([]);
});

test('a workspace created and the browser killed 1 s later is there after the restart, and so is a setting @peers', async ({
  openPeer,
  reopen,
}) => {
  const anna = await openPeer('anna');
  await anna.page.getByLabel('Name des Arbeitsbereichs').fill(WORKSPACE);
  await anna.page.getByLabel('Dein Name').fill('Lena Hoffmann');
  await anna.page.getByRole('button', { name: 'Los geht’s' }).click();
  await anna.page.waitForTimeout(1000);
  await reopen(anna, { crash: true });
  await expect(anna.page.getByRole('banner')).toContainText(WORKSPACE);
  await expect(cards(anna.page)).toHaveCount(20);
  // Who I am survived too: nobody asks again.
  await expect(anna.page.getByRole('dialog', { name: 'Wer bist du?' })).toHaveCount(0);
  // So does a setting: the language chosen a second before the crash.
  await anna.page.getByRole('button', { name: 'Einstellungen' }).click();
  await anna.page.getByRole('dialog', { name: 'Einstellungen' }).getByLabel('Sprache').selectOption('en');
  await expect(anna.page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await anna.page.waitForTimeout(1000);
  await reopen(anna, { crash: true });
  await expect(anna.page.getByRole('button', { name: 'Settings' })).toBeVisible();
  await expect(cards(anna.page)).toHaveCount(0);
  await expect(anna.page.getByRole('button', { name: /^Open card: / })).toHaveCount(20);
  expect(anna.errors).toEqual([]);
});

test('a workspace stored on this device but missing from its list is offered back on the first screen', async ({
  app,
  appErrors,
}) => {
  const doc = exampleDoc();
  await restoreOnFirstScreen(app, backupText(doc));
  await expect(cards(app)).toHaveCount(20);
  // The list is lost (as when an older version died before writing it); the document is not.
  await app.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sendeplan-device');
        open.onsuccess = () => {
          const tx = open.result.transaction('values', 'readwrite');
          tx.objectStore('values').delete('sendeplan.workspaces');
          tx.objectStore('values').delete('sendeplan.currentWorkspace');
          tx.oncomplete = () => {
            open.result.close();
            localStorage.removeItem('sendeplan.workspaces');
            localStorage.removeItem('sendeplan.currentWorkspace');
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await app.reload();
  const found = app.getByRole('region', { name: 'Auf diesem Gerät gefunden' });
  await expect(found).toContainText(`„${WORKSPACE}“ ist auf diesem Gerät gespeichert`);
  await found.getByRole('button', { name: `„${WORKSPACE}“ wieder aufnehmen` }).click();
  await expect(cards(app)).toHaveCount(20);
  await app.reload();
  await expect(cards(app)).toHaveCount(20);
  await expect(app.getByRole('region', { name: 'Auf diesem Gerät gefunden' })).toHaveCount(0);
  expect(appErrors).toEqual([]);
});

test('what an older version kept in localStorage is taken over on the first start', async ({
  app,
  appErrors,
}) => {
  await restoreOnFirstScreen(app, backupText(exampleDoc()));
  await expect(cards(app)).toHaveCount(20);
  // As after an update: the device store does not exist yet, localStorage holds the list.
  await app.evaluate(() => {
    indexedDB.deleteDatabase('sendeplan-device');
  });
  await app.reload();
  await expect(app.getByRole('banner')).toContainText(WORKSPACE);
  await expect(cards(app)).toHaveCount(20);
  await expect(app.getByRole('dialog', { name: 'Wer bist du?' })).toHaveCount(0);
  expect(appErrors).toEqual([]);
});

test('a fault in one region shows "Dieser Bereich ist beschädigt" there; the rest keeps working and the region can be reloaded', async ({
  app,
}) => {
  await restoreOnFirstScreen(app, backupText(exampleDoc()));
  await expect(cards(app)).toHaveCount(20);
  // A fault no record causes any more: the calendar's toolbar cannot measure itself.
  await app.evaluate(() => {
    const original = window.ResizeObserver;
    Object.assign(window, { restoreObserver: () => (window.ResizeObserver = original) });
    window.ResizeObserver = class {
      constructor() {
        throw new Error('Die Messung ist kaputt');
      }
    } as unknown as typeof ResizeObserver;
  });
  await app.getByRole('button', { name: 'Kalender', exact: true }).click();
  const broken = app.getByRole('alert').filter({ hasText: BROKEN });
  await expect(broken).toContainText('Die Messung ist kaputt');
  await app.screenshot({ path: test.info().outputPath('region-broken.png') });

  // The rest works: the header is there and its views answer.
  await expect(app.getByRole('banner')).toContainText(WORKSPACE);
  await app
    .getByRole('navigation', { name: 'Ansichten' })
    .getByRole('button', { name: /^Aufgaben/ })
    .click();
  await expect(app.getByRole('heading', { name: 'Meine Aufgaben' })).toBeVisible();
  await app.getByRole('button', { name: 'Kalender', exact: true }).click();
  await expect(broken).toBeVisible();
  // Once the fault is gone, the region comes back by itself being reloaded.
  await app.evaluate(() => (window as unknown as { restoreObserver: () => void }).restoreObserver());
  await broken.getByRole('button', { name: 'Bereich neu laden' }).click();
  await expect(app.getByRole('region', { name: 'Kalender' })).toBeVisible();
  await app.getByRole('button', { name: 'Board', exact: true }).click();
  await expect(cards(app)).toHaveCount(20);
  await expect(app.getByText(BROKEN)).toHaveCount(0);
});

test('a full localStorage does not take the app down: the board shows, also after a reload', async ({
  app,
  appErrors,
}) => {
  // Another page of the origin filled the storage: not even one more character fits.
  const filled = await app.evaluate(() => {
    let chunk = 1 << 20;
    let keys = 0;
    while (chunk >= 1) {
      try {
        localStorage.setItem(`fill-${keys}`, 'x'.repeat(chunk));
        keys++;
      } catch {
        chunk = Math.floor(chunk / 2);
      }
    }
    return keys;
  });
  expect(filled).toBeGreaterThan(0);
  await restoreOnFirstScreen(app, backupText(exampleDoc()));
  await expect(cards(app)).toHaveCount(20);
  // The notifications remember what they told in localStorage, a second and a half after opening.
  await app.waitForTimeout(2000);
  await expect(app.getByText('Etwas ist schiefgelaufen')).toHaveCount(0);
  await app.reload();
  await expect(cards(app)).toHaveCount(20);
  await app.waitForTimeout(2000);
  await expect(app.getByText('Etwas ist schiefgelaufen')).toHaveCount(0);
  await expect(app.getByRole('dialog', { name: 'Wer bist du?' })).toHaveCount(0);
  expect(appErrors).toEqual([]);
});
