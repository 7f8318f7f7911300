// The peer fixtures themselves: a reopened peer is a new Chromium process on the same profile,
// so what the page stored in IndexedDB is there again, after a user-like close and after a crash.
import type { Page } from '@playwright/test';
import { expect, test } from './index';

/** Stores `value` under key "probe" in IndexedDB and waits until the transaction committed. */
function store(page: Page, value: string): Promise<void> {
  return page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('harness-probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('kv');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          tx.objectStore('kv').put(value, 'probe');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );
}

function load(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('harness-probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('kv');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('kv').objectStore('kv').get('probe');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

test('reopen relaunches a peer on its own profile, after a close and after a crash @peers', async ({
  openPeer,
  reopen,
}) => {
  const [carla, dora] = await Promise.all([openPeer('carla'), openPeer('dora')]);
  await store(carla.page, 'vor dem Schließen');
  expect(await load(dora.page)).toBeUndefined(); // separate profiles: separate IndexedDB

  const firstPage = carla.page;
  await reopen(carla);
  expect(firstPage.isClosed()).toBe(true);
  expect(carla.launches).toBe(2);
  expect(await load(carla.page)).toBe('vor dem Schließen');

  await store(carla.page, 'vor dem Absturz');
  await reopen(carla, { crash: true });
  expect(carla.launches).toBe(3);
  expect(await load(carla.page)).toBe('vor dem Absturz');
  expect(carla.errors).toEqual([]);
});
