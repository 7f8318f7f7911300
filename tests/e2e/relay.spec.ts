// The team relay (relay/): a real relay process with its SQLite file, as a company runs it. Anna
// and Ben are never online at the same time, and the approval still arrives; the header tells the
// truth about the relay.
import type { Page } from '@playwright/test';
import { startRelayProcess, tempDatabase, type RelayProcess } from '../../relay/testing';
import { expect, test, type Peer } from './harness';
import { cardButton, cardTitles, copyInvite, createWorkspace } from './steps';

const CARD = 'Produktlaunch EcoLine: Teaser-Video'; // owned by Jonas, created by Lena

let relay: RelayProcess;

test.beforeEach(async () => {
  relay = await startRelayProcess(['--port', '0', '--data', tempDatabase()]);
});

test.afterEach(async () => {
  await relay.stop('SIGKILL');
});

const header = (page: Page) => page.getByRole('banner').getByRole('status');

/** Adds the team relay in the settings, typed as a person does. */
async function addRelay(page: Page, url: string) {
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Einstellungen' });
  await dialog.getByLabel('Adresse des Relays').pressSequentially(url, { delay: 20 });
  await dialog.getByRole('button', { name: 'Relay speichern' }).click();
  await expect(dialog.getByText(url, { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Fertig' }).click();
}

/** Closes the browser the way a person closes the laptop's window: the process ends. */
async function closeLaptop(peer: Peer) {
  await peer.page.close({ runBeforeUnload: true });
  await peer.context.close();
}

const tasksTab = (page: Page) =>
  page.getByRole('navigation', { name: 'Ansichten' }).getByRole('button', { name: /^Aufgaben/ });

test('Anna asks Ben for approval and closes her laptop; Ben approves later; Anna finds it approved — never online together @peers', async ({
  openPeer,
  reopen,
}, testInfo) => {
  test.setTimeout(120_000);
  const anna = await openPeer('anna');
  await createWorkspace(anna.page);
  await addRelay(anna.page, relay.url);
  await expect(header(anna.page)).toHaveText('Relay verbunden · beim Relay gesichert');

  await cardButton(anna.page, CARD).click();
  const panel = anna.page.getByRole('complementary', { name: 'Karte bearbeiten' });
  await panel.getByRole('button', { name: /Freigabe anfordern/ }).click();
  const form = panel.getByRole('form', { name: 'Freigabe anfordern' });
  await form.getByRole('checkbox', { name: /Dr\. Thomas Brandt/ }).check();
  await form.getByRole('button', { name: 'Freigabe anfordern' }).click();
  await expect(panel.getByRole('article', { name: `Freigabe: ${CARD}` })).toBeVisible();
  await expect(header(anna.page)).toHaveText('Relay verbunden · beim Relay gesichert');
  await anna.page.screenshot({ path: testInfo.outputPath('anna-saved-on-relay.png') });
  const invite = await copyInvite(anna.page);
  await closeLaptop(anna);

  const ben = await openPeer('ben');
  await ben.page.getByRole('button', { name: 'Arbeitsbereich beitreten' }).click();
  await ben.page.getByLabel('Einladung').fill(invite);
  await ben.page.getByRole('button', { name: 'Beitreten' }).click();
  const who = ben.page.getByRole('dialog', { name: 'Wer bist du?' });
  await who.getByRole('button', { name: 'Dr. Thomas Brandt · Geschäftsführung' }).click();
  await expect(header(ben.page)).toContainText('Relay verbunden');
  await tasksTab(ben.page).click();
  const task = ben.page
    .getByRole('region', { name: /^Meine Aufgaben/ })
    .getByRole('article', { name: `Freigabe: ${CARD}` });
  await task.getByLabel('Kommentar zur Freigabe').pressSequentially('Passt, gern so.', { delay: 20 });
  await task.getByRole('button', { name: 'Freigeben' }).click();
  await expect(task).toBeHidden();
  await expect(header(ben.page)).toHaveText('Relay verbunden · beim Relay gesichert');
  await closeLaptop(ben);

  await reopen(anna);
  await expect(header(anna.page)).toHaveText('Relay verbunden · beim Relay gesichert');
  await expect.poll(() => cardTitles(anna.page, 'Freigegeben')).toContain(CARD);
  await cardButton(anna.page, CARD).click();
  const done = anna.page
    .getByRole('complementary', { name: 'Karte bearbeiten' })
    .getByRole('article', { name: `Freigabe: ${CARD}` });
  await expect(done.getByText('Freigaben: 1 von 1')).toBeVisible();
  await expect(done.getByText('Passt, gern so.')).toBeVisible();
  expect([...anna.errors, ...ben.errors]).toEqual([]);
});

test('the header says when the relay is unreachable, and the settings change and remove it @peers', async ({
  app,
  appErrors,
}, testInfo) => {
  await createWorkspace(app);
  await addRelay(app, relay.url);
  await expect(header(app)).toHaveText('Relay verbunden · beim Relay gesichert');
  await relay.stop('SIGKILL');
  await expect(header(app)).toContainText('Relay nicht erreichbar');
  await app.screenshot({ path: testInfo.outputPath('relay-unreachable.png') });

  await app.getByRole('button', { name: 'Einstellungen' }).click();
  const dialog = app.getByRole('dialog', { name: 'Einstellungen' });
  await dialog.getByLabel('Adresse des Relays').fill('');
  await dialog.getByLabel('Adresse des Relays').pressSequentially('https://relay.firma.de', { delay: 10 });
  await dialog.getByRole('button', { name: 'Relay speichern' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Bitte gib eine Adresse ein, die mit ws:// oder wss:// beginnt.',
  );
  await dialog.screenshot({ path: testInfo.outputPath('relay-settings.png') });
  await dialog.getByRole('button', { name: 'Relay entfernen' }).click();
  await expect(dialog.getByText('Kein Relay:', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: 'Fertig' }).click();
  await expect(header(app)).not.toContainText('Relay');
  expect(appErrors.filter((error) => !error.includes('WebSocket'))).toEqual([]);
});
