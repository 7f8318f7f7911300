/*
 * This device's signing keys and the keys it trusts, in their own IndexedDB database
 * (`sendeplan-device-keys`), never in the shared document:
 *
 *   keys  `<workspaceId>:<personId>` -> { keyId, publicKey, privateKey: CryptoKey }
 *         the private key is a non-extractable WebCrypto key: IndexedDB stores the handle, and no
 *         script (this app's included) can read its bytes out
 *   pins  `<workspaceId>:<personId>` -> string[]   key ids this device trusts for the person
 *         (its own key, and the first anchor it saw: shared/model/signatures.ts)
 *
 * Forgetting a workspace on this device (removeWorkspace) deletes both.
 */
import {
  generateKeyPair,
  readDeviceKeys,
  registerKey,
  trustedKeys,
  type KeyPair,
  type PersonId,
  type Trust,
} from '../../shared/model';
import type { Session } from './session';

const DB_NAME = 'sendeplan-device-keys';
const KEYS = 'keys';
const PINS = 'pins';

let opening: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(KEYS);
      request.result.createObjectStore(PINS);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
  });
  return opening;
}

async function run<T>(store: string, mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>) {
  const db = await database();
  return new Promise<T>((resolve, reject) => {
    const transaction = db.transaction(store, mode);
    const request = act(transaction.objectStore(store));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
  });
}

const slot = (workspaceId: string, personId: string) => `${workspaceId}:${personId}`;

function isKeyPair(value: unknown): value is KeyPair {
  const v = value as Partial<KeyPair> | null;
  return typeof v?.keyId === 'string' && typeof v.publicKey === 'string' && v.privateKey instanceof CryptoKey;
}

/** This device's key for the person in the workspace, if it made one. */
export async function deviceKeyOf(workspaceId: string, personId: PersonId): Promise<KeyPair | null> {
  const value: unknown = await run(KEYS, 'readonly', (s) => s.get(slot(workspaceId, personId)));
  return isKeyPair(value) ? value : null;
}

const pinCache = new Map<string, Set<string>>();

export async function pinsOf(workspaceId: string, personId: PersonId): Promise<Set<string>> {
  const key = slot(workspaceId, personId);
  let pins = pinCache.get(key);
  if (!pins) {
    const value: unknown = await run(PINS, 'readonly', (s) => s.get(key));
    pins = new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
    pinCache.set(key, pins);
  }
  return pins;
}

async function pin(workspaceId: string, personId: PersonId, keyId: string): Promise<void> {
  const pins = await pinsOf(workspaceId, personId);
  if (pins.has(keyId)) return;
  pins.add(keyId);
  await run(PINS, 'readwrite', (s) => s.put([...pins], slot(workspaceId, personId)));
}

/**
 * Makes sure this device holds a key for the person it says it is and that the document knows its
 * public half. A person who has no key yet gets this one as theirs (pinned here); one who has a key
 * elsewhere gets it as pending, which proves nothing until a trusted device of theirs confirms it.
 */
export async function ensureDeviceKey(session: Session, personId: PersonId): Promise<KeyPair> {
  const workspaceId = session.workspaceId;
  let key = (await deviceKeyOf(workspaceId, personId)) ?? (await keyFromRenewal(session, personId));
  if (!key) {
    key = await generateKeyPair();
    const made = key;
    await run(KEYS, 'readwrite', (s) => s.put(made, slot(workspaceId, personId)));
  }
  const known = readDeviceKeys(session.doc, personId).some((k) => k.keyId === key.keyId);
  if (!known) {
    const { pending } = registerKey(session.doc, key, personId);
    if (!pending) await pin(workspaceId, personId, key.keyId);
  }
  return key;
}

/**
 * A key this device holds for the person under another workspace id that is registered in this
 * document: the workspace is the same one under a renewed key (its state, keys included, was
 * copied). Taken over, so that the person keeps deciding with proof after joining the new invite.
 */
async function keyFromRenewal(session: Session, personId: PersonId): Promise<KeyPair | null> {
  const registered = new Set(readDeviceKeys(session.doc, personId).map((k) => k.keyId));
  if (registered.size === 0) return null;
  const all: unknown[] = await run(KEYS, 'readonly', (s) => s.getAll());
  const found = all.find((value): value is KeyPair => isKeyPair(value) && registered.has(value.keyId));
  if (!found) return null;
  await run(KEYS, 'readwrite', (s) => s.put(found, slot(session.workspaceId, personId)));
  await pin(session.workspaceId, personId, found.keyId);
  return found;
}

/** Copies this device's keys and pins of a workspace to its renewed id. */
export async function copyKeys(fromWorkspace: string, toWorkspace: string): Promise<void> {
  const range = IDBKeyRange.bound(`${fromWorkspace}:`, `${fromWorkspace}:\uffff`);
  for (const store of [KEYS, PINS]) {
    const [keys, values] = await Promise.all([
      run(store, 'readonly', (s) => s.getAllKeys(range)),
      run(store, 'readonly', (s) => s.getAll(range)),
    ]);
    for (let i = 0; i < keys.length; i++) {
      const personId = String(keys[i]).slice(fromWorkspace.length + 1);
      await run(store, 'readwrite', (s) => s.put(values[i], slot(toWorkspace, personId)));
    }
  }
}

/** The keys this device trusts for the person; pins the anchor the first time it finds one. */
export async function trustOf(session: Session, personId: PersonId): Promise<Trust> {
  const pins = await pinsOf(session.workspaceId, personId);
  const trust = await trustedKeys(session.doc, personId, pins);
  if (trust.anchor) await pin(session.workspaceId, personId, trust.anchor);
  return trust;
}

/** Deletes this device's keys and pins of a workspace (the workspace is removed from the device). */
export async function forgetKeys(workspaceId: string): Promise<void> {
  const range = IDBKeyRange.bound(`${workspaceId}:`, `${workspaceId}:\uffff`);
  await run(KEYS, 'readwrite', (s) => s.delete(range));
  await run(PINS, 'readwrite', (s) => s.delete(range));
  for (const key of [...pinCache.keys()]) if (key.startsWith(`${workspaceId}:`)) pinCache.delete(key);
}
