// A workspace of any size crosses the LAN path: a year's plan is megabytes, more than one WebRTC
// data-channel message carries (256 KiB in Chromium), so y-webrtc's messages travel in pieces
// (renderer/sync/frames.ts). Anna's laptop holds a generated 10,000-card workspace; Ben joins with
// her invite and gets every card, then an edit of over 1 MB crosses.
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { generateWorkspace } from '../../bench/workspace';
import { encodeInvite, newRoom } from '../../shared/invite';
import { expect, test } from './harness';
import { cardButton, join, status } from './steps';

const COLUMNS = ['Ideen', 'In Arbeit', 'Warten auf Input', 'Zur Freigabe', 'Freigegeben', 'Veröffentlicht'];

/** Puts a workspace's state into this page's IndexedDB and makes it the current one, as y-indexeddb keeps it. */
interface Hooked {
  sendeplanTest: { applyUpdate(base64: string): void };
}

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
    localStorage.setItem('sendeplan.testHook', '1');
    // The device keeps this list in its own store (renderer/sync/deviceStore.ts) and takes it over
    // from localStorage when that store is new: drop the store, so the next start reads the list.
    await new Promise<void>((resolve, reject) => {
      const deleting = indexedDB.deleteDatabase('sendeplan-device');
      deleting.onsuccess = () => resolve();
      deleting.onerror = () => reject(deleting.error);
    });
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

test('a colleague joins a 10,000-card workspace over the LAN and gets every card; an edit of over 1 MB crosses @peers', async ({
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

  // One edit of over 1 MB on Anna's laptop arrives whole on Ben's: the briefs of 60 cards (each
  // within the brief's size limit) rewritten in one transaction travel as one update. Made in
  // Node on a copy of her state and applied to her document as if she had typed it
  // (renderer/sync/testHook.ts), so that it travels like any edit of hers.
  // The card Ben opens is one he sees at the top of "Ideen"; every card of that title gets the
  // same brief (titles of the generated plan repeat), 59 others a brief of their own.
  const shown = (await ben.page
    .getByRole('region', { name: 'Ideen', exact: true })
    .getByRole('button', { name: /^Karte öffnen: / })
    .first()
    .getAttribute('aria-label'))!.replace(/^Karte öffnen: /, '');
  const copy = new Y.Doc();
  Y.applyUpdate(copy, state);
  const cards = copy.getMap<Y.Map<unknown>>('cards');
  const same = [...cards.keys()].filter((id) => cards.get(id)!.get('title') === shown);
  const others = [...cards.keys()].filter((id) => !same.includes(id)).slice(0, 59);
  const briefOf = (end: string) => `${'Zielgruppe, Tonalität und Kernbotschaft. '.repeat(440)}ENDE ${end}`;
  const before = Y.encodeStateVector(copy);
  copy.transact(() =>
    [...same.map((id) => [id, shown]), ...others.map((id, i) => [id, String(i)])].forEach(([id, end]) => {
      const body = new Y.Text();
      body.insert(0, briefOf(end!));
      cards.get(id!)!.set('body', body);
    }),
  );
  const edit = Y.encodeStateAsUpdate(copy, before);
  expect(edit.byteLength).toBeGreaterThan(1024 * 1024);
  await anna.page.evaluate(
    (update) => (window as unknown as Hooked).sendeplanTest.applyUpdate(update),
    Buffer.from(edit).toString('base64'),
  );
  await cardButton(ben.page, shown).first().click();
  await expect
    .poll(() => ben.page.getByRole('textbox', { name: 'Briefing' }).inputValue(), { timeout: 60_000 })
    .toBe(briefOf(shown));
  // Seeding opened a plain file of the server, whose page asked for a favicon the server lacks.
  expect([...anna.errors, ...ben.errors].filter((error) => !error.includes('/favicon.ico'))).toEqual([]);
});
