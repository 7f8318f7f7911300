// Colleagues sync peer to peer: each peer is its own Chromium process with its own profile,
// connected through the real hub (served by `serve`) over real WebRTC inside the harness's network
// namespace. Invites are copied from one peer's settings and pasted into the other's join screen.
import type { Page } from '@playwright/test';
import WebSocket from 'ws';
import { decodeInvite, encodeInvite } from '../../shared/invite';
import { expect, test, type Peer } from './harness';
import { startAppServer } from './harness/server';
import { cardButton, cardTitles, column, copyInvite, createWorkspace, join, pair, status } from './steps';
import { typeLikeAPerson } from './typing';

/**
 * Milliseconds from `act` on one page until the other page shows the change: `text` appears, or
 * (for a card added to a long, virtualized column that need not render it) the column's card
 * count reaches `count`.
 */
async function propagation(
  from: Page,
  to: Page,
  arrived: { text: string } | { column: string; count: number },
  act: () => Promise<void>,
): Promise<number> {
  type Watched = Window & { sendeplanArrival?: Promise<number> };
  // The watcher is in place before the edit is made, so an early arrival cannot be missed.
  await to.evaluate((arrived) => {
    const shown = () => {
      if ('text' in arrived) return document.body.innerText.includes(arrived.text);
      const column = [...document.querySelectorAll('section.column')].find(
        (section) => section.querySelector('h2')?.textContent === arrived.column,
      );
      return column?.querySelector('.column-count')?.textContent === String(arrived.count);
    };
    (window as Watched).sendeplanArrival = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        resolve(Date.now());
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
  }, arrived);
  const sent = await from.evaluate(() => Date.now());
  await act();
  return (await to.evaluate(() => (window as Watched).sendeplanArrival!)) - sent;
}

async function addCard(page: Page, columnTitle: string, title: string) {
  await column(page, columnTitle)
    .getByRole('button', { name: `Karte in „${columnTitle}“ hinzufügen` })
    .click();
  await page.getByLabel('Titel der neuen Karte').fill(title);
  await page.getByLabel('Titel der neuen Karte').press('Enter');
  await page.getByLabel('Titel der neuen Karte').press('Escape');
}

/** Anna's and Ben's avatars under "Gerade dabei" on the other's screen. */
async function seesEachOther(anna: Peer, ben: Peer): Promise<void> {
  const present = (peer: Peer) => peer.page.getByRole('list', { name: 'Gerade dabei' });
  await expect(present(anna).getByRole('img', { name: 'Ben Schulz' })).toBeVisible();
  await expect(present(ben).getByRole('img', { name: 'Anna Berger' })).toBeVisible();
}

test('a colleague joins with the invite, gets the whole board, and edits flow both ways @peers', async ({
  openPeer,
}) => {
  const [anna, ben] = await pair(openPeer);
  await expect(ben.page.getByRole('button', { name: /^Karte öffnen: / })).toHaveCount(20);
  expect(await cardTitles(ben.page, 'Ideen')).toEqual(await cardTitles(anna.page, 'Ideen'));
  await expect(ben.page.getByText('Social Media Müller GmbH')).toBeVisible();

  // Presence: each sees the other.
  await seesEachOther(anna, ben);

  const times: number[] = [];
  // The example plan's ideas: how many depends on the day it was made (posts of the week that went out).
  const ideas = (await cardTitles(anna.page, 'Ideen')).length;
  const composer = anna.page.getByLabel('Titel der neuen Karte');
  await column(anna.page, 'Ideen').getByRole('button', { name: 'Karte in „Ideen“ hinzufügen' }).click();
  for (let i = 1; i <= 9; i++) {
    await composer.fill(`Idee ${i} von Anna`);
    const arrived = { column: 'Ideen', count: ideas + i };
    times.push(await propagation(anna.page, ben.page, arrived, () => composer.press('Enter')));
  }
  await composer.press('Escape');
  await expect(
    column(ben.page, 'Ideen')
      .getByRole('button', { name: /^Karte öffnen: / })
      .first(),
  ).toBeVisible();
  expect(await cardTitles(ben.page, 'Ideen')).toEqual(await cardTitles(anna.page, 'Ideen'));
  const faq = 'FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung';
  await cardButton(ben.page, faq).click();
  const panel = ben.page.getByRole('complementary', { name: 'Karte bearbeiten' });
  // The title is typed first and sent when it is committed (Enter): that is what travels.
  await typeLikeAPerson(panel.getByLabel('Titel', { exact: true }), `${faq} – mit Foto`);
  times.push(
    await propagation(ben.page, anna.page, { text: `${faq} – mit Foto` }, () =>
      panel.getByLabel('Titel', { exact: true }).press('Enter'),
    ),
  );
  // Who else has the card open shows on the other screen.
  await expect(
    cardButton(anna.page, `${faq} – mit Foto`).getByRole('img', { name: 'Auch geöffnet von Ben Schulz' }),
  ).toBeVisible();

  // A card moved on one screen leaves its column on the other and stands in its new place there.
  const moved = (await cardTitles(ben.page, 'In Arbeit'))[0]!;
  await ben.page.getByRole('button', { name: `Karte verschieben: ${moved}` }).focus();
  for (const key of ['Space', 'ArrowRight', 'ArrowDown', 'Space']) await ben.page.keyboard.press(key);
  await expect.poll(async () => (await cardTitles(ben.page, 'Warten auf Input'))[1]).toBe(moved);
  const waiting = await cardTitles(ben.page, 'Warten auf Input');
  await expect.poll(() => cardTitles(anna.page, 'Warten auf Input')).toEqual(waiting);
  const inWork = await cardTitles(anna.page, 'In Arbeit');
  expect(inWork).not.toContain(moved);
  expect(inWork).toEqual(await cardTitles(ben.page, 'In Arbeit'));

  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `[sync] edit on one peer to visible on the other: median ${median} ms, max ${times.at(-1)} ms (${times.join(', ')})`,
  );
  test.info().annotations.push({ type: 'propagation-ms', description: times.join(',') });
  expect(median).toBeLessThan(1000);
  expect([...anna.errors, ...ben.errors]).toEqual([]);
});

test('a colleague who meets the others only through one of them still gets every edit, both ways @peers', async ({
  openPeer,
  appUrl,
}) => {
  // Carla's page comes from a second server, so her only hub is its hub; Ben's invite names it
  // too; Anna has only the first. Anna and Carla never meet: everything between them goes through
  // Ben. (Ben adding the hub in his settings instead: the next test.)
  // Ben's page comes from the first server: its origin must be allowed on the second hub.
  const second = await startAppServer({ allowOrigins: [new URL(appUrl).origin] });
  try {
    const [anna, ben, carla] = await Promise.all([
      openPeer('anna'),
      openPeer('ben'),
      openPeer('carla', `${second.url}/`),
    ]);
    await createWorkspace(anna.page, { me: 'Anna Berger' });
    const invite = await copyInvite(anna.page);
    const decoded = decodeInvite(invite);
    if (!decoded.ok) throw new Error('the invite shown in the settings must decode');
    await join(ben.page, encodeInvite({ ...decoded.invite, hubs: [second.hub] }), 'Ben Schulz');
    await join(carla.page, invite, 'Carla Neumann');
    await expect(status(ben.page)).toHaveText('Verbunden mit 2 Kolleg:innen');
    await expect(status(anna.page)).toHaveText('Verbunden mit 1 Kolleg:in');
    await expect(status(carla.page)).toHaveText('Verbunden mit 1 Kolleg:in');
    await seesEachOther(anna, ben);

    const faq = 'FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung';
    const reel = 'Tutorial-Reel: Filter richtig wechseln in 30 Sekunden';
    await cardButton(anna.page, faq).click();
    await cardButton(carla.page, reel).click();
    const title = (peer: Peer) =>
      peer.page.getByRole('complementary', { name: 'Karte bearbeiten' }).getByLabel('Titel', { exact: true });
    for (let i = 1; i <= 3; i++) {
      // Whole titles, committed with Enter: this test is about the way edits travel, not typing.
      await title(anna).fill(`${faq} (${i})`);
      await title(anna).press('Enter');
      await expect(cardButton(carla.page, `${faq} (${i})`)).toBeVisible();
      await title(carla).fill(`${reel} (${i})`);
      await title(carla).press('Enter');
      await expect(cardButton(anna.page, `${reel} (${i})`)).toBeVisible();
    }
    const ideas = (await cardTitles(carla.page, 'Ideen')).length;
    await addCard(anna.page, 'Ideen', 'Annas neue Idee');
    await expect(column(carla.page, 'Ideen').locator('.column-count')).toHaveText(String(ideas + 1));
    expect(await cardTitles(carla.page, 'Ideen')).toEqual(await cardTitles(anna.page, 'Ideen'));
    expect([...anna.errors, ...ben.errors, ...carla.errors]).toEqual([]);
  } finally {
    await second.stop();
  }
});

/** Every text the page's sync status shows from now on, for `statusesSeen`. */
async function watchStatus(page: Page): Promise<void> {
  type Watched = Window & { sendeplanStatuses?: string[] };
  await page.evaluate(() => {
    const seen: string[] = ((window as Watched).sendeplanStatuses = []);
    const note = () => {
      const text = [...document.querySelectorAll('[role="status"]')]
        .map((element) => element.textContent ?? '')
        .map((text) => text.replace(/\s+/g, ' ').trim())
        .find((text) => /Offline|Suche|Verbunden/.test(text));
      if (text !== undefined && text !== seen.at(-1)) seen.push(text);
    };
    note();
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

const statusesSeen = (page: Page) =>
  page.evaluate(() => (window as Window & { sendeplanStatuses?: string[] }).sendeplanStatuses ?? []);

test('hubs added or removed in the settings keep the connections; only the hubs listed are used @peers', async ({
  openPeer,
  appUrl,
}) => {
  // Ben adds Carla's hub while connected to Anna: his connection to Anna stays as it is (a hub only
  // introduces peers), and he meets Carla on the new hub. Anna and Carla share no hub.
  // Ben's page comes from the first server: its origin must be allowed on the second hub.
  const second = await startAppServer({ allowOrigins: [new URL(appUrl).origin] });
  try {
    const [anna, ben] = await pair(openPeer);
    const carla = await openPeer('carla', `${second.url}/`);
    const invite = await copyInvite(anna.page);
    await watchStatus(ben.page);
    await ben.page.getByRole('button', { name: 'Einstellungen' }).click();
    const settings = ben.page.getByRole('dialog', { name: 'Einstellungen' });
    await settings.getByLabel('Hub-Adresse').fill(second.hub);
    await settings.getByRole('button', { name: 'Hub hinzufügen' }).click();
    await settings.getByRole('button', { name: 'Fertig' }).click();
    await join(carla.page, invite, 'Carla Neumann');
    await expect(status(ben.page)).toHaveText('Verbunden mit 2 Kolleg:innen', { timeout: 20_000 });
    await expect(status(anna.page)).toHaveText('Verbunden mit 1 Kolleg:in');
    await expect(status(carla.page)).toHaveText('Verbunden mit 1 Kolleg:in');
    expect(await statusesSeen(ben.page)).toEqual([
      'Verbunden mit 1 Kolleg:in',
      'Verbunden mit 2 Kolleg:innen',
    ]);
    await seesEachOther(anna, ben);

    // Removed, Carla's hub keeps the connection to her, but it no longer introduces anyone: Carla
    // restarting her app (a new peer in the room) is not found again.
    const hubButton = (name: string) => settings.getByRole('button', { name, exact: true });
    await ben.page.getByRole('button', { name: 'Einstellungen' }).click();
    await hubButton(`Hub ${second.hub} entfernen`).click();
    await hubButton('Fertig').click();
    await expect(status(ben.page)).toHaveText('Verbunden mit 2 Kolleg:innen');
    await carla.page.reload();
    await expect(status(ben.page)).toHaveText('Verbunden mit 1 Kolleg:in', { timeout: 20_000 });
    await expect(status(carla.page)).toHaveText('Suche Kolleg:innen …', { timeout: 20_000 });
    await ben.page.waitForTimeout(3_000);
    await expect(status(carla.page)).toHaveText('Suche Kolleg:innen …');
    // Added again, it introduces them again.
    await ben.page.getByRole('button', { name: 'Einstellungen' }).click();
    await settings.getByLabel('Hub-Adresse').fill(second.hub);
    await hubButton('Hub hinzufügen').click();
    await hubButton('Fertig').click();
    await expect(status(ben.page)).toHaveText('Verbunden mit 2 Kolleg:innen', { timeout: 20_000 });
    await expect(status(carla.page)).toHaveText('Verbunden mit 1 Kolleg:in');
    expect([...anna.errors, ...ben.errors, ...carla.errors]).toEqual([]);
  } finally {
    await second.stop();
  }
});

test('two people typing in the same brief at once both keep their words @peers', async ({ openPeer }) => {
  const [anna, ben] = await pair(openPeer);
  const title = 'Kundenstimme: Familie Schulz über ihre neue Heizung';
  await cardButton(anna.page, title).click();
  await cardButton(ben.page, title).click();
  const briefA = anna.page.getByRole('complementary', { name: 'Karte bearbeiten' }).getByLabel('Briefing');
  const briefB = ben.page.getByRole('complementary', { name: 'Karte bearbeiten' }).getByLabel('Briefing');
  const original = await briefA.inputValue();
  await expect(briefB).toHaveValue(original);

  await briefA.focus();
  await anna.page.keyboard.press('Control+Home');
  await briefB.focus();
  await ben.page.keyboard.press('Control+End');
  await Promise.all([
    anna.page.keyboard.type('Dringend! ', { delay: 15 }),
    ben.page.keyboard.type(' Fotos liegen im Ordner Kunden.', { delay: 15 }),
  ]);
  const expected = `Dringend! ${original} Fotos liegen im Ordner Kunden.`;
  await expect(briefA).toHaveValue(expected);
  await expect(briefB).toHaveValue(expected);
});

test('both work offline, then meet again: everything merges, nothing lost or doubled @peers', async ({
  openPeer,
}) => {
  const [anna, ben] = await pair(openPeer);
  for (const peer of [anna, ben]) {
    await peer.page.getByRole('button', { name: 'Einstellungen' }).click();
    await peer.page.getByRole('checkbox', { name: /Offline arbeiten/ }).check();
    await peer.page.getByRole('button', { name: 'Fertig' }).click();
    await expect(status(peer.page)).toHaveText('Offline (pausiert)');
  }
  await addCard(anna.page, 'Ideen', 'Annas Offline-Idee');
  await addCard(ben.page, 'In Arbeit', 'Bens Offline-Idee');
  // Both change the same card in different ways, and Ben moves another one.
  await cardButton(anna.page, /Tutorial-Reel/).click();
  await anna.page
    .getByRole('complementary', { name: 'Karte bearbeiten' })
    .getByLabel('Zuständig')
    .selectOption({ label: 'Sabine Krüger' });
  await cardButton(ben.page, /Tutorial-Reel/).click();
  await ben.page
    .getByRole('complementary', { name: 'Karte bearbeiten' })
    .getByRole('checkbox', { name: 'X' })
    .check();
  await ben.page
    .getByRole('complementary', { name: 'Karte bearbeiten' })
    .getByLabel('Status')
    .selectOption({ label: 'Veröffentlicht' });
  await expect(cardButton(anna.page, 'Bens Offline-Idee')).toHaveCount(0);

  for (const peer of [anna, ben]) {
    await peer.page.getByRole('button', { name: 'Einstellungen' }).click();
    await peer.page.getByRole('checkbox', { name: /Offline arbeiten/ }).uncheck();
    await peer.page.getByRole('button', { name: 'Fertig' }).click();
  }
  await expect(status(anna.page)).toHaveText('Verbunden mit 1 Kolleg:in', { timeout: 20_000 });
  // Each shows itself again after the pause (stopping the connection had taken it away).
  await seesEachOther(anna, ben);
  for (const peer of [anna, ben]) {
    await expect(cardButton(peer.page, 'Annas Offline-Idee')).toBeVisible();
    await expect(cardButton(peer.page, 'Bens Offline-Idee')).toBeVisible();
    await expect(peer.page.getByRole('button', { name: /^Karte öffnen: / })).toHaveCount(22);
    const tile = cardButton(peer.page, /Tutorial-Reel/);
    await expect(tile).toHaveCount(1);
    await expect(tile.getByRole('img', { name: 'Zuständig: Sabine Krüger' })).toBeVisible();
    await expect(tile.getByRole('img', { name: 'X' })).toBeVisible();
  }
  const boardA = await Promise.all(
    ['Ideen', 'In Arbeit', 'Veröffentlicht'].map((c) => cardTitles(anna.page, c)),
  );
  const boardB = await Promise.all(
    ['Ideen', 'In Arbeit', 'Veröffentlicht'].map((c) => cardTitles(ben.page, c)),
  );
  expect(boardB).toEqual(boardA);
  expect(boardA[2]).toContain('Tutorial-Reel: Filter richtig wechseln in 30 Sekunden');
});

test('laptops whose clocks are set while they run still find each other through the hub @peers', async ({
  openPeer,
}) => {
  const [anna, ben] = await pair(openPeer);
  // Anna's clock jumps a day ahead (as after waking up, when the time is synced), Ben's a day back.
  await anna.page.clock.setSystemTime(Date.now() + 24 * 3600_000);
  await ben.page.clock.setSystemTime(Date.now() - 24 * 3600_000);
  // Ben pauses and comes back: meeting again goes through the hub, on the sockets both kept open.
  for (const checked of [true, false]) {
    await ben.page.getByRole('button', { name: 'Einstellungen' }).click();
    await ben.page.getByRole('checkbox', { name: /Offline arbeiten/ }).setChecked(checked);
    await ben.page.getByRole('button', { name: 'Fertig' }).click();
  }
  await expect(status(ben.page)).toHaveText('Verbunden mit 1 Kolleg:in', { timeout: 20_000 });
  await expect(status(anna.page)).toHaveText('Verbunden mit 1 Kolleg:in');
  await addCard(anna.page, 'Ideen', 'Nach der Zeitumstellung');
  await expect(cardButton(ben.page, 'Nach der Zeitumstellung')).toBeVisible();
});

test('a card received right before the window closes is kept, also once the colleague is gone @peers', async ({
  openPeer,
  reopen,
  appUrl,
}) => {
  const [anna, ben] = await pair(openPeer);
  await addCard(anna.page, 'Ideen', 'Kurz vor Feierabend');
  await expect(cardButton(ben.page, 'Kurz vor Feierabend')).toBeVisible();
  // Ben closes the window at once, and Anna's laptop is gone before Ben opens the app again: the
  // card can only come from what Ben's app stored.
  await reopen(ben, { url: 'about:blank' });
  await reopen(anna, { crash: true, url: 'about:blank' });
  await ben.page.goto(appUrl);
  await expect(cardButton(ben.page, 'Kurz vor Feierabend')).toBeVisible();
  await expect(status(ben.page)).not.toHaveText(/Verbunden/);
});

test('a peer with the right room but a wrong secret never receives a card @peers', async ({ openPeer }) => {
  const [anna, ben] = await pair(openPeer);
  const invite = decodeInvite(await copyInvite(anna.page));
  if (!invite.ok) throw new Error('the invite shown in the settings must decode');
  const wrong = encodeInvite({
    ...invite.invite,
    secret: invite.invite.secret.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
  });

  const mallory = await openPeer('mallory');
  await mallory.page.getByRole('button', { name: 'Arbeitsbereich beitreten' }).click();
  await mallory.page.getByLabel('Einladung').fill(wrong);
  await mallory.page.getByRole('button', { name: 'Beitreten' }).click();
  await expect(mallory.page.getByText(/Warte auf das Board/)).toBeVisible();
  // Meanwhile Anna and Ben keep working and stay connected only to each other.
  await addCard(anna.page, 'Ideen', 'Vertraulich: Krisenplan');
  await expect(cardButton(ben.page, 'Vertraulich: Krisenplan')).toBeVisible();
  await expect(status(mallory.page)).toHaveText('Suche Kolleg:innen …');
  await mallory.page.waitForTimeout(3000); // give a leak every chance to show up
  await expect(mallory.page.getByText(/Warte auf das Board/)).toBeVisible();
  await expect(mallory.page.getByRole('button', { name: /^Karte öffnen/ })).toHaveCount(0);
  await expect(status(anna.page)).toHaveText('Verbunden mit 1 Kolleg:in');
});

test('garbage sent into the room through the hub cannot crash the app or stop the sync @peers', async ({
  openPeer,
  hubUrl,
}) => {
  const [anna, ben] = await pair(openPeer);
  const invite = decodeInvite(await copyInvite(anna.page));
  if (!invite.ok) throw new Error('the invite shown in the settings must decode');
  const room = invite.invite.room;
  const socket = new WebSocket(hubUrl);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  socket.send(JSON.stringify({ type: 'subscribe', topics: [room] }));
  const junk = [
    { type: 'publish', topic: room, data: 'bm90IGVuY3J5cHRlZCBhdCBhbGw=' },
    { type: 'publish', topic: room, data: 'not base64 at all!!' },
    { type: 'publish', topic: room, data: { type: 'announce', from: 'mallory' } },
    {
      type: 'publish',
      topic: room,
      data: { type: 'signal', from: 'mallory', to: 'x', signal: { type: 'offer' } },
    },
    { type: 'publish', topic: room, data: null },
    { type: 'publish', topic: room },
  ];
  for (let round = 0; round < 20; round++) for (const message of junk) socket.send(JSON.stringify(message));
  socket.send('{ this is not json');
  socket.close();

  await addCard(anna.page, 'Ideen', 'Nach dem Störfeuer');
  await expect(cardButton(ben.page, 'Nach dem Störfeuer')).toBeVisible();
  await expect(status(anna.page)).toHaveText('Verbunden mit 1 Kolleg:in');
  await expect(ben.page.getByRole('button', { name: /^Karte öffnen: / })).toHaveCount(21);
});

test('a second window of the same workspace in one browser meets the first through the hub @peers', async ({
  openPeer,
}) => {
  // The app syncs no tabs through a BroadcastChannel (lib-internals/yWebrtcWithoutBroadcastChannel.ts):
  // a second window of the browser mode is one more colleague's device on the hub.
  const anna = await openPeer('anna');
  await createWorkspace(anna.page, { me: 'Anna Berger' });
  const second = await anna.context.newPage();
  const errors: string[] = [];
  second.on('pageerror', (error) => errors.push(error.message));
  second.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await second.goto(anna.page.url());
  await expect(status(anna.page)).toHaveText('Verbunden mit 1 Kolleg:in');
  await expect(status(second)).toHaveText('Verbunden mit 1 Kolleg:in');
  await addCard(anna.page, 'Ideen', 'Aus dem ersten Fenster');
  await expect(cardButton(second, 'Aus dem ersten Fenster')).toBeVisible();
  await addCard(second, 'Ideen', 'Aus dem zweiten Fenster');
  await expect(cardButton(anna.page, 'Aus dem zweiten Fenster')).toBeVisible();
  expect(await cardTitles(second, 'Ideen')).toEqual(await cardTitles(anna.page, 'Ideen'));
  expect([...anna.errors, ...errors]).toEqual([]);
});

test('a bad invite gets a clear message', async ({ app }) => {
  await app.getByRole('button', { name: 'Arbeitsbereich beitreten' }).click();
  await app.getByRole('button', { name: 'Beitreten' }).click();
  await expect(app.getByRole('alert')).toHaveText('Bitte füge zuerst die Einladung ein.');
  await app.getByLabel('Einladung').fill('https://planable.io/invite/123');
  await app.getByRole('button', { name: 'Beitreten' }).click();
  await expect(app.getByRole('alert')).toHaveText(
    'Das ist keine Sendeplan-Einladung. Sie beginnt mit „sendeplan1.“.',
  );
  await app.getByLabel('Einladung').fill('sendeplan1.eyJ2Ijox');
  await app.getByRole('button', { name: 'Beitreten' }).click();
  await expect(app.getByRole('alert')).toContainText('beschädigt oder unvollständig');
});
