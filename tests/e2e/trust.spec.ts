// Signed approvals between real peers: an approval made on the approver's own device is shown as
// confirmed on every laptop; one written into the document by someone who holds the workspace
// secret but not the approver's key is shown as "nicht bestätigt" on every laptop, and choosing
// "Ich bin" the approver on another device gives no power to decide in their name.
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { decodeInvite } from '../../shared/invite';
import { decideApproval, readPeople, readRequests } from '../../shared/model';
import { expect, test, type Peer } from './harness';
import { cardButton, copyInvite, pair, status } from './steps';

// Cards of the example plan that no approval was asked for yet.
const FIRST = 'FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung';
const SECOND = 'Pressemitteilung Quartalszahlen Q4';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Karte bearbeiten' });

async function askApproval(page: Page, card: string, approver: RegExp) {
  await cardButton(page, card).click();
  const panel = panelOf(page);
  await panel.getByRole('button', { name: /Freigabe anfordern/ }).click();
  const form = panel.getByRole('form', { name: 'Freigabe anfordern' });
  await form.getByRole('checkbox', { name: approver }).check();
  await form.getByRole('button', { name: 'Freigabe anfordern' }).click();
  await expect(panel.getByRole('article', { name: `Freigabe: ${card}` })).toBeVisible();
  await panel.getByRole('button', { name: 'Schließen' }).click();
}

/** The approval on the card, as its panel shows it. */
async function approvalOf(page: Page, card: string) {
  await cardButton(page, card).click();
  return panelOf(page).getByRole('article', { name: `Freigabe: ${card}` });
}

async function closePanel(page: Page) {
  await panelOf(page).getByRole('button', { name: 'Schließen' }).click();
}

const tasksTab = (page: Page) =>
  page.getByRole('navigation', { name: 'Ansichten' }).getByRole('button', { name: /^Aufgaben/ });

/**
 * What a modified client with the secret could do: write an approval in Ben's name straight into
 * the document this browser stores (y-indexeddb's update log), without Ben's key. The page is then
 * reloaded, loads it and passes it on to the colleagues like any other edit.
 */
async function forgeApproval(peer: Peer, room: string, card: string, approverName: string) {
  const name = `sendeplan-${room}`;
  const stored = await peer.page.evaluate(
    (db) =>
      new Promise<number[][]>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('updates').objectStore('updates').getAll();
          read.onsuccess = () => resolve((read.result as Uint8Array[]).map((u) => [...u]));
          read.onerror = () => reject(read.error);
        };
      }),
    name,
  );
  const doc = new Y.Doc();
  for (const update of stored) Y.applyUpdate(doc, Uint8Array.from(update));
  const approver = readPeople(doc).find((p) => p.name === approverName)!;
  const request = readRequests(doc).requests.find((r) => r.kind === 'approval' && r.cardTitle === card)!;
  const forged: number[][] = [];
  doc.on('update', (update: Uint8Array) => forged.push([...update]));
  decideApproval(doc, request.id, { by: approver.id, decision: 'approved', comment: 'Geht raus.' });
  expect(forged.length).toBeGreaterThan(0);
  await peer.page.evaluate(
    ({ db, updates }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onsuccess = () => {
          const tx = open.result.transaction('updates', 'readwrite');
          for (const update of updates) tx.objectStore('updates').add(Uint8Array.from(update));
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { db: name, updates: forged },
  );
  await peer.page.reload();
}

test('an approval is confirmed on every laptop; a forged one shows "nicht bestätigt" on every laptop @peers', async ({
  openPeer,
}) => {
  test.setTimeout(120_000);
  const [anna, ben] = await pair(openPeer);
  await askApproval(anna.page, FIRST, /Ben Schulz/);
  await askApproval(anna.page, SECOND, /Ben Schulz/);

  // Ben approves the first on his own laptop: signed with his device's key.
  await tasksTab(ben.page).click();
  const task = ben.page
    .getByRole('region', { name: /^Meine Aufgaben/ })
    .getByRole('article', { name: `Freigabe: ${FIRST}` });
  await task.getByLabel('Kommentar zur Freigabe').pressSequentially('Passt.', { delay: 20 });
  await task.getByRole('button', { name: 'Freigeben' }).click();
  await expect(task).toBeHidden();
  await ben.page.getByRole('button', { name: 'Board' }).click();
  for (const page of [anna.page, ben.page]) {
    const approval = await approvalOf(page, FIRST);
    await expect(approval.getByText('bestätigt', { exact: true })).toBeVisible();
    await closePanel(page);
  }

  // Carl has the invite, and says he is Ben: his laptop holds no key of Ben's, so it may not decide.
  const carl = await openPeer('carl');
  const invite = await copyInvite(anna.page);
  await carl.page.getByRole('button', { name: 'Arbeitsbereich beitreten' }).click();
  await carl.page.getByLabel('Einladung').pressSequentially(invite, { delay: 1 });
  await carl.page.getByRole('button', { name: 'Beitreten' }).click();
  const who = carl.page.getByRole('dialog', { name: 'Wer bist du?' });
  await who.getByRole('button', { name: /^Ben Schulz/ }).click();
  await expect(status(carl.page)).toHaveText('Verbunden mit 2 Kolleg:innen');
  await tasksTab(carl.page).click();
  const stolen = carl.page
    .getByRole('region', { name: /^Meine Aufgaben/ })
    .getByRole('article', { name: `Freigabe: ${SECOND}` });
  await stolen.getByRole('button', { name: 'Freigeben' }).click();
  await expect(stolen.getByRole('alert')).toHaveText(
    'Dieses Gerät ist für Ben Schulz nicht bestätigt. Entscheiden kann Ben Schulz nur auf einem eigenen, bestätigten Gerät.',
  );
  await carl.page.screenshot({ path: test.info().outputPath('carl-refused.png') });

  // So Carl writes the approval into the document himself.
  const room = decodeInvite(invite);
  if (!room.ok) throw new Error('invite');
  await forgeApproval(carl, room.invite.room, SECOND, 'Ben Schulz');
  await expect(status(carl.page)).toHaveText('Verbunden mit 2 Kolleg:innen', { timeout: 30_000 });
  await carl.page.getByRole('button', { name: 'Board' }).click();
  for (const page of [anna.page, ben.page, carl.page]) {
    const approval = await approvalOf(page, SECOND);
    await expect(approval.getByText('Geht raus.')).toBeVisible();
    await expect(approval.getByText('nicht bestätigt', { exact: true })).toBeVisible();
    if (page === anna.page)
      await approval.screenshot({ path: test.info().outputPath('forged-approval.png') });
    await closePanel(page);
    // The real approval stays confirmed beside it.
    const real = await approvalOf(page, FIRST);
    await expect(real.getByText('bestätigt', { exact: true })).toBeVisible();
    if (page === anna.page) await page.screenshot({ path: test.info().outputPath('anna-forged.png') });
    await closePanel(page);
  }
  expect([...anna.errors, ...ben.errors, ...carl.errors]).toEqual([]);
});

test('a further device of a person is confirmed from her first one: then what it signs is confirmed on every laptop @peers', async ({
  openPeer,
}) => {
  test.setTimeout(150_000);
  const [anna, ben] = await pair(openPeer);
  const invite = await copyInvite(anna.page);

  // Anna sets up her new laptop and says she is Anna: its key waits for her confirmation.
  const laptop = await openPeer('anna-laptop');
  await laptop.page.getByRole('button', { name: 'Arbeitsbereich beitreten' }).click();
  await laptop.page.getByLabel('Einladung').pressSequentially(invite, { delay: 1 });
  await laptop.page.getByRole('button', { name: 'Beitreten' }).click();
  await laptop.page
    .getByRole('dialog', { name: 'Wer bist du?' })
    .getByRole('button', { name: /^Anna Berger/ })
    .click();
  await expect(status(laptop.page)).toHaveText('Verbunden mit 2 Kolleg:innen', { timeout: 30_000 });
  const own = await devicesOf(laptop.page);
  await expect(own).toContainText('Dieses Gerät ist für Anna Berger noch nicht bestätigt');
  const pendingHere = own.getByRole('listitem').filter({ hasText: 'dieses Gerät, wartet auf Bestätigung' });
  const fingerprint = (await pendingHere.locator('code').textContent())!;
  expect(fingerprint).toMatch(/^[0-9A-F]{4} [0-9A-F]{4}$/);
  await closeSettings(laptop.page);

  // Ben declares a crisis; the new laptop may not yet decide in Anna's name.
  await ben.page.getByRole('button', { name: 'Einstellungen' }).click();
  const bensSettings = ben.page.getByRole('dialog', { name: 'Einstellungen' });
  await bensSettings
    .getByLabel('Was ist passiert?')
    .pressSequentially('Falschmeldung über Rückruf', { delay: 10 });
  await bensSettings.getByRole('button', { name: 'Krise ausrufen' }).click();
  await ben.page
    .getByRole('dialog', { name: 'Krise ausrufen?' })
    .getByRole('button', { name: 'Krise ausrufen' })
    .click();
  await bensSettings.getByRole('button', { name: 'Fertig' }).click();
  const DECISION = 'Anna stellt die Meldung auf LinkedIn richtig';
  let log = await crisisLog(laptop.page);
  await log.getByRole('textbox', { name: 'Entscheidung' }).pressSequentially(DECISION, { delay: 10 });
  await log.getByRole('button', { name: 'Festhalten' }).click();
  await expect(log.getByRole('alert')).toHaveText(
    'Dieses Gerät ist für Anna Berger nicht bestätigt. Entscheiden kann Anna Berger nur auf einem eigenen, bestätigten Gerät.',
  );
  await log.getByRole('button', { name: 'Schließen' }).click();

  // On her first laptop Anna finds the new device by its fingerprint and confirms it.
  const first = await devicesOf(anna.page);
  const pending = first.getByRole('listitem', { name: `Gerät ${fingerprint}` });
  await expect(pending).toContainText('wartet auf Bestätigung');
  await expect(pending).toContainText(/hinzugefügt am \d\d\.\d\d\.\d{4} um \d\d:\d\d Uhr/);
  await first.screenshot({ path: test.info().outputPath('devices-pending.png') });
  await pending.getByRole('button', { name: 'Gerät bestätigen' }).click();
  const asking = anna.page.getByRole('dialog', { name: 'Gerät bestätigen?' });
  await expect(asking).toContainText(`Er muss ${fingerprint} lauten.`);
  await asking.getByRole('button', { name: 'Gerät bestätigen' }).click();
  await expect(pending).toContainText('bestätigt');
  await expect(pending).not.toContainText('wartet');
  await first.screenshot({ path: test.info().outputPath('devices-confirmed.png') });
  await closeSettings(anna.page);

  // The new laptop is confirmed now, and what it signs is confirmed on Ben's laptop.
  await expect(
    (await devicesOf(laptop.page)).getByRole('listitem').filter({ hasText: 'dieses Gerät, bestätigt' }),
  ).toBeVisible();
  await closeSettings(laptop.page);
  log = await crisisLog(laptop.page);
  await log.getByRole('textbox', { name: 'Entscheidung' }).pressSequentially(DECISION, { delay: 10 });
  await log.getByRole('button', { name: 'Festhalten' }).click();
  await expect(log.getByRole('alert')).toHaveCount(0);
  await log.getByRole('button', { name: 'Schließen' }).click();
  const bensLog = await crisisLog(ben.page);
  const decided = bensLog
    .getByRole('region', { name: 'Entscheidungen' })
    .getByRole('listitem')
    .filter({ hasText: DECISION });
  await expect(decided.getByText('bestätigt', { exact: true })).toBeVisible();
  expect([...anna.errors, ...ben.errors, ...laptop.errors]).toEqual([]);
});

/** The settings' list of the devices of the person this laptop is. */
async function devicesOf(page: Page) {
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  return page.getByRole('dialog', { name: 'Einstellungen' }).getByRole('region', { name: /^Geräte von / });
}

const closeSettings = (page: Page) =>
  page.getByRole('dialog', { name: 'Einstellungen' }).getByRole('button', { name: 'Fertig' }).click();

async function crisisLog(page: Page) {
  await page
    .getByRole('region', { name: 'Krisenmodus' })
    .getByRole('button', { name: 'Krisenprotokoll' })
    .click();
  return page.getByRole('dialog', { name: /^Krisenmodus seit/ });
}
