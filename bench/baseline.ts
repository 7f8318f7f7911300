/*
 * The baseline of the open-time figure, bundled by bench/main.ts into an IIFE (with the app's patch
 * of lib0, lib-internals/lib0ShortStrings.ts) and injected into a page on the app's origin with
 * page.addScriptTag: only open the workspace's IndexedDB, read all stored updates and
 * Y.applyUpdate them (what y-indexeddb does at load), nothing else.
 */
import * as Y from 'yjs';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function loadOnly(dbName: string): Promise<{ ms: number; cards: number }> {
  const start = performance.now();
  const db = await request(indexedDB.open(dbName));
  const updates = (await request(db.transaction('updates').objectStore('updates').getAll())) as Uint8Array[];
  const doc = new Y.Doc();
  Y.transact(doc, () => updates.forEach((update) => Y.applyUpdate(doc, update)), 'bench', false);
  const ms = performance.now() - start;
  db.close();
  return { ms, cards: doc.getMap('cards').size };
}

(window as unknown as { benchBaseline: typeof loadOnly }).benchBaseline = loadOnly;
