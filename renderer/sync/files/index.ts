/*
 * The files of a session's workspace (files.ts), made on first use and ended with the session:
 * the store in IndexedDB, colleagues over WebRTC as the first source, the team relay's file store
 * (relayFiles.ts) as the second when the workspace has a relay. A file added on this device is
 * also uploaded to the relay, so that colleagues who are never online with this one get it.
 */
import type { Session } from '../session';
import { FileStore } from './fileStore';
import { Files } from './files';
import { IdbBackend } from './idbBackend';
import { PeerFiles } from './peerFiles';
import { wholeFileSource } from './sources';

export { FileStoreError, STORE_LIMIT_BYTES, sha256Hex } from './fileStore';
export type { FileState } from './files';
export type { FileRequest } from './sources';
export { wholeFileSource, type FileSource, type WholeFileClient } from './sources';

const bySession = new WeakMap<Session, Files>();

export function filesOf(session: Session): Files {
  let files = bySession.get(session);
  if (!files) {
    const store = new FileStore(new IdbBackend(session.workspaceId));
    const created = new Files(store);
    const peers = new PeerFiles(store, () => session.connection?.colleagues() ?? []);
    created.addSource(peers);
    const relay = () => session.connection?.relayFiles() ?? null;
    created.addSource(
      wholeFileSource('Relay', { fetch: async (hash) => (await relay()?.get(hash)) ?? null }),
    );
    created.onAdded((hash, blob) => void relay()?.upload(hash, blob));
    session.onDestroy(() => {
      peers.destroy();
      created.destroy();
    });
    bySession.set(session, created);
    files = created;
  }
  return files;
}
