// The whole-app error screen, shown when something fails outside every region's boundary: it
// offers reloading, another workspace, a backup, and the open workspace's kept versions, each
// restorable as a new workspace. No record or stored state is known to reach it any more (every
// region has its own boundary, every read is bounded, a full localStorage is survived:
// robustness.spec.ts), so the fault is the test hook's failOutsideRegions (renderer/sync/testHook.ts):
// the workspace's shell throws while rendering.
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { expectAccessible } from './harness/axe';
import { backupText, exampleDoc, restoreOnFirstScreen, WORKSPACE } from './poisoned';
import { cardButton, createWorkspace } from './steps';

const cards = (page: Page) => page.getByRole('button', { name: /^Karte öffnen: / });

/** Adds version entries as a damaged or half-deleted database would hold them. */
async function plantBadVersions(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const workspaceId = localStorage.getItem('sendeplan.currentWorkspace')!;
        const open = indexedDB.open('sendeplan-versions');
        open.onsuccess = () => {
          const tx = open.result.transaction(['versions', 'states'], 'readwrite');
          const info = (id: string, name: string, at: number, reason = 'named') => ({
            id,
            workspaceId,
            at,
            reason,
            name,
            bytes: 10,
            cards: 3,
          });
          const hour = 3_600_000;
          // Bytes that are no Yjs update; an entry whose state is gone; one with no date or reason.
          tx.objectStore('versions').put(info('v-kaputt', 'Kaputte Version', Date.now() - 2 * hour));
          tx.objectStore('states').put(Uint8Array.from([1, 2, 3, 255]), 'v-kaputt');
          tx.objectStore('versions').put(info('v-weg', 'Verschwundene Version', Date.now() - 3 * hour));
          tx.objectStore('versions').put(info('v-seltsam', '', 1e300, 'erfunden'));
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

test('the whole-app error screen offers reload, another workspace and the kept versions; a version comes back as a new workspace', async ({
  app,
  appErrors,
}) => {
  test.setTimeout(90_000);
  await app.evaluate(() => localStorage.setItem('sendeplan.testHook', '1'));
  await createWorkspace(app, { name: 'Verein Sommerfest', example: false });
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  await app.getByRole('button', { name: 'Neuer Arbeitsbereich' }).click();
  await restoreOnFirstScreen(app, backupText(exampleDoc()));
  await expect(cards(app)).toHaveCount(20);

  // A named version of the board with its 20 cards; then a card the version does not hold.
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  await app
    .getByRole('dialog', { name: 'Einstellungen' })
    .getByRole('button', { name: 'Versionen …' })
    .click();
  const versions = app.getByRole('dialog', { name: 'Versionen' });
  await versions.getByLabel('Name der Version').pressSequentially('Stand vor dem Umbau', { delay: 20 });
  await versions.getByRole('button', { name: 'Version speichern' }).click();
  await expect(versions.getByRole('status')).toHaveText('Version „Stand vor dem Umbau“ gespeichert.');
  await versions.getByRole('button', { name: 'Fertig' }).click();
  await app.getByRole('dialog', { name: 'Einstellungen' }).getByRole('button', { name: 'Fertig' }).click();
  await app.getByRole('button', { name: 'Karte in „Ideen“ hinzufügen' }).click();
  await app.getByLabel('Titel der neuen Karte').pressSequentially('Nach der Version', { delay: 20 });
  await app.getByLabel('Titel der neuen Karte').press('Enter');
  await expect(cards(app)).toHaveCount(21);
  await plantBadVersions(app);

  await app.evaluate(() =>
    (
      window as unknown as { sendeplanTest: { failOutsideRegions: (m: string) => void } }
    ).sendeplanTest.failOutsideRegions('Die Arbeitsfläche ist kaputt'),
  );
  const alert = app.getByRole('alert').filter({ hasText: 'Etwas ist schiefgelaufen' });
  await expect(alert.getByRole('heading', { name: 'Etwas ist schiefgelaufen' })).toBeVisible();
  await expect(alert).toContainText('Die Arbeitsfläche ist kaputt');
  await expect(app.getByRole('button', { name: 'Neu laden' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Aus Sicherung wiederherstellen' })).toBeVisible();
  await expect(app.getByRole('button', { name: '„Verein Sommerfest“ öffnen' })).toBeVisible();
  const rescue = app.getByRole('region', { name: 'Eine frühere Version wiederherstellen' });
  await expect(rescue).toContainText(`Diese Versionen von „${WORKSPACE}“ liegen auf diesem Rechner.`);
  const list = rescue.getByRole('list', { name: 'Gespeicherte Versionen' });
  const named = list.getByRole('listitem').filter({ hasText: 'Stand vor dem Umbau' });
  await expect(named).toContainText(/\d\d\.\d\d\.\d{4} \d\d:\d\d · 20 Karten/);
  // The entry with no date and an unknown reason still reads as something.
  await expect(list.getByRole('listitem').filter({ hasText: /^Version \? \? · 3 Karten/ })).toHaveCount(1);
  await app.screenshot({ path: test.info().outputPath('error-screen.png'), fullPage: true });
  await expectAccessible(app, 'whole-app error screen');

  // Versions that cannot be restored say so, and the screen stays.
  await rescue
    .getByRole('button', {
      name: /^Version „Verschwundene Version, .*“ als neuen Arbeitsbereich wiederherstellen$/,
    })
    .click();
  await expect(rescue.getByRole('alert')).toHaveText(
    'Die Version „Verschwundene Version“ ist nicht mehr da. Wähle eine andere.',
  );
  await rescue
    .getByRole('button', {
      name: /^Version „Kaputte Version, .*“ als neuen Arbeitsbereich wiederherstellen$/,
    })
    .click();
  await expect(rescue.getByRole('alert')).toHaveText(
    'Die Version „Kaputte Version“ ist beschädigt und enthält keinen lesbaren Arbeitsbereich. Wähle eine andere.',
  );
  await rescue.screenshot({ path: test.info().outputPath('error-screen-damaged-version.png') });
  await expectAccessible(app, 'whole-app error screen with a refused version');
  await expect(alert).toBeVisible();

  // The good one comes back as a workspace of its own, which opens with the version's board.
  await named.getByRole('button', { name: /als neuen Arbeitsbereich wiederherstellen$/ }).click();
  await expect(app.getByRole('banner')).toContainText(
    new RegExp(`${WORKSPACE} \\(Stand \\d\\d\\.\\d\\d\\.\\d{4}\\)`),
  );
  await expect(cards(app)).toHaveCount(20);
  await expect(cardButton(app, 'Jubiläum: 75 Jahre am Standort Leipzig')).toBeVisible();
  await expect(cardButton(app, 'Nach der Version')).toHaveCount(0);
  // Who I am came along: nobody asks again.
  await expect(app.getByRole('dialog', { name: 'Wer bist du?' })).toHaveCount(0);
  await app.screenshot({ path: test.info().outputPath('restored-version.png') });

  // The failed workspace is still there, as it was, to open again.
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  const settings = app.getByRole('dialog', { name: 'Einstellungen' });
  await settings
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${WORKSPACE}(?! \\()`) })
    .getByRole('button', { name: 'Öffnen' })
    .click();
  await expect(cards(app)).toHaveCount(21);
  await expect(cardButton(app, 'Nach der Version')).toBeVisible();
  // Only the fault itself was reported, by React and the boundary.
  expect(appErrors.filter((e) => !e.includes('Die Arbeitsfläche ist kaputt'))).toEqual([]);
});
