// Taking access back and keeping it: after "Schlüssel erneuern" a removed colleague's laptop gets no
// further edit and what it writes reaches nobody, while the colleague who got the new invite syncs
// on; an invite (or backup) with another secret for a workspace this device has is refused.
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { decodeInvite, encodeInvite, randomToken } from '../../shared/invite';
import { createWorkspace as createModelWorkspace, writeBackup } from '../../shared/model';
import { expect, test } from './harness';
import { cardButton, copyInvite, createWorkspace, join, status } from './steps';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Karte bearbeiten' });

async function rename(page: Page, from: string, to: string) {
  await cardButton(page, from).click();
  // fill, not typing: the title field writes each keystroke and drops a trailing space as it goes.
  await panelOf(page).getByLabel('Titel', { exact: true }).fill(to);
  await panelOf(page).getByRole('button', { name: 'Schließen' }).click();
  await expect(cardButton(page, to)).toBeVisible();
}

test('after renewing the key, the removed colleague gets no edit and reaches nobody; the one who stays syncs on @peers', async ({
  openPeer,
}) => {
  test.setTimeout(120_000);
  const [anna, ben, carl] = await Promise.all([openPeer('anna'), openPeer('ben'), openPeer('carl')]);
  await createWorkspace(anna.page, { me: 'Anna Berger' });
  const oldInvite = await copyInvite(anna.page);
  await join(ben.page, oldInvite, 'Ben Schulz');
  await join(carl.page, oldInvite, 'Carl Neumann');
  await expect(status(anna.page)).toHaveText('Verbunden mit 2 Kolleg:innen');

  // Anna removes Ben from the team; the dialog offers the new key, and she takes it.
  await anna.page.getByRole('button', { name: 'Einstellungen' }).click();
  const settings = anna.page.getByRole('dialog', { name: 'Einstellungen' });
  await settings.getByRole('button', { name: 'Ben Schulz entfernen' }).click();
  const remove = anna.page.getByRole('dialog', { name: 'Ben Schulz aus dem Team entfernen?' });
  await expect(remove).toContainText('Entfernen nimmt Ben Schulz den Zugang nicht');
  await remove.getByRole('checkbox', { name: /Schlüssel erneuern/ }).check();
  await remove.getByRole('button', { name: 'Entfernen', exact: true }).click();
  const renew = anna.page.getByRole('dialog', { name: 'Schlüssel erneuern?' });
  await renew.getByRole('button', { name: 'Neuen Schlüssel anlegen' }).click();
  const renewed = anna.page.getByRole('dialog', { name: 'Neuer Schlüssel angelegt' });
  const newInvite = await renewed.getByLabel('Neue Einladung').inputValue();
  await anna.page.screenshot({ path: test.info().outputPath('renewed.png') });
  const [before, after] = [decodeInvite(oldInvite), decodeInvite(newInvite)];
  if (!before.ok || !after.ok) throw new Error('invites');
  expect(after.invite.room).not.toBe(before.invite.room);
  expect(after.invite.secret).not.toBe(before.invite.secret);
  await renewed.getByRole('button', { name: 'Zum Arbeitsbereich mit neuem Schlüssel' }).click();
  await expect(anna.page.getByRole('region', { name: 'Ideen' })).toBeVisible();

  // Ben and Carl, still in the old room, learn that it moved; nothing secret comes with it.
  for (const page of [ben.page, carl.page]) {
    await expect(
      page.getByRole('alert').filter({ hasText: 'mit einem neuen Schlüssel neu angelegt' }),
    ).toBeVisible();
  }
  // Ben is no longer on the team there: his laptop asks who he is, and he adds himself again.
  const benWho = ben.page.getByRole('dialog', { name: 'Wer bist du?' });
  await benWho.getByLabel('Dein Name').pressSequentially('Ben Schulz', { delay: 10 });
  await benWho.getByRole('button', { name: 'Person hinzufügen' }).click();
  await expect(benWho).toBeHidden();
  await ben.page.screenshot({ path: test.info().outputPath('ben-moved.png') });

  // Carl gets the new invite out of band and joins; he is the same person there, with his work.
  await carl.page.getByRole('button', { name: 'Einstellungen' }).click();
  await carl.page
    .getByRole('dialog', { name: 'Einstellungen' })
    .getByRole('button', { name: 'Arbeitsbereich beitreten' })
    .click();
  await carl.page.getByLabel('Einladung').pressSequentially(newInvite, { delay: 1 });
  await carl.page.getByRole('button', { name: 'Beitreten' }).click();
  const who = carl.page.getByRole('dialog', { name: 'Wer bist du?' });
  await who.getByRole('button', { name: /^Carl Neumann/ }).click();
  await expect(status(carl.page)).toHaveText('Verbunden mit 1 Kolleg:in');
  await expect(status(anna.page)).toHaveText('Verbunden mit 1 Kolleg:in');

  // Anna's edit reaches Carl and not Ben.
  await rename(anna.page, 'Newsletter Dezember: Highlights des Jahres', 'Newsletter Dezember: neu gefasst');
  await expect(cardButton(carl.page, 'Newsletter Dezember: neu gefasst')).toBeVisible();
  // Ben writes: nobody hears it. Carl's next edit reaching Anna shows the channel between them is live.
  await rename(ben.page, 'Pressemitteilung Quartalszahlen Q4', 'Von Ben nach dem Entfernen');
  await rename(carl.page, 'Messe-Teaser: Wir sind auf der BAU in München', 'Messe-Teaser: BAU 2027');
  await expect(cardButton(anna.page, 'Messe-Teaser: BAU 2027')).toBeVisible();
  await expect(cardButton(ben.page, 'Newsletter Dezember: neu gefasst')).toHaveCount(0);
  await expect(cardButton(ben.page, 'Messe-Teaser: BAU 2027')).toHaveCount(0);
  for (const page of [anna.page, carl.page])
    await expect(cardButton(page, 'Von Ben nach dem Entfernen')).toHaveCount(0);
  await expect(status(ben.page)).not.toHaveText(/Verbunden/);
  expect([...anna.errors, ...ben.errors, ...carl.errors]).toEqual([]);
});

test('an invite with another secret for a workspace this device has is refused with the reason', async ({
  app,
  appErrors,
}) => {
  await createWorkspace(app);
  const own = decodeInvite(await copyInvite(app));
  if (!own.ok) throw new Error('invite');
  const hijack = encodeInvite({
    ...own.invite,
    secret: randomToken(32),
    hubs: ['wss://hub.example.net/hub'],
  });
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  await app
    .getByRole('dialog', { name: 'Einstellungen' })
    .getByRole('button', { name: 'Arbeitsbereich beitreten' })
    .click();
  await app.getByLabel('Einladung').pressSequentially(hijack, { delay: 1 });
  await app.getByRole('button', { name: 'Beitreten' }).click();
  await expect(app.getByRole('alert')).toHaveText(
    /^Dieser Arbeitsbereich ist auf diesem Gerät schon mit einem anderen Schlüssel eingerichtet\. Die Einladung wurde nicht übernommen/,
  );
  await app.screenshot({ path: test.info().outputPath('hijack-refused.png') });
  // Nothing changed: back on the board, the invite is still the old one.
  await app.getByRole('button', { name: 'Zurück zum Board' }).click();
  const still = decodeInvite(await copyInvite(app));
  expect(still.ok && still.invite).toEqual(own.invite);
  expect(appErrors).toEqual([]);
});

test('a backup of a workspace this device has, but with another secret, is refused on the restore screen', async ({
  app,
  appErrors,
}) => {
  await createWorkspace(app);
  const own = decodeInvite(await copyInvite(app));
  if (!own.ok) throw new Error('invite');
  // A checksum-valid backup of the same room under a key someone else chose, pointing at their hub.
  const doc = new Y.Doc();
  createModelWorkspace(doc, { name: 'Social Media Müller GmbH' });
  const hijack = writeBackup(
    doc,
    { ...own.invite, secret: randomToken(32), hubs: ['wss://hub.example.net/hub'] },
    Date.now(),
  );
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  await app
    .getByRole('dialog', { name: 'Einstellungen' })
    .getByRole('button', { name: 'Aus Sicherung wiederherstellen' })
    .click();
  const screen = app.getByRole('main').filter({ hasText: 'Arbeitsbereich wiederherstellen' });
  await screen.getByLabel('Sicherungsdatei').setInputFiles({
    name: 'Sicherung.sendeplan',
    mimeType: 'application/json',
    buffer: Buffer.from(hijack),
  });
  await expect(screen.getByRole('alert')).toHaveText(
    /^Diese Sicherung gehört zu einem Arbeitsbereich, den dieses Gerät mit einem anderen Schlüssel hat\. Sie wurde nicht übernommen/,
  );
  await expect(screen.getByRole('button', { name: /^(Wiederherstellen|Zusammenführen)$/ })).toBeDisabled();
  // Nothing changed: back on the board, the invite is still the old one.
  await screen.getByRole('button', { name: 'Zurück zum Board' }).click();
  const still = decodeInvite(await copyInvite(app));
  expect(still.ok && still.invite).toEqual(own.invite);
  expect(appErrors).toEqual([]);
});

test('moving a card into Freigegeben while its approval is open asks first and is recorded', async ({
  app,
  appErrors,
}) => {
  await createWorkspace(app);
  // An idea of the example plan that no approval was asked for yet.
  const card = 'FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung';
  await cardButton(app, card).click();
  const panel = panelOf(app);
  await panel.getByRole('button', { name: /Freigabe anfordern/ }).click();
  const form = panel.getByRole('form', { name: 'Freigabe anfordern' });
  await form.getByRole('checkbox', { name: /Dr\. Thomas Brandt/ }).check();
  await form.getByRole('button', { name: 'Freigabe anfordern' }).click();
  await expect(panel.getByRole('article', { name: `Freigabe: ${card}` })).toBeVisible();

  await panel.getByLabel('Status').selectOption({ label: 'Freigegeben' });
  const ask = app.getByRole('dialog', { name: 'Freigabe noch offen' });
  await expect(ask).toContainText('ist die Freigabe noch nicht erteilt');
  await app.screenshot({ path: test.info().outputPath('gate.png') });
  await ask.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(panel.getByLabel('Status')).toHaveValue(/review/);

  await panel.getByLabel('Status').selectOption({ label: 'Freigegeben' });
  await app
    .getByRole('dialog', { name: 'Freigabe noch offen' })
    .getByRole('button', { name: 'Trotzdem verschieben' })
    .click();
  await expect(panel.getByLabel('Status')).toHaveValue(/approved/);
  await panel.getByText(/^Verlauf/).click();
  await expect(
    panel.getByText(
      'Lena Hoffmann hat die Karte nach Freigegeben verschoben, obwohl die Freigabe noch offen war',
    ),
  ).toBeVisible();
  expect(appErrors).toEqual([]);
});

test('desktop: the workspace secret is kept sealed by the OS keychain, never in plain text in the list', async ({
  app,
  appErrors,
}) => {
  // The desktop API as the preload gives it, with a keychain stand-in (the real one is Electron's
  // safeStorage in main, tested in electron/main/secretStore.test.ts).
  await app.addInitScript(() => {
    const never = () => () => {};
    const seal = (text: string) => btoa(`keychain:${[...text].reverse().join('')}`);
    const open = (sealed: string) => [...atob(sealed).replace(/^keychain:/, '')].reverse().join('');
    window.desktop = {
      appInfo: async () => ({ name: 'Sendeplan', version: '0.1.0', platform: 'linux' }),
      saveFile: async () => ({ saved: false }),
      localHub: async () => null,
      onMenuCommand: never,
      lanHubs: async () => [],
      onLanHubsChanged: never,
      lanSettings: async () => ({ announceOnLan: false }),
      setAnnounceOnLan: async (on) => ({ announceOnLan: on }),
      onLocalHubChanged: never,
      onBeforeClose: never,
      protectSecret: async (secret) => seal(secret),
      revealSecret: async (sealed) => open(sealed),
    };
  });
  await app.reload();
  await createWorkspace(app);
  const invite = decodeInvite(await copyInvite(app));
  if (!invite.ok) throw new Error('invite');
  const stored = () => app.evaluate(() => localStorage.getItem('sendeplan.workspaces') ?? '');
  await expect.poll(stored).toContain('"sealed"');
  expect(await stored()).not.toContain(invite.invite.secret);
  // After a restart the secret comes back from the keychain: same workspace, same invite.
  await app.reload();
  await expect(app.getByRole('region', { name: 'Ideen' })).toBeVisible();
  const again = decodeInvite(await copyInvite(app));
  expect(again.ok && again.invite.secret).toBe(invite.invite.secret);
  expect(appErrors).toEqual([]);
});

/** What this device keeps of a workspace: its database, its entry (with the secret), its signing keys. */
async function keptOnDevice(page: Page, workspaceId: string) {
  return page.evaluate(async (id) => {
    const databases = (await indexedDB.databases()).map((info) => info.name);
    const keys = await new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('sendeplan-device-keys');
      open.onsuccess = () => {
        const range = IDBKeyRange.bound(`${id}:`, `${id}:\uffff`);
        const count = open.result.transaction('keys').objectStore('keys').count(range);
        count.onsuccess = () => {
          open.result.close();
          resolve(count.result);
        };
        count.onerror = () => reject(count.error);
      };
      open.onerror = () => reject(open.error);
    });
    return {
      database: databases.includes(`sendeplan-${id}`),
      listed: (localStorage.getItem('sendeplan.workspaces') ?? '').includes(id),
      identity: localStorage.getItem(`sendeplan.identity.${id}`) !== null,
      keys,
    };
  }, workspaceId);
}

test('"Arbeitsbereich von diesem Gerät entfernen" deletes the copy, its secret and its keys; it is not offered back', async ({
  app,
  appErrors,
}) => {
  await createWorkspace(app, { name: 'Verein Sommerfest', example: false });
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  await app.getByRole('button', { name: 'Neuer Arbeitsbereich' }).click();
  await createWorkspace(app);
  const own = decodeInvite(await copyInvite(app));
  if (!own.ok) throw new Error('invite');
  const id = own.invite.room;
  // The signing key is made once the person is known (Workspace.tsx).
  await expect.poll(async () => (await keptOnDevice(app, id)).keys).toBeGreaterThan(0);
  expect(await keptOnDevice(app, id)).toMatchObject({ database: true, listed: true, identity: true });
  expect(await app.evaluate(() => localStorage.getItem('sendeplan.workspaces'))).toContain(own.invite.secret);

  await app.getByRole('button', { name: 'Einstellungen' }).click();
  await app
    .getByRole('dialog', { name: 'Einstellungen' })
    .getByRole('button', { name: 'Arbeitsbereich von diesem Gerät entfernen' })
    .click();
  const ask = app.getByRole('dialog', { name: '„Social Media Müller GmbH“ von diesem Gerät entfernen?' });
  await ask.screenshot({ path: test.info().outputPath('remove-from-device.png') });
  await ask.getByRole('button', { name: 'Von diesem Gerät entfernen' }).click();
  // The other workspace opens; nothing of the removed one is left on the device.
  await expect(app.getByRole('banner')).toContainText('Verein Sommerfest');
  await expect
    .poll(() => keptOnDevice(app, id))
    .toEqual({
      database: false,
      listed: false,
      identity: false,
      keys: 0,
    });
  expect(await app.evaluate(() => localStorage.getItem('sendeplan.workspaces'))).not.toContain(
    own.invite.secret,
  );

  // After a restart it is gone from the list, and the first screen does not offer it back.
  await app.reload();
  await expect(app.getByRole('banner')).toContainText('Verein Sommerfest');
  await app.getByRole('button', { name: 'Einstellungen' }).click();
  const settings = app.getByRole('dialog', { name: 'Einstellungen' });
  await expect(settings).not.toContainText('Social Media Müller GmbH');
  await settings.getByRole('button', { name: 'Arbeitsbereich von diesem Gerät entfernen' }).click();
  await app
    .getByRole('dialog', { name: '„Verein Sommerfest“ von diesem Gerät entfernen?' })
    .getByRole('button', { name: 'Von diesem Gerät entfernen' })
    .click();
  await expect(app.getByLabel('Name des Arbeitsbereichs')).toBeVisible();
  await app.reload();
  await expect(app.getByLabel('Name des Arbeitsbereichs')).toBeVisible();
  await expect(app.getByRole('region', { name: 'Auf diesem Gerät gefunden' })).toHaveCount(0);
  expect(appErrors).toEqual([]);
});
