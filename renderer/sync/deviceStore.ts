/*
 * What this device knows outside any workspace document (the list of workspaces, the open one, who
 * the user is in each, the language), stored as durably as the documents: in IndexedDB, each
 * write its own transaction with strict durability. localStorage was written lazily by the browser:
 * a workspace created a second before the app died was in IndexedDB, its entry in the list was not.
 *
 * Reads are synchronous from a copy loaded once at start (`openDeviceStore`, before the app renders).
 * Writes change the copy at once and are committed in the background; `deviceWritten` resolves
 * when every write so far is committed, and whoever moves the UI on after a write waits for it.
 * Each value is also mirrored into localStorage under the same key, for what must read before
 * any module runs (public/readStored.js, the page language); the mirror is never read back here.
 *
 * On the first start after an update, the values kept in localStorage until then are taken over.
 */

const DB_NAME = 'sendeplan-device';
const STORE = 'values';
/** Set once the values of localStorage were taken over. */
const MIGRATED = 'sendeplan.device.migrated';
/** The keys of this device's values, as they were and are kept in localStorage. */
const KEYS = /^sendeplan\.(workspaces|currentWorkspace|identity\..+|locale)$/;

const values = new Map<string, unknown>();
let db: IDBDatabase | null = null;
let pending: Promise<void> = Promise.resolve();

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function openDb(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

/** Loads the device's values (once); takes over those of localStorage on the first start. */
export async function openDeviceStore(): Promise<void> {
  if (db) return;
  try {
    db = await openDb();
    const tx = db.transaction(STORE, 'readonly');
    const store = tx.objectStore(STORE);
    const [keys, stored] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
    keys.forEach((key, i) => values.set(String(key), stored[i]));
  } catch {
    // No IndexedDB (a private window that refuses it): the values live in localStorage as before.
    db = null;
  }
  if (!values.has(MIGRATED)) migrateFromLocalStorage();
}

function migrateFromLocalStorage(): void {
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key || !KEYS.test(key) || values.has(key)) continue;
    const raw = localStorage.getItem(key);
    if (raw !== null) writeRaw(key, raw);
  }
  writeRaw(MIGRATED, '1');
}

/** The value stored under `key`, as text (what localStorage held), or null. */
export function readDeviceValue(key: string): string | null {
  const value = values.get(key);
  if (typeof value === 'string') return value;
  if (!db) return localStorage.getItem(key);
  return null;
}

/** Stores `value` under `key` (null removes it); `deviceWritten` says when it is committed. */
export function writeDeviceValue(key: string, value: string | null): void {
  writeRaw(key, value);
}

function writeRaw(key: string, value: string | null): void {
  if (value === null) values.delete(key);
  else values.set(key, value);
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // A full or refused localStorage: the mirror only speeds up the start.
  }
  const database = db;
  if (!database) return;
  const write = new Promise<void>((resolve, reject) => {
    const tx = database.transaction(STORE, 'readwrite', { durability: 'strict' });
    const store = tx.objectStore(STORE);
    if (value === null) store.delete(key);
    else store.put(value, key);
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.commit();
  });
  // A failed write is reported where it happened (the console), never as a failure of a later one.
  write.catch((error: unknown) => console.error('Sendeplan: a device setting was not stored', error));
  pending = pending.then(() => write.catch(() => undefined));
}

/** Resolves when every value written so far is committed to IndexedDB. */
export function deviceWritten(): Promise<void> {
  return pending;
}

/**
 * The device's own databases, beside one per workspace: this store, the signing keys
 * (deviceKeys.ts) and the versions (versions.ts). Never mistaken for a workspace.
 */
const DEVICE_DATABASES = [DB_NAME, 'sendeplan-device-keys', 'sendeplan-versions'];

/** A workspace's files (files/idbBackend.ts), beside its document: never a workspace of its own. */
const FILES_DB_PREFIX = 'sendeplan-files-';

/** The database name of a workspace's document (y-indexeddb's, see session.ts). */
export const workspaceDbName = (id: string) => `sendeplan-${id}`;

/**
 * Workspaces whose document is stored on this device but that are not in `known`: left by an
 * older version that died before writing its list, or by a list that was lost. Their ids.
 */
export async function orphanedWorkspaces(known: readonly string[]): Promise<string[]> {
  if (typeof indexedDB.databases !== 'function') return [];
  const names = (await indexedDB.databases()).map((info) => info.name ?? '');
  const ids = new Set(known);
  return names
    .filter(
      (name) =>
        name.startsWith('sendeplan-') &&
        !DEVICE_DATABASES.includes(name) &&
        !name.startsWith(FILES_DB_PREFIX),
    )
    .map((name) => name.slice('sendeplan-'.length))
    .filter((id) => id.length > 0 && !ids.has(id));
}
