// Backups: the whole workspace in one file, saved from the settings and restored on the first
// screen of a new laptop or from the settings. A file that is not a whole backup changes nothing.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { cardButton, cardTitles, createWorkspace, EXAMPLE_MONDAY } from './steps';
import { typeLikeAPerson } from './typing';

const RENAMED = 'Jubiläum: 75 Jahre Leipzig – mit Video';

/** Renames the anniversary card, so that the backup holds something only this board has. */
async function renameCard(page: Page, from: RegExp | string, to: string) {
  await cardButton(page, from).click();
  const panel = page.getByRole('complementary', { name: 'Karte bearbeiten' });
  await typeLikeAPerson(panel.getByLabel('Titel', { exact: true }), to);
  await panel.getByRole('button', { name: 'Schließen' }).click();
  await expect(cardButton(page, to)).toBeVisible();
}

/** Saves a backup from the settings into `path`; returns the file name the app chose. */
async function saveBackup(page: Page, path: string): Promise<string> {
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  const settings = page.getByRole('dialog', { name: 'Einstellungen' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    settings.getByRole('button', { name: 'Sicherung speichern' }).click(),
  ]);
  await download.saveAs(path);
  const name = download.suggestedFilename();
  await expect(settings.getByRole('status')).toHaveText(`Die Datei „${name}“ wird heruntergeladen.`);
  await settings.getByRole('button', { name: 'Fertig' }).click();
  return name;
}

const restoreScreen = (page: Page) =>
  page.getByRole('main').filter({ hasText: 'Arbeitsbereich wiederherstellen' });

test('a backup brings the workspace back on a new laptop while nobody else is online, and it rejoins the team @peers', async ({
  openPeer,
}, testInfo) => {
  const anna = await openPeer('anna');
  await anna.page.clock.setFixedTime(EXAMPLE_MONDAY);
  await createWorkspace(anna.page);
  await renameCard(anna.page, /Jubiläum: 75 Jahre am Standort/, RENAMED);
  const path = testInfo.outputPath('Sicherung.sendeplan');
  expect(await saveBackup(anna.page, path)).toMatch(
    /^Social Media Müller GmbH – Sicherung \d{4}-\d{2}-\d{2}\.sendeplan$/,
  );
  // Anna's laptop goes off the network: the board can only come from the file.
  await anna.context.setOffline(true);

  const ben = await openPeer('ben');
  await ben.page.getByRole('button', { name: 'Aus Sicherung wiederherstellen' }).click();
  const screen = restoreScreen(ben.page);
  await expect(screen.getByRole('button', { name: 'Wiederherstellen' })).toBeDisabled();
  await screen.getByLabel('Sicherungsdatei').setInputFiles(path);
  await expect(screen.getByRole('status')).toContainText('„Social Media Müller GmbH“, gesichert am');
  await expect(screen.getByRole('status')).toContainText('Karten: 20 · Kanäle: 5 · Personen: 5');
  await expect(screen.getByRole('status')).toContainText(
    'Der Arbeitsbereich wird auf diesem Gerät angelegt.',
  );
  await screen.getByRole('button', { name: 'Wiederherstellen' }).click();
  const who = ben.page.getByRole('dialog', { name: 'Wer bist du?' });
  await who.getByRole('button', { name: 'Jonas Weber · Marketing' }).click();
  await expect(cardButton(ben.page, RENAMED)).toBeVisible();
  expect(await cardTitles(ben.page, 'Ideen')).toHaveLength(6);
  await expect(ben.page.getByRole('banner')).toContainText('Social Media Müller GmbH');

  // Stored on Ben's laptop, and the same workspace as Anna's: back online, they sync.
  await ben.page.reload();
  await expect(cardButton(ben.page, RENAMED)).toBeVisible();
  await anna.context.setOffline(false);
  await expect(ben.page.getByRole('status').filter({ hasText: 'Verbunden mit 1' })).toBeVisible({
    timeout: 30_000,
  });
  await renameCard(ben.page, RENAMED, 'Jubiläum: 75 Jahre Leipzig – Video ist gedreht');
  await expect(cardButton(anna.page, 'Jubiläum: 75 Jahre Leipzig – Video ist gedreht')).toBeVisible();
  // While offline, Chromium itself logs each reconnect to the hub it refused; nothing else may show.
  const offline = (error: string) => error.includes('net::ERR_INTERNET_DISCONNECTED');
  expect([...anna.errors.filter((error) => !offline(error)), ...ben.errors]).toEqual([]);
});

test('a file that is not a whole backup is refused with the reason, and restoring into the same workspace merges', async ({
  app,
  appErrors,
}, testInfo) => {
  await app.clock.setFixedTime(EXAMPLE_MONDAY);
  await createWorkspace(app);
  const path = testInfo.outputPath('Sicherung.sendeplan');
  await saveBackup(app, path);
  const backup = JSON.parse(await readFile(path, 'utf8')) as { state: string };

  await app.getByRole('button', { name: 'Einstellungen' }).click();
  await app
    .getByRole('dialog', { name: 'Einstellungen' })
    .getByRole('button', { name: 'Aus Sicherung wiederherstellen' })
    .click();
  const screen = restoreScreen(app);
  const choose = screen.getByLabel('Sicherungsdatei');
  const refused = [
    {
      file: {
        name: 'Redaktionsplan.ics',
        mimeType: 'text/calendar',
        buffer: Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'),
      },
      reason: 'Diese Datei ist keine Sendeplan-Sicherung.',
    },
    {
      file: {
        name: 'Sicherung.sendeplan',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ ...backup, state: backup.state.slice(0, 2000) })),
      },
      reason: 'Diese Sicherung ist beschädigt und kann nicht gelesen werden. Es wurde nichts übernommen.',
    },
    {
      file: {
        name: 'Sicherung.sendeplan',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ ...backup, version: 7 })),
      },
      reason:
        'Diese Sicherung stammt aus einer neueren Version von Sendeplan. Bitte aktualisiere die App und versuche es noch einmal.',
    },
  ];
  for (const { file, reason } of refused) {
    await choose.setInputFiles(file);
    await expect(screen.getByRole('alert')).toHaveText(reason);
    await expect(screen.getByRole('button', { name: 'Wiederherstellen' })).toBeDisabled();
  }
  await screen.getByRole('button', { name: 'Zurück zum Board' }).click();
  expect(await cardTitles(app, 'Ideen')).toHaveLength(6);

  // Changed since the backup: one card renamed, one deleted. Merging keeps both changes.
  await renameCard(app, /Jubiläum: 75 Jahre am Standort/, RENAMED);
  await cardButton(app, /Tutorial-Reel/).click();
  const panel = app.getByRole('complementary', { name: 'Karte bearbeiten' });
  await panel.getByRole('button', { name: 'Löschen' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(cardButton(app, /Tutorial-Reel/)).toHaveCount(0);

  await app.getByRole('button', { name: 'Einstellungen' }).click();
  await app
    .getByRole('dialog', { name: 'Einstellungen' })
    .getByRole('button', { name: 'Aus Sicherung wiederherstellen' })
    .click();
  await choose.setInputFiles(path);
  await expect(screen.getByRole('status')).toContainText(
    'Diesen Arbeitsbereich gibt es auf diesem Gerät schon.',
  );
  await screen.getByRole('button', { name: 'Zusammenführen' }).click();
  await expect(cardButton(app, RENAMED)).toBeVisible();
  await expect(cardButton(app, /Tutorial-Reel/)).toHaveCount(0);
  expect(await cardTitles(app, 'Ideen')).toHaveLength(5);
  expect(appErrors).toEqual([]);
});
