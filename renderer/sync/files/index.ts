/*
 * The files of a session's workspace (files.ts), made on first use and ended with the session:
 * the store in IndexedDB, colleagues over WebRTC as the first source. Further sources (the team
 * relay's file endpoint, through `wholeFileSource`) are added with `filesOf(session).addSource`.
 */
import type { Session } from '../session';
import { FileStore } from './fileStore';
import { Files } from './files';
import { IdbBackend } from './idbBackend';
import { PeerFiles } from './peerFiles';

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
    session.onDestroy(() => {
      peers.destroy();
      created.destroy();
    });
    bySession.set(session, created);
    files = created;
  }
  return files;
}
