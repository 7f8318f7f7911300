// Files on cards between colleagues: a visual asked for and delivered as a PNG, its thumbnail at
// once and its bytes over WebRTC, kept offline; a file only on an unreachable device says whose it
// is; a 50 MB video shows its progress while edits keep syncing (the edit latency is measured and
// attached, not asserted); the picture of a post due tomorrow is fetched ahead; a photo's EXIF
// orientation is applied and its location never copied.
import { randomBytes } from 'node:crypto';
import { truncate, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, type Peer } from './harness';
import { cardButton, createWorkspace, pair, status } from './steps';
import { typeLikeAPerson } from './typing';
import { jpegWithGpsExif, pngOf } from './files';

const shots = process.env.SENDEPLAN_SCREENSHOT_DIR ?? 'test-results/screenshots';
const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Karte bearbeiten' });
/** The card panel's list of files (the post preview and approvals show the pictures too). */
const fileList = (page: Page) => panelOf(page).getByRole('region', { name: 'Dateien', exact: true });
const tasksTab = (page: Page) =>
  page.getByRole('navigation', { name: 'Ansichten' }).getByRole('button', { name: /^Aufgaben/ });
const CARD = 'Jubiläum: 75 Jahre am Standort Leipzig';

async function setOffline(peer: Peer, offline: boolean) {
  await peer.page.getByRole('button', { name: 'Einstellungen' }).click();
  const box = peer.page.getByRole('checkbox', { name: /Offline arbeiten/ });
  if (offline) await box.check();
  else await box.uncheck();
  await peer.page.getByRole('button', { name: 'Fertig' }).click();
}

/** Anna asks Ben for a visual on CARD. */
async function askBenForVisual(anna: Page) {
  await cardButton(anna, CARD).click();
  const panel = panelOf(anna);
  await panel.getByRole('button', { name: /Input anfragen/ }).click();
  const form = panel.getByRole('form', { name: 'Input anfragen' });
  await form.getByLabel('Was brauchst du?').selectOption({ label: 'Visual' });
  const ben = await form
    .getByLabel('Von wem?')
    .locator('option', { hasText: 'Ben Schulz' })
    .first()
    .textContent();
  await form.getByLabel('Von wem?').selectOption({ label: ben!.trim() });
  await typeLikeAPerson(form.getByLabel('Was genau?'), 'Foto vom Werkstor');
  await typeLikeAPerson(form.getByLabel('Wofür wird es gebraucht?'), 'Der Post braucht ein Bild');
  await form.getByRole('button', { name: 'Anfrage senden' }).click();
  await expect(form).toBeHidden();
  await panel.getByRole('button', { name: 'Schließen' }).first().click();
}

/** Chooses a file in the dialog that `button` opens, as a person does. */
async function chooseFile(
  page: Page,
  button: ReturnType<Page['getByRole']>,
  file: { name: string; mimeType: string; buffer: Buffer } | string,
) {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(file);
}

const chooseButton = (page: Page) => panelOf(page).getByRole('button', { name: /^Datei an „.*“ anhängen$/ });

/** Every file this page's workspaces keep in IndexedDB, as bytes. */
async function storedFiles(page: Page): Promise<Buffer[]> {
  const arrays = await page.evaluate(async () => {
    const names = (await indexedDB.databases())
      .map((d) => d.name ?? '')
      .filter((n) => n.startsWith('sendeplan-files-'));
    const all: number[][] = [];
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const blobs = await new Promise<Blob[]>((resolve, reject) => {
        const request = db.transaction('files').objectStore('files').getAll();
        request.onsuccess = () => resolve(request.result as Blob[]);
        request.onerror = () => reject(request.error);
      });
      for (const blob of blobs) all.push([...new Uint8Array(await blob.arrayBuffer())]);
      db.close();
    }
    return all;
  });
  return arrays.map((a) => Buffer.from(a));
}

/** Whether the image has loaded pixels (a broken image has none). */
const loaded = (image: ReturnType<Page['getByRole']>) =>
  image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);

test('Anna asks Ben for a visual, Ben delivers a PNG: thumbnail at once, the picture after transfer, both offline @peers', async ({
  openPeer,
  reopen,
}) => {
  test.setTimeout(150_000);
  const [anna, ben] = await pair(openPeer);
  await askBenForVisual(anna.page);

  const png = await pngOf(ben.page, 1200, 800);
  await tasksTab(ben.page).click();
  const task = ben.page
    .getByRole('region', { name: /^Meine Aufgaben/ })
    .getByRole('article', { name: `Visual: ${CARD}` });
  await task.getByRole('button', { name: 'Geliefert' }).click();
  await chooseFile(ben.page, task.getByRole('button', { name: /Datei anhängen/ }), {
    name: 'werkstor.png',
    mimeType: 'image/png',
    buffer: png,
  });
  await expect(task.getByText('Wird mitgeliefert: werkstor.png')).toBeVisible();
  await task.getByRole('button', { name: 'Geliefert' }).click();
  await expect(task).toBeHidden();

  // At once: the thumbnail travels in the document.
  const thumb = cardButton(anna.page, CARD).getByRole('img', { name: 'Vorschau von „werkstor.png“' });
  await expect(thumb).toBeVisible();
  expect(await loaded(thumb)).toBe(true);
  await anna.page.screenshot({ path: `${shots}/attachments-tiles.png` });

  // After the transfer: the full picture in the card panel.
  await cardButton(anna.page, CARD).click();
  const full = fileList(anna.page).getByRole('img', { name: 'werkstor.png', exact: true });
  await expect(full).toBeVisible({ timeout: 20_000 });
  expect(await loaded(full)).toBe(true);
  expect(await full.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([
    1200, 800,
  ]);
  await expect(
    panelOf(anna.page)
      .getByRole('article', { name: `Visual: ${CARD}` })
      .getByText('Geliefert', { exact: true }),
  ).toBeVisible();
  await anna.page.screenshot({ path: `${shots}/attachments-panel.png` });

  // Both offline: each restarts while the other works offline, and still sees the picture from
  // its own store (the pause is not kept across a restart, so the other one stays paused meanwhile).
  for (const peer of [anna, ben]) await setOffline(peer, true);
  for (const peer of [anna, ben]) {
    await reopen(peer);
    await expect(status(peer.page)).toHaveText(/Suche|Offline/);
    await cardButton(peer.page, CARD).click();
    const picture = fileList(peer.page).getByRole('img', { name: 'werkstor.png', exact: true });
    await expect(picture).toBeVisible();
    expect(await loaded(picture)).toBe(true);
    await expect(status(peer.page)).toHaveText(/Suche|Offline/);
    await setOffline(peer, true);
  }
  expect([...anna.errors, ...ben.errors]).toEqual([]);
});

test('a file only on an unreachable device says whose it is, never a broken image @peers', async ({
  openPeer,
}) => {
  const [anna, ben] = await pair(openPeer);
  await cardButton(ben.page, CARD).click();
  await chooseFile(ben.page, chooseButton(ben.page), {
    name: 'plakat.png',
    mimeType: 'image/png',
    buffer: await pngOf(ben.page, 800, 1000),
  });
  await expect(fileList(ben.page).getByRole('img', { name: 'plakat.png', exact: true })).toBeVisible();
  await expect(
    cardButton(anna.page, CARD).getByRole('img', { name: 'Vorschau von „plakat.png“' }),
  ).toBeVisible();
  await anna.page
    .getByRole('navigation', { name: 'Ansichten' })
    .getByRole('button', { name: 'Kalender' })
    .click();
  await expect(
    anna.page
      .getByRole('button', { name: `Idee öffnen: ${CARD}` })
      .getByRole('img', { name: 'Vorschau von „plakat.png“' }),
  ).toBeVisible();
  await anna.page.screenshot({ path: `${shots}/attachments-calendar.png` });
  await anna.page
    .getByRole('navigation', { name: 'Ansichten' })
    .getByRole('button', { name: 'Board' })
    .click();
  await setOffline(ben, true);
  await expect(status(anna.page)).toHaveText(/Suche/);

  await cardButton(anna.page, CARD).click();
  const item = panelOf(anna.page).getByRole('listitem', { name: 'plakat.png' });
  await expect(item.getByText('Datei liegt bei Ben Schulz, noch nicht übertragen')).toBeVisible();
  await expect(item.getByRole('img', { name: 'Vorschau von „plakat.png“' })).toBeVisible();
  await expect(item.getByRole('img', { name: 'plakat.png', exact: true })).toHaveCount(0);
  await anna.page.screenshot({ path: `${shots}/attachments-away.png` });

  // Ben comes back: the picture arrives without Anna doing anything.
  await setOffline(ben, false);
  await expect(item.getByRole('img', { name: 'plakat.png', exact: true })).toBeVisible({ timeout: 30_000 });
  expect([...anna.errors, ...ben.errors]).toEqual([]);
});

test('the picture of a post due tomorrow is fetched before anyone opens it, so it is there offline @peers', async ({
  openPeer,
}) => {
  const [anna, ben] = await pair(openPeer);
  const card = 'FAQ-Karussell: Die 5 häufigsten Fragen zur Lieferung';
  const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    Date.now() + 24 * 3600_000,
  );
  await cardButton(anna.page, card).click();
  const slot = panelOf(anna.page).getByRole('group', { name: 'Veröffentlichung' });
  await slot.getByLabel('Datum').fill(tomorrow);
  await slot.getByLabel('Uhrzeit').fill('11:00');
  await slot.getByRole('button', { name: 'Einplanen' }).click();
  const png = await pngOf(anna.page, 900, 600);
  await chooseFile(anna.page, chooseButton(anna.page), {
    name: 'aushang.png',
    mimeType: 'image/png',
    buffer: png,
  });
  await expect(fileList(anna.page).getByRole('img', { name: 'aushang.png', exact: true })).toBeVisible();
  await panelOf(anna.page).getByRole('button', { name: 'Schließen' }).first().click();

  // Ben never opens the card: his laptop fetches the picture because the post is due tomorrow.
  await expect
    .poll(async () => (await storedFiles(ben.page)).some((bytes) => bytes.equals(png)), { timeout: 30_000 })
    .toBe(true);
  await setOffline(anna, true);
  await expect(status(ben.page)).toHaveText(/Suche/);
  await cardButton(ben.page, card).click();
  const picture = fileList(ben.page).getByRole('img', { name: 'aushang.png', exact: true });
  await expect(picture).toBeVisible();
  expect(await loaded(picture)).toBe(true);
  expect([...anna.errors, ...ben.errors]).toEqual([]);
});

test('a 50 MB video transfers with visible progress while edits keep syncing @peers', async ({
  openPeer,
}, testInfo) => {
  test.setTimeout(240_000);
  const [anna, ben] = await pair(openPeer);
  const video = testInfo.outputPath('messe.mp4');
  await writeFile(video, randomBytes(50 * 1024 * 1024));
  await cardButton(ben.page, CARD).click();
  await chooseFile(ben.page, chooseButton(ben.page), video);
  await expect(
    panelOf(ben.page)
      .getByRole('listitem', { name: 'messe.mp4' })
      .getByRole('link', { name: '„messe.mp4“ speichern' }),
  ).toBeVisible({ timeout: 60_000 });
  await panelOf(ben.page).getByRole('button', { name: 'Schließen' }).first().click();

  /** Ben renames a card; ms until Anna's board shows the new title. */
  const EDITED = 'Tutorial-Reel';
  let round = 0;
  const editLatency = async () => {
    round++;
    await cardButton(ben.page, new RegExp(EDITED)).first().click();
    const title = panelOf(ben.page).getByLabel('Titel', { exact: true });
    await title.press('End');
    await title.pressSequentially(` ${round}`, { delay: 20 });
    const expected = await title.inputValue();
    const seen = anna.page.waitForFunction(
      (name) => document.querySelector(`[aria-label="Karte öffnen: ${CSS.escape(name)}"]`) !== null,
      expected,
      { polling: 'raf', timeout: 30_000 },
    );
    const start = Date.now();
    await title.press('Enter');
    await seen;
    const ms = Date.now() - start;
    await panelOf(ben.page).getByRole('button', { name: 'Schließen' }).first().click();
    return ms;
  };
  const idle = [await editLatency(), await editLatency(), await editLatency()];

  await cardButton(anna.page, CARD).click();
  const progress = panelOf(anna.page).getByRole('progressbar', { name: 'Übertragung von „messe.mp4“' });
  await expect(progress).toBeVisible({ timeout: 20_000 });
  const during: number[] = [];
  const shown: number[] = [];
  while ((await progress.count()) > 0 && during.length < 8) {
    const value = Number((await progress.getAttribute('value').catch(() => null)) ?? NaN);
    if (Number.isFinite(value)) shown.push(value);
    during.push(await editLatency());
  }
  await expect(panelOf(anna.page).getByRole('link', { name: '„messe.mp4“ speichern' })).toBeVisible({
    timeout: 120_000,
  });
  const figures = { idleEditMs: idle, editMsDuringTransfer: during, progressSeenBytes: shown };
  console.log('edit latency while a 50 MB video transfers:', JSON.stringify(figures));
  await testInfo.attach('edit-latency.json', {
    body: JSON.stringify(figures, null, 2),
    contentType: 'application/json',
  });
  // Progress was visible and moved; edits went through during the transfer.
  expect(during.length).toBeGreaterThan(0);
  expect(new Set(shown).size).toBeGreaterThan(0);
  expect([...anna.errors, ...ben.errors]).toEqual([]);
});

test('a photo’s thumbnail is turned as the camera said, and its location is never copied', async ({
  app,
  appErrors,
}) => {
  await createWorkspace(app);
  const jpeg = await jpegWithGpsExif(app, 300, 200);
  expect(jpeg.includes(Buffer.from('Exif\0\0'))).toBe(true);
  await cardButton(app, CARD).click();
  await chooseFile(app, chooseButton(app), { name: 'foto.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  const thumb = cardButton(app, CARD).getByRole('img', { name: 'Vorschau von „foto.jpg“' });
  await expect(thumb).toBeVisible();
  const { width, height } = await thumb.evaluate((img: HTMLImageElement) => ({
    width: img.naturalWidth,
    height: img.naturalHeight,
  }));
  // Orientation 6: the 300 × 200 pixels stand upright.
  expect(width).toBeLessThan(height);
  // The thumbnail's bytes, as this device stores and sends them: every stored file but the photo.
  const stored = await storedFiles(app);
  expect(stored.map((b) => b.length).sort((a, b) => a - b)).toEqual([expect.any(Number), jpeg.length]);
  const thumbBytes = stored.find((b) => b.length !== jpeg.length)!;
  expect(thumbBytes.length).toBeLessThanOrEqual(8 * 1024);
  expect(thumbBytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  expect(thumbBytes.includes(Buffer.from('Exif'))).toBe(false);
  expect(thumbBytes.includes(Buffer.from([0x88, 0x25]))).toBe(false);
  // The full picture in the panel is upright too.
  const full = fileList(app).getByRole('img', { name: 'foto.jpg', exact: true });
  await expect(full).toBeVisible();
  expect(await full.evaluate((img: HTMLImageElement) => img.naturalWidth < img.naturalHeight)).toBe(true);
  expect(appErrors).toEqual([]);
});

test('a file over the limit is refused with a clear message, and nothing is added', async ({
  app,
  appErrors,
}, testInfo) => {
  await createWorkspace(app);
  // A sparse file: 201 MB to the file system, nothing to write.
  const big = testInfo.outputPath('Messevideo.mov');
  await writeFile(big, '');
  await truncate(big, 201 * 1024 * 1024);
  await cardButton(app, CARD).click();
  await chooseFile(app, chooseButton(app), big);
  await expect(panelOf(app).getByRole('alert')).toHaveText(
    '„Messevideo.mov“ ist 201 MB groß. Dateien dürfen höchstens 200 MB haben.',
  );
  await expect(panelOf(app).getByRole('listitem', { name: 'Messevideo.mov' })).toHaveCount(0);
  await expect(cardButton(app, CARD).getByText(/Datei/)).toHaveCount(0);
  expect(appErrors).toEqual([]);
});
