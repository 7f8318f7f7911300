// The team relay (relay/): a real relay process with its SQLite file, as a company runs it. Anna
// and Ben are never online at the same time, and the approval still arrives; the header tells the
// truth about the relay.
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import type * as Y from 'yjs';
import {
  connectDevice,
  relayCommand,
  startRelayProcess,
  tempDatabase,
  until,
  type Device,
  type RelayProcess,
} from '../../relay/testing';
import { decodeInvite } from '../../shared/invite';
import { relayToken } from '../../shared/relayToken';
import { relayFilesUrl } from '../../renderer/sync/relayFiles';
import { pngOf } from './files';
import { expect, test, type Peer } from './harness';
import { cardButton, cardTitles, column, copyInvite, createWorkspace, join, pair } from './steps';

// An idea of the example plan that no approval was asked for yet (not Brandt's own card).
const CARD = 'FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung';

let relay: RelayProcess;
let database: string;

test.beforeEach(async () => {
  database = tempDatabase();
  relay = await startRelayProcess(['--port', '0', '--data', database]);
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

test('a workspace deleted on the relay says so, and the laptop does not upload it again @peers', async ({
  app,
  appErrors,
}, testInfo) => {
  await createWorkspace(app);
  await addRelay(app, relay.url);
  await expect(header(app)).toHaveText('Relay verbunden · beim Relay gesichert');
  const decoded = decodeInvite(await copyInvite(app));
  if (!decoded.ok) throw new Error('no invite');
  expect(await relayCommand(['--data', database, 'delete', decoded.invite.room])).toContain('gelöscht');
  await expect(header(app)).toContainText('Auf dem Relay gelöscht');
  await app.screenshot({ path: testInfo.outputPath('relay-deleted.png') });
  await app.reload();
  await expect(header(app)).toContainText('Auf dem Relay gelöscht');
  expect(await relayCommand(['--data', database, 'list'])).not.toContain(decoded.invite.room);
  expect(appErrors.filter((error) => !error.includes('WebSocket'))).toEqual([]);
});

/** The titles of the cards in a raw document, as a device on the relay holds it. */
const titlesIn = (doc: Y.Doc) =>
  [...doc.getMap<Y.Map<unknown>>('cards').values()].map((card) => String(card.get('title')));

test('after "Schlüssel erneuern" the relay carries on in the new room, which the old key cannot open @peers', async ({
  app,
  appErrors,
}, testInfo) => {
  await createWorkspace(app);
  await addRelay(app, relay.url);
  await expect(header(app)).toHaveText('Relay verbunden · beim Relay gesichert');
  const before = decodeInvite(await copyInvite(app));
  if (!before.ok) throw new Error('no invite');

  await app.getByRole('button', { name: 'Einstellungen' }).click();
  await app
    .getByRole('dialog', { name: 'Einstellungen' })
    .getByRole('button', { name: 'Schlüssel erneuern' })
    .click();
  await app
    .getByRole('dialog', { name: 'Schlüssel erneuern?' })
    .getByRole('button', { name: 'Neuen Schlüssel anlegen' })
    .click();
  const renewed = app.getByRole('dialog', { name: 'Neuer Schlüssel angelegt' });
  const after = decodeInvite(await renewed.getByLabel('Neue Einladung').inputValue());
  if (!after.ok) throw new Error('no new invite');
  // The new invite names the same relay; colleagues who join with it reach the team through it.
  expect(after.invite.relay).toBe(before.invite.relay);
  expect(after.invite.room).not.toBe(before.invite.room);
  await renewed.getByRole('button', { name: 'Zum Arbeitsbereich mit neuem Schlüssel' }).click();
  await expect(header(app)).toHaveText('Relay verbunden · beim Relay gesichert');

  const panel = app.getByRole('complementary', { name: 'Karte bearbeiten' });
  await cardButton(app, CARD).click();
  await panel.getByLabel('Titel', { exact: true }).fill('FAQ-Karussell: nach dem neuen Schlüssel');
  await panel.getByRole('button', { name: 'Schließen' }).click();
  await expect(header(app)).toHaveText('Relay verbunden · beim Relay gesichert');
  await app.screenshot({ path: testInfo.outputPath('relay-after-renewal.png') });

  const { room, secret } = after.invite;
  const old = before.invite;
  const devices: Device[] = [];
  try {
    // With the new key: the whole board, with the edit made after the renewal.
    const colleague = await connectDevice(relay.url, room, secret);
    devices.push(colleague);
    await until(
      () => titlesIn(colleague.doc).includes('FAQ-Karussell: nach dem neuen Schlüssel'),
      'the edit at the colleague with the new key',
    );
    // The old key does not open the new room...
    const removed = await connectDevice(relay.url, room, old.secret);
    devices.push(removed);
    await until(() => removed.refused !== null, 'the old key refused');
    expect(removed.refused).toBe('token');
    expect(titlesIn(removed.doc)).toEqual([]);
    // ...and the old room holds nothing written after the renewal.
    const oldRoom = await connectDevice(relay.url, old.room, old.secret);
    devices.push(oldRoom);
    await until(() => titlesIn(oldRoom.doc).includes(CARD), 'the old room as it was');
    expect(titlesIn(oldRoom.doc)).not.toContain('FAQ-Karussell: nach dem neuen Schlüssel');
  } finally {
    devices.forEach((device) => device.destroy());
  }
  expect(appErrors.filter((error) => !error.includes('WebSocket'))).toEqual([]);
});

/**
 * Counts, on this page, the messages arriving over WebRTC data channels and WebSockets whose bytes
 * contain `marker` (a Yjs update carries a new card's title as UTF-8). Installed before any
 * connection opens: it wraps the handlers y-webrtc (onmessage) and the relay provider
 * (addEventListener) set.
 */
async function countArrivals(page: Page, marker: string) {
  await page.evaluate((marker) => {
    const counts = ((window as unknown as { arrivals: { webrtc: number; relay: number } }).arrivals = {
      webrtc: 0,
      relay: 0,
    });
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const carries = (data: unknown) =>
      (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) &&
      decoder.decode(data as ArrayBuffer).includes(marker);
    const onmessage = Object.getOwnPropertyDescriptor(RTCDataChannel.prototype, 'onmessage')!;
    Object.defineProperty(RTCDataChannel.prototype, 'onmessage', {
      configurable: true,
      get() {
        return onmessage.get!.call(this);
      },
      set(handler: ((event: MessageEvent) => void) | null) {
        onmessage.set!.call(
          this,
          handler &&
            ((event: MessageEvent) => {
              if (carries(event.data)) counts.webrtc++;
              handler.call(this, event);
            }),
        );
      },
    });
    const addEventListener = WebSocket.prototype.addEventListener;
    WebSocket.prototype.addEventListener = function (
      this: WebSocket,
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ) {
      if (type !== 'message' || typeof listener !== 'function')
        return addEventListener.call(this, type, listener, options);
      return addEventListener.call(
        this,
        type,
        (event: Event) => {
          if (carries((event as MessageEvent).data)) counts.relay++;
          listener.call(this, event);
        },
        options,
      );
    } as typeof WebSocket.prototype.addEventListener;
  }, marker);
}

const arrivals = (page: Page) =>
  page.evaluate(() => (window as unknown as { arrivals: { webrtc: number; relay: number } }).arrivals);

test('LAN and relay together: two on the LAN, one only on the relay, all converge and an edit reaches each device at most twice @peers', async ({
  openPeer,
}) => {
  test.setTimeout(120_000);
  const marker = 'Zählkarte 4711 für den Relay-Test';
  const [anna, ben, carl] = await Promise.all([openPeer('anna'), openPeer('ben'), openPeer('carl')]);
  for (const peer of [anna, ben, carl]) await countArrivals(peer.page, marker);
  await createWorkspace(anna.page);
  await addRelay(anna.page, relay.url);
  const invite = await copyInvite(anna.page);
  await join(ben.page, invite, 'Ben Schulz');
  // Carl works from home: no hub of the office reaches him, only the relay.
  await carl.page.route('**/hub-info.json', (route) => route.fulfill({ json: { hubs: [] } }));
  await join(carl.page, invite, 'Carl Vogt');
  await expect(header(anna.page)).toHaveText(
    'Verbunden mit 1 Kolleg:in · Relay verbunden · beim Relay gesichert',
  );
  await expect(header(ben.page)).toHaveText(
    'Verbunden mit 1 Kolleg:in · Relay verbunden · beim Relay gesichert',
  );
  await expect(header(carl.page)).toHaveText('Relay verbunden · beim Relay gesichert');
  // Everyone sees everyone once, whichever way they are connected.
  await expect(anna.page.getByRole('list', { name: 'Gerade dabei' }).getByRole('listitem')).toHaveCount(2);
  await expect(carl.page.getByRole('list', { name: 'Gerade dabei' }).getByRole('listitem')).toHaveCount(2);
  // Each device publishes within a second whether it is on the relay (renderer/sync/relay.ts).
  await anna.page.waitForTimeout(2_000);

  await column(anna.page, 'Ideen').getByRole('button', { name: 'Karte in „Ideen“ hinzufügen' }).click();
  await anna.page.getByLabel('Titel der neuen Karte').pressSequentially(marker, { delay: 10 });
  await anna.page.getByLabel('Titel der neuen Karte').press('Enter');
  await anna.page.getByLabel('Titel der neuen Karte').press('Escape');
  for (const peer of [ben, carl]) await expect(cardButton(peer.page, marker)).toBeVisible();
  await expect(header(anna.page)).toContainText('beim Relay gesichert');
  await anna.page.waitForTimeout(1_000);

  const [atAnna, atBen, atCarl] = await Promise.all([
    arrivals(anna.page),
    arrivals(ben.page),
    arrivals(carl.page),
  ]);
  // Ben: once directly from Anna, once through the relay. Carl: once through the relay. Anna's
  // own edit never comes back to her.
  expect(atBen.webrtc).toBe(1);
  expect(atBen.relay).toBeLessThanOrEqual(1);
  expect(atCarl).toEqual({ webrtc: 0, relay: 1 });
  expect(atAnna).toEqual({ webrtc: 0, relay: 0 });
  expect([...anna.errors, ...ben.errors, ...carl.errors]).toEqual([]);
});

test('a picture Ben adds while Anna is offline comes from the relay when she opens — never online together @peers', async ({
  openPeer,
  reopen,
}) => {
  test.setTimeout(120_000);
  const anna = await openPeer('anna');
  await createWorkspace(anna.page);
  await addRelay(anna.page, relay.url);
  await expect(header(anna.page)).toHaveText('Relay verbunden · beim Relay gesichert');
  const invite = await copyInvite(anna.page);
  await closeLaptop(anna);

  const ben = await openPeer('ben');
  await ben.page.getByRole('button', { name: 'Arbeitsbereich beitreten' }).click();
  await ben.page.getByLabel('Einladung').fill(invite);
  await ben.page.getByRole('button', { name: 'Beitreten' }).click();
  await ben.page
    .getByRole('dialog', { name: 'Wer bist du?' })
    .getByRole('button', { name: 'Dr. Thomas Brandt · Geschäftsführung' })
    .click();
  await expect(header(ben.page)).toContainText('Relay verbunden');
  await cardButton(ben.page, CARD).click();
  const png = await pngOf(ben.page, 640, 480);
  const chooser = ben.page.waitForEvent('filechooser');
  await ben.page
    .getByRole('complementary', { name: 'Karte bearbeiten' })
    .getByRole('button', { name: /^Datei an „.*“ anhängen$/ })
    .click();
  await (await chooser).setFiles({ name: 'messestand.png', mimeType: 'image/png', buffer: png });
  await expect(header(ben.page)).toHaveText('Relay verbunden · beim Relay gesichert');
  // The bytes are on the relay (asked as a colleague's device would, with the workspace's token).
  const decoded = decodeInvite(invite);
  if (!decoded.ok) throw new Error('no invite');
  const { room, secret } = decoded.invite;
  const hash = createHash('sha256').update(png).digest('hex');
  const token = await relayToken(room, secret);
  const onRelay = () =>
    fetch(`${relayFilesUrl(relay.url)}${encodeURIComponent(room)}/${hash}`, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${token}` },
    }).then((response) => response.status);
  await expect.poll(onRelay, { timeout: 30_000 }).toBe(200);
  await closeLaptop(ben);

  await reopen(anna);
  await expect(header(anna.page)).toHaveText('Relay verbunden · beim Relay gesichert');
  await cardButton(anna.page, CARD).click();
  await expect(
    anna.page
      .getByRole('complementary', { name: 'Karte bearbeiten' })
      .getByRole('region', { name: 'Dateien', exact: true })
      .getByRole('img', { name: 'messestand.png', exact: true }),
  ).toBeVisible({ timeout: 30_000 });
  // Asking the relay what it has of a new file is answered 200: no failed request is logged.
  expect([...anna.errors, ...ben.errors]).toEqual([]);
});

/** Whether the relay has the whole file, asked as a colleague's device asks (its state query). */
async function relayHas(invite: string, hash: string): Promise<boolean> {
  const decoded = decodeInvite(invite);
  if (!decoded.ok) throw new Error('no invite');
  const { room, secret } = decoded.invite;
  const response = await fetch(`${relayFilesUrl(relay.url)}${encodeURIComponent(room)}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await relayToken(room, secret)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ hashes: [hash] }),
  });
  if (!response.ok) return false;
  const { files } = (await response.json()) as { files: Record<string, { complete: boolean }> };
  return files[hash]?.complete === true;
}

test('a picture Ben only received from Anna over WebRTC goes up to the relay once the workspace has one; Carl gets it from there with both away @peers', async ({
  openPeer,
}) => {
  test.setTimeout(150_000);
  const [anna, ben] = await pair(openPeer);
  const panel = (page: Page) => page.getByRole('complementary', { name: 'Karte bearbeiten' });
  const fileList = (page: Page) => panel(page).getByRole('region', { name: 'Dateien', exact: true });
  await cardButton(anna.page, CARD).click();
  const png = await pngOf(anna.page, 800, 600);
  const hash = createHash('sha256').update(png).digest('hex');
  const chooser = anna.page.waitForEvent('filechooser');
  await panel(anna.page)
    .getByRole('button', { name: /^Datei an „.*“ anhängen$/ })
    .click();
  await (await chooser).setFiles({ name: 'plakat.png', mimeType: 'image/png', buffer: png });
  await expect(fileList(anna.page).getByRole('img', { name: 'plakat.png', exact: true })).toBeVisible();

  // Ben opens the card: the bytes come from Anna over WebRTC.
  await cardButton(ben.page, CARD).click();
  await expect(fileList(ben.page).getByRole('img', { name: 'plakat.png', exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await closeLaptop(anna);

  // The team sets up a relay later, on Ben's laptop: what Ben has goes up to it.
  await addRelay(ben.page, relay.url);
  await expect(header(ben.page)).toContainText('Relay verbunden · beim Relay gesichert');
  const invite = await copyInvite(ben.page);
  await expect.poll(() => relayHas(invite, hash), { timeout: 30_000 }).toBe(true);
  await closeLaptop(ben);

  // Carl works from home (no hub of the office reaches him) and joins while Anna and Ben are away.
  const carl = await openPeer('carl');
  await carl.page.route('**/hub-info.json', (route) => route.fulfill({ json: { hubs: [] } }));
  await join(carl.page, invite, 'Carl Vogt');
  await cardButton(carl.page, CARD).click();
  const picture = fileList(carl.page).getByRole('img', { name: 'plakat.png', exact: true });
  await expect(picture).toBeVisible({ timeout: 30_000 });
  expect(await picture.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([
    800, 600,
  ]);
  expect([...anna.errors, ...ben.errors, ...carl.errors]).toEqual([]);
});
