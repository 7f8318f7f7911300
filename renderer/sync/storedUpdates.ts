/*
 * The stored updates of the workspace this page opened with, read by renderer/public/readStored.js
 * while the page was still loading (see there). A session takes them over once; a later session of
 * the same workspace (after switching away and back) reads IndexedDB itself.
 */

/** The workspace's stored updates and the key of the last one (y-indexeddb reads the keys after it). */
export interface StoredUpdates {
  updates: Uint8Array[];
  lastKey: number;
}

interface EarlyRead {
  name: string;
  promise: Promise<StoredUpdates | null>;
}

const page = globalThis as { sendeplanStoredUpdates?: EarlyRead };

/** The early read of this database, if the page started one and no session took it yet. */
export function takeStoredUpdates(name: string): Promise<StoredUpdates | null> | null {
  const early = page.sendeplanStoredUpdates;
  if (early?.name !== name) return null;
  delete page.sendeplanStoredUpdates;
  return early.promise;
}
