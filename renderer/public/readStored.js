// @ts-check
/*
 * Opening a workspace starts here, before the app's modules are even loaded: this classic script
 * runs while the page is parsed and reads the open workspace's stored Yjs updates from IndexedDB
 * (y-indexeddb's layout: database `sendeplan-<id>`, store `updates`), so that the read overlaps
 * loading and evaluating React and Yjs. The session takes the result over
 * (renderer/sync/storedUpdates.ts); y-indexeddb then reads only what was stored after it.
 *
 * It never creates a database: a workspace without one is left to y-indexeddb, as before.
 */
(() => {
  // The workspace the app will open (currentWorkspaceId in sync/workspaces.ts).
  const id = localStorage.getItem('sendeplan.currentWorkspace');
  if (!id || typeof indexedDB === 'undefined') return;
  try {
    const list = JSON.parse(localStorage.getItem('sendeplan.workspaces') ?? '[]');
    if (!Array.isArray(list) || !list.some((entry) => entry?.id === id)) return;
  } catch {
    return;
  }
  const name = `sendeplan-${id}`;
  /** @type {Promise<{ updates: Uint8Array[]; lastKey: number } | null>} */
  const promise = new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('updates')) {
        db.close();
        return resolve(null);
      }
      const tx = db.transaction('updates');
      const store = tx.objectStore('updates');
      const updates = store.getAll();
      const last = store.openKeyCursor(null, 'prev');
      tx.oncomplete = () => {
        db.close();
        const lastKey = last.result ? Number(last.result.key) : 0;
        resolve({ updates: /** @type {Uint8Array[]} */ (updates.result), lastKey });
      };
      tx.onabort = () => {
        db.close();
        reject(tx.error);
      };
    };
  });
  // The session handles a failed read (by reading again through y-indexeddb).
  promise.catch(() => {});
  Object.assign(window, { sendeplanStoredUpdates: { name, promise } });
})();
