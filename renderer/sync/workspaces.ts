/*
 * Device-local state, kept in the device store (deviceStore.ts: IndexedDB) and never in the shared
 * document: which workspaces this device has, which one is open, and who the user is in each
 * ("who am I" is a pointer into the workspace's people, chosen per device). In the desktop app the
 * secrets in the list are sealed with the OS keychain (secretVault.ts).
 */
import { isHubUrl, type Invite } from '../../shared/invite';
import { isRelayUrl } from '../../shared/relayToken';
import type { PersonId } from '../../shared/model';
import { readDeviceValue, writeDeviceValue } from './deviceStore';
import { revealedSecret, revealStoredSecrets, sealStoredSecrets } from './secretVault';
import { Session } from './session';

/** A workspace this device has. `id` is the y-webrtc room; `secret` its password. */
export interface WorkspaceEntry {
  id: string;
  name: string;
  secret: string;
  /** Signaling hubs from the invite or added by hand (the local hub is found at run time). */
  hubs: string[];
  /** The team relay's address, from the invite or the settings. */
  relay?: string;
}

const LIST_KEY = 'sendeplan.workspaces';
const CURRENT_KEY = 'sendeplan.currentWorkspace';
const identityKey = (workspaceId: string) => `sendeplan.identity.${workspaceId}`;

function readStored(): unknown[] {
  try {
    const value: unknown = JSON.parse(readDeviceValue(LIST_KEY) ?? '[]');
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

function readList(): WorkspaceEntry[] {
  return readStored()
    .map((stored): Record<string, unknown> | null => {
      if (typeof stored !== 'object' || stored === null) return null;
      const entry = stored as Record<string, unknown>;
      // A sealed secret is stored empty beside `sealed`; its plain text is known once revealed.
      const secret = entry.secret || (typeof entry.id === 'string' ? revealedSecret(entry.id) : undefined);
      return { id: entry.id, name: entry.name, secret, hubs: entry.hubs, relay: entry.relay };
    })
    .filter(
      (entry): entry is Record<string, unknown> & WorkspaceEntry =>
        entry !== null &&
        typeof entry.id === 'string' &&
        typeof entry.name === 'string' &&
        typeof entry.secret === 'string' &&
        entry.secret !== '' &&
        Array.isArray(entry.hubs) &&
        entry.hubs.every(isHubUrl) &&
        (entry.relay === undefined || isRelayUrl(entry.relay)),
    );
}

/** Desktop: reveals the sealed secrets before the app reads the list. */
export function revealSecrets(): Promise<void> {
  return revealStoredSecrets(readStored() as { id?: unknown; sealed?: unknown }[]);
}

/** Desktop: replaces plain secrets in the stored list by sealed ones, soon after each write. */
function sealSoon(): void {
  void sealStoredSecrets(readStored() as { id?: unknown; secret?: unknown }[]).then((sealed) => {
    if (sealed) writeDeviceValue(LIST_KEY, JSON.stringify(sealed));
  });
}

export function listWorkspaces(): WorkspaceEntry[] {
  return readList();
}

export function currentWorkspaceId(): string | null {
  const id = readDeviceValue(CURRENT_KEY);
  return id && readList().some((entry) => entry.id === id) ? id : null;
}

export function rememberWorkspace(entry: WorkspaceEntry): void {
  const list = readList().filter((existing) => existing.id !== entry.id);
  writeDeviceValue(LIST_KEY, JSON.stringify([...list, entry]));
  writeDeviceValue(CURRENT_KEY, entry.id);
  sealSoon();
}

/**
 * Whether this device already has the invite's room with another secret. Such an invite (or backup)
 * would move the board onto a key someone else chose: anyone who knows a room id (every hub sees it)
 * could write one. It is refused; a renewed key arrives with a new room id instead.
 */
export function hasOtherSecret(invite: Pick<Invite, 'room' | 'secret'>): boolean {
  const existing = workspaceEntry(invite.room);
  return existing !== undefined && existing.secret !== invite.secret;
}

/**
 * Remembers the workspace of an invite (or of a backup's) and makes it the current one. One this
 * device has keeps its name and gains the invite's hubs; one it has with another secret is refused
 * (throws; callers ask hasOtherSecret first and say so). Returns the workspace's id.
 */
export function rememberInvite(invite: Invite, unnamed: string): string {
  if (hasOtherSecret(invite)) throw new Error(`Workspace ${invite.room} has another secret here`);
  const existing = workspaceEntry(invite.room);
  rememberWorkspace({
    id: invite.room,
    name: existing?.name ?? (invite.name || unnamed),
    secret: invite.secret,
    hubs: [...new Set([...(existing?.hubs ?? []), ...invite.hubs])],
    relay: invite.relay ?? existing?.relay,
  });
  return invite.room;
}

/** Changes a workspace entry (name, hubs, relay) and returns the new one. */
export function updateWorkspaceEntry(
  id: string,
  patch: Partial<Omit<WorkspaceEntry, 'id'>>,
): WorkspaceEntry | undefined {
  const list = readList();
  const index = list.findIndex((entry) => entry.id === id);
  if (index < 0) return undefined;
  const entry = { ...list[index]!, ...patch };
  list[index] = entry;
  writeDeviceValue(LIST_KEY, JSON.stringify(list));
  sealSoon();
  return entry;
}

export function workspaceEntry(id: string): WorkspaceEntry | undefined {
  return readList().find((entry) => entry.id === id);
}

/** Forgets a workspace on this device: its entry, its identity, and which one is open. */
export function forgetWorkspaceEntry(id: string): void {
  const stored = readStored().filter((entry) => (entry as { id?: unknown } | null)?.id !== id);
  writeDeviceValue(LIST_KEY, JSON.stringify(stored));
  writeDeviceValue(identityKey(id), null);
  if (readDeviceValue(CURRENT_KEY) === id) writeDeviceValue(CURRENT_KEY, null);
}

export function switchWorkspace(id: string): void {
  writeDeviceValue(CURRENT_KEY, id);
}

export function identityOf(workspaceId: string): PersonId | null {
  return (readDeviceValue(identityKey(workspaceId)) as PersonId | null) ?? null;
}

export function setIdentity(workspaceId: string, personId: PersonId): void {
  writeDeviceValue(identityKey(workspaceId), personId);
}

const sessions = new Map<string, Session>();

/** The one session of a workspace on this page, created on first use (idempotent, StrictMode-safe). */
export function sessionFor(workspaceId: string): Session {
  let session = sessions.get(workspaceId);
  if (!session) {
    session = new Session(workspaceId);
    sessions.set(workspaceId, session);
  }
  return session;
}

/** Closes a workspace's session explicitly (switching workspaces), after its writes are stored. */
export async function closeSession(workspaceId: string): Promise<void> {
  const session = sessions.get(workspaceId);
  sessions.delete(workspaceId);
  await session?.destroy();
}

/** Waits until every open session has stored its local changes (before the window closes). */
export async function flushAll(): Promise<void> {
  await Promise.all([...sessions.values()].map((session) => session.whenWritten()));
}
