import { useEffect, useSyncExternalStore } from 'react';
import type { Connection, Presence, SyncStatus } from './connection';
import { localHubs } from './hubs';
import type { Session } from './session';
import { useSession } from './useDocValue';
import type { WorkspaceEntry } from './workspaces';

const OFFLINE: SyncStatus = { kind: 'offline' };
const NOBODY: Presence[] = [];

/** Connects (or reconnects with new hubs) through the local hub and the workspace's hubs. */
export async function connectSession(session: Session, entry: WorkspaceEntry): Promise<void> {
  const local = await localHubs();
  await session.connect({ room: entry.id, secret: entry.secret, hubs: [...local, ...entry.hubs] });
}

/** Connects the session to its colleagues once the local hub is known. */
export function useSync(session: Session, entry: WorkspaceEntry | undefined) {
  useEffect(() => {
    if (!entry) return;
    const connect = () => void connectSession(session, entry);
    connect();
    // Desktop: hubs come and go on the LAN, and the own hub restarts when its LAN setting changes.
    const offLan = window.desktop?.onLanHubsChanged(connect);
    const offLocal = window.desktop?.onLocalHubChanged(connect);
    return () => {
      offLan?.();
      offLocal?.();
    };
  }, [session, entry]);
}

export function useSyncStatus(): SyncStatus {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, () => session.connection?.status ?? OFFLINE);
}

/** Colleagues present now; none while no colleague is connected (stale states are not shown). */
export function usePresence(): Presence[] {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, () => {
    const connection = session.connection;
    return connection && connection.status.kind === 'connected' ? connection.presence : NOBODY;
  });
}

/** The session's connection, once it exists. */
export function useSyncConnection(): Connection | null {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, () => session.connection);
}

/** Colleagues who have this card open right now. */
export function useCardPresence(cardId: string): Presence[] {
  const presence = usePresence();
  return presence.filter((p) => p.cardId === cardId);
}
