/*
 * Taking access back on this device's side (docs/features/access.md):
 *
 * renewKey: a new room and secret, the whole state copied into it (keys and signatures included,
 * so decisions stay verifiable), this device's keys and identity carried over, and a "moved" marker
 * left in the old room (shared/model/access.ts). From then on this device syncs only in the new room;
 * the old copy is removed from it. Colleagues who stay join with the new invite; a device that does
 * not get it stays in the old room, where nobody who moved hears it any more. Only the room id and
 * the secret change, so a relay can be told to accept the new one alone.
 *
 * removeFromDevice: the workspace's IndexedDB database, its entry with the secret, the identity and
 * this device's keys for it are deleted.
 */
import * as Y from 'yjs';
import { newRoom } from '../../shared/invite';
import { markMoved, type PersonId } from '../../shared/model';
import { copyKeys, forgetKeys } from './deviceKeys';
import { deleteFilesDb } from './files/idbBackend';
import type { Session } from './session';
import {
  closeSession,
  forgetWorkspaceEntry,
  rememberWorkspace,
  sessionFor,
  setIdentity,
  workspaceEntry,
  type WorkspaceEntry,
} from './workspaces';

/** Workspaces this page renewed: their marker is not news here (no "moved" banner behind the dialog). */
const renewedHere = new Set<string>();

export const wasRenewedHere = (workspaceId: string): boolean => renewedHere.has(workspaceId);

/** The origin of the copied state: not the user's edit, so undo never takes it back. */
const RENEWAL_ORIGIN = Symbol('sendeplan.renewal');

export async function renewKey(session: Session, me: PersonId | null): Promise<WorkspaceEntry> {
  const old = workspaceEntry(session.workspaceId);
  if (!old) throw new Error(`Workspace ${session.workspaceId} is not on this device`);
  const { room, secret } = newRoom();
  const next = sessionFor(room);
  await next.ready;
  Y.applyUpdate(next.doc, Y.encodeStateAsUpdate(session.doc), RENEWAL_ORIGIN);
  await next.whenWritten();
  await copyKeys(old.id, room);
  // The team relay stays: it opens the new room to the new key only (its token is derived from the
  // secret), and the old room keeps only what was there before.
  const entry: WorkspaceEntry = {
    id: room,
    name: old.name,
    secret,
    hubs: old.hubs,
    ...(old.relay ? { relay: old.relay } : {}),
  };
  if (me) setIdentity(room, me);
  // The marker goes to whoever is still connected in the old room; it names neither room nor key.
  renewedHere.add(old.id);
  markMoved(session.doc, me);
  await session.whenWritten();
  rememberWorkspace(entry);
  return entry;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
  });
}

export async function removeFromDevice(workspaceId: string): Promise<void> {
  await closeSession(workspaceId);
  forgetWorkspaceEntry(workspaceId);
  await forgetKeys(workspaceId);
  await deleteDatabase(`sendeplan-${workspaceId}`);
  await deleteFilesDb(workspaceId);
}
