// A workspace of any size crosses the LAN path: a year's plan is megabytes, more than one WebRTC
// data-channel message carries (256 KiB in Chromium), so y-webrtc's messages travel in pieces
// (renderer/sync/frames.ts). Anna's laptop holds a generated 10,000-card workspace; Ben joins with
// her invite and gets every card, then a 1 MB brief crosses.
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { generateWorkspace } from '../../bench/workspace';
import { encodeInvite, newRoom } from '../../shared/invite';
import { expect, test } from './harness';
import { cardButton, join, status } from './steps';

const COLUMNS = ['Ideen', 'In Arbeit', 'Warten auf Input', 'Zur Freigabe', 'Freigegeben', 'Veröffentlicht'];

/** Puts a workspace's state into this page's IndexedDB and makes it the current one, as y-indexeddb keeps it. */
async function seedWorkspace(
  page: Page,
  workspace: { id: string; name: string; secret: string; me: string; state: string },
) {
  await page.goto('/hub-info.json');
  await page.evaluate(async (w) => {
    const update = Uint8Array.from(atob(w.state), (c) => c.charCodeAt(0));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(`sendeplan-${w.id}`);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('updates', { autoIncrement: true });
        request.result.createObjectStore('custom');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('updates', 'readwrite');
      tx.objectStore('updates').add(update);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    localStorage.setItem(
      'sendeplan.workspaces',
      JSON.stringify([{ id: w.id, name: w.name, secret: w.secret, hubs: [] }]),
    );
    localStorage.setItem('sendeplan.currentWorkspace', w.id);
    localStorage.setItem(`sendeplan.identity.${w.id}`, w.me);
  }, workspace);
  await page.goto('/');
}

/** The card count each column shows in its header. */
async function columnCounts(page: Page): Promise<string[]> {
  return Promise.all(
    COLUMNS.map((title) =>
      page.getByRole('region', { name: title, exact: true }).locator('.column-count').innerText(),
    ),
  );
}

test('a colleague joins a 10,000-card workspace over the LAN and gets every card; a 1 MB brief crosses @peers', async ({
  openPeer,
}) => {
  test.setTimeout(240_000);
  const generated = generateWorkspace({ cards: 10_000 });
  const state = Y.encodeStateAsUpdate(generated.doc);
  expect(state.byteLength).toBeGreaterThan(3 * 1024 * 1024);
  const { room, secret } = newRoom();
  const [anna, ben] = await Promise.all([openPeer('anna'), openPeer('ben')]);
  await seedWorkspace(anna.page, {
    id: room,
    name: 'Großer Plan',
    secret,
    me: generated.me,
    state: Buffer.from(state).toString('base64'),
  });
  await expect(anna.page.getByRole('region', { name: 'Ideen', exact: true })).toBeVisible({
    timeout: 60_000,
  });
  const counts = await columnCounts(anna.page);
  expect(counts.reduce((sum, count) => sum + Number(count), 0)).toBeGreaterThan(9_000);

  await join(ben.page, encodeInvite({ room, secret, name: 'Großer Plan', hubs: [] }), 'Ben Schulz');
  await expect(status(ben.page)).toHaveText('Verbunden mit 1 Kolleg:in');
  await expect.poll(() => columnCounts(ben.page), { timeout: 60_000 }).toEqual(counts);

  // A brief of 1 MB, pasted on Anna's laptop, arrives whole on Ben's.
  const title = (await anna.page
    .getByRole('button', { name: /^Karte öffnen: / })
    .first()
    .getAttribute('aria-label'))!.replace(/^Karte öffnen: /, '');
  await cardButton(anna.page, title).click();
  const brief = anna.page.getByRole('textbox', { name: 'Briefing' });
  await brief.fill('');
  await brief.focus();
  const pasted = `${'Zielgruppe, Tonalität und Kernbotschaft. '.repeat(25_600)}ENDE DES BRIEFINGS`;
  expect(pasted.length).toBeGreaterThan(1024 * 1024);
  await anna.page.keyboard.insertText(pasted);
  await cardButton(ben.page, title).click();
  await expect
    .poll(() => ben.page.getByRole('textbox', { name: 'Briefing' }).inputValue(), { timeout: 60_000 })
    .toHaveLength(pasted.length);
  expect(await ben.page.getByRole('textbox', { name: 'Briefing' }).inputValue()).toBe(pasted);
  // Seeding opened a plain file of the server, whose page asked for a favicon the server lacks.
  expect([...anna.errors, ...ben.errors].filter((error) => !error.includes('/favicon.ico'))).toEqual([]);
});
