/*
 * Versions of the workspaces on this device: the whole state of a workspace
 * (Y.encodeStateAsUpdate) at a moment, in an IndexedDB database of its own, never in the shared
 * document (so versions never reach colleagues and never grow the workspace).
 *
 *   database  sendeplan-versions
 *   versions  keyPath id, index workspaceId   the VersionInfo (shared/versions.ts): small, listed
 *   states    key id                          the state bytes, read only to open or restore one
 *
 * A full state rather than a Y.snapshot: a snapshot needs the document to keep every deleted item
 * (gc off), and could not bring back what garbage collection already removed; a state is restorable
 * as it is. After each save the retention rule (expiredVersions) lets old automatic versions go.
 */
import * as Y from 'yjs';
import { newRoom } from '../../shared/invite';
import {
  RESTORE_ORIGIN,
  holdsWorkspace,
  migrate,
  newId,
  readCards,
  renameWorkspace,
} from '../../shared/model';
import { expiredVersions, localDay, type VersionInfo, type VersionReason } from '../../shared/versions';
import type { Session } from './session';
import { identityOf, rememberWorkspace, sessionFor, setIdentity } from './workspaces';

const DATABASE = 'sendeplan-versions';
const VERSIONS = 'versions';
const STATES = 'states';

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore(VERSIONS, { keyPath: 'id' }).createIndex('workspaceId', 'workspaceId');
      db.createObjectStore(STATES);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opened = null;
      reject(request.error ?? new Error('IndexedDB could not be opened'));
    };
  });
  return opened;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

const isInfo = (v: unknown): v is VersionInfo => {
  const info = v as { [key: string]: unknown } | null;
  return (
    typeof info === 'object' &&
    info !== null &&
    typeof info.id === 'string' &&
    typeof info.workspaceId === 'string' &&
    typeof info.at === 'number' &&
    typeof info.reason === 'string' &&
    typeof info.name === 'string' &&
    typeof info.bytes === 'number' &&
    typeof info.cards === 'number'
  );
};

/** The versions of a workspace, newest first. */
export async function listVersions(workspaceId: string): Promise<VersionInfo[]> {
  const db = await database();
  const store = db.transaction(VERSIONS, 'readonly').objectStore(VERSIONS);
  const all: unknown[] = await done(store.index('workspaceId').getAll(workspaceId));
  return all.filter(isInfo).sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
}

/** The stored state of a version, or null when it is gone. */
export async function readVersionState(id: string): Promise<Uint8Array | null> {
  const db = await database();
  const value: unknown = await done(db.transaction(STATES, 'readonly').objectStore(STATES).get(id));
  return value instanceof Uint8Array ? value : value instanceof ArrayBuffer ? new Uint8Array(value) : null;
}

export async function deleteVersions(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const db = await database();
  const transaction = db.transaction([VERSIONS, STATES], 'readwrite');
  for (const id of ids) {
    transaction.objectStore(VERSIONS).delete(id);
    transaction.objectStore(STATES).delete(id);
  }
  await committed(transaction);
}

/** Listeners told when a workspace's versions changed (saved, deleted). */
const listeners = new Set<(workspaceId: string) => void>();
export function onVersionsChanged(listener: (workspaceId: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Saves the workspace's state now as a version and applies the retention rule. Never throws: a
 * version that cannot be stored (storage full, private mode) must not stop what it was taken before.
 */
export async function saveVersion(
  session: Session,
  reason: VersionReason,
  name = '',
  now = Date.now(),
): Promise<VersionInfo | null> {
  try {
    const state = Y.encodeStateAsUpdate(session.doc);
    const info: VersionInfo = {
      id: newId('v'),
      workspaceId: session.workspaceId,
      at: now,
      reason,
      name: name.trim().slice(0, 120),
      bytes: state.length,
      cards: readCards(session.doc).length,
    };
    const db = await database();
    const transaction = db.transaction([VERSIONS, STATES], 'readwrite');
    transaction.objectStore(VERSIONS).put(info);
    transaction.objectStore(STATES).put(state, info.id);
    await committed(transaction);
    await deleteVersions(expiredVersions(await listVersions(session.workspaceId), now));
    listeners.forEach((listener) => listener(session.workspaceId));
    return info;
  } catch (error) {
    console.warn('A version could not be saved:', error);
    return null;
  }
}

/** Saves the day's version unless one was taken today. */
export async function saveDailyVersion(session: Session, now = Date.now()): Promise<void> {
  const versions = await listVersions(session.workspaceId).catch(() => []);
  if (versions.some((v) => localDay(v.at) === localDay(now))) return;
  await saveVersion(session, 'daily', '', now);
}

/** Why a version's state cannot be restored: it is gone, or it holds no readable workspace. */
export class VersionUnreadable extends Error {
  constructor(readonly reason: 'missing' | 'damaged') {
    super(`The version is ${reason}`);
  }
}

/**
 * The stored state of a version, checked in a document of its own: it must apply and hold a
 * workspace. Throws VersionUnreadable otherwise, before anything is written.
 */
export async function readRestorableState(id: string): Promise<Uint8Array> {
  const state = await readVersionState(id).catch(() => null);
  if (!state) throw new VersionUnreadable('missing');
  if (!holdsWorkspace(state)) throw new VersionUnreadable('damaged');
  return state;
}

/**
 * Restores a version as a new workspace on this device (its own room and key: a copy that does not
 * sync with the original's colleagues), named `name`, with this device's identity in workspace
 * `fromId` carried over. Needs no session of the original, so it works when that one is broken.
 * Resolves with the new workspace's id once its state is stored.
 */
export async function restoreVersionAsWorkspace(
  fromId: string,
  state: Uint8Array,
  name: string,
): Promise<string> {
  const { room, secret } = newRoom();
  rememberWorkspace({ id: room, name, secret, hubs: [] });
  const me = identityOf(fromId);
  if (me) setIdentity(room, me);
  const session = sessionFor(room);
  await session.ready;
  Y.applyUpdate(session.doc, state, RESTORE_ORIGIN);
  migrate(session.doc);
  renameWorkspace(session.doc, name);
  await session.whenWritten();
  return room;
}

/** restoreVersionAsWorkspace from an open workspace, after keeping its state as a version. */
export async function restoreAsWorkspace(from: Session, state: Uint8Array, name: string): Promise<string> {
  await saveVersion(from, 'restore');
  return restoreVersionAsWorkspace(from.workspaceId, state, name);
}
