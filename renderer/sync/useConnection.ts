import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { Connection, Presence, SyncStatus } from './connection';
import { hubsToConnect, localHubs } from './hubs';
import type { RelayInfo } from './relayLink';
import { CONNECTION_PARTS, type Session } from './session';
import { useSession } from './useDocValue';
import type { WorkspaceEntry } from './workspaces';

/** Until the connection's code is loaded and started, the header says it is connecting. */
const CONNECTING: SyncStatus = { kind: 'connecting' };
const NOBODY: Presence[] = [];

/** Connects (or reconnects with new hubs) through the local hub and the workspace's hubs. */
export async function connectSession(session: Session, entry: WorkspaceEntry): Promise<void> {
  const local = await localHubs();
  await session.connect({
    room: entry.id,
    secret: entry.secret,
    hubs: hubsToConnect(local, entry.hubs),
    relay: entry.relay ?? null,
  });
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

/** Subscribes to changes of the connection (sync status, presence), not of the document. */
function useConnectionValue<T>(read: (connection: Connection | null) => T): T {
  const session = useSession();
  const subscribe = useCallback(
    (listener: () => void) => session.subscribeTo(CONNECTION_PARTS, listener),
    [session],
  );
  return useSyncExternalStore(subscribe, () => read(session.connection));
}

export function useSyncStatus(): SyncStatus {
  return useConnectionValue((connection) => connection?.status ?? CONNECTING);
}

/** Whether a connection to a colleague is being synced anew after a failed send. */
export function useResyncing(): boolean {
  return useConnectionValue((connection) => connection?.resyncing ?? false);
}

/** The team relay's state and whether it holds every local change; null without a relay. */
export function useRelayInfo(): RelayInfo | null {
  return useConnectionValue((connection) => connection?.relayInfo ?? null);
}

/** Colleagues present now; none while no colleague nor the relay is connected (stale states are not shown). */
export function usePresence(): Presence[] {
  return useConnectionValue((connection) =>
    connection && (connection.status.kind === 'connected' || connection.relayInfo?.state === 'connected')
      ? connection.presence
      : NOBODY,
  );
}

/** The session's connection, once it exists. */
export function useSyncConnection(): Connection | null {
  return useConnectionValue((connection) => connection);
}

/** Colleagues who have this card open right now. */
export function useCardPresence(cardId: string): Presence[] {
  const presence = usePresence();
  return presence.filter((p) => p.cardId === cardId);
}
