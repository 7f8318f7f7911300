/*
 * The files of a session's workspace (files.ts), made on first use and ended with the session:
 * the store in IndexedDB, colleagues over WebRTC as the first source, the team relay's file store
 * (relayFiles.ts) as the second when the workspace has a relay. Every file of the workspace's cards
 * that is here and not on the relay goes up to it (relayUploads.ts): added on this device, received
 * from a colleague, or kept while the relay was unreachable, so that colleagues who are never
 * online with this device get it.
 */
import { readAttachments } from '../../../shared/model';
import type { Session } from '../session';
import { FileStore } from './fileStore';
import { Files } from './files';
import { IdbBackend } from './idbBackend';
import { PeerFiles } from './peerFiles';
import { RelayUploads } from './relayUploads';
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
    const uploads = new RelayUploads(
      store,
      () => cardFileHashes(session),
      relay,
      (hash, _, message) => console.warn(`Sendeplan: the relay did not take file ${hash}: ${message}`),
    );
    // A pass when a file is stored here, when the cards' files change, and when the relay connects.
    let relayState: string | undefined;
    const unsubscribes = [
      store.subscribe(() => void uploads.sync()),
      session.subscribeTo(['attachments'], () => void uploads.sync()),
      session.subscribe(() => {
        const state = session.connection?.relayInfo?.state;
        if (state === relayState) return;
        relayState = state;
        if (state === 'connected') void uploads.sync();
      }),
    ];
    session.onDestroy(() => {
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      uploads.stop();
      peers.destroy();
      created.destroy();
    });
    bySession.set(session, created);
    files = created;
  }
  return files;
}

/** The hashes of every file and thumbnail on the workspace's cards. */
function* cardFileHashes(session: Session): Iterable<string> {
  for (const attachment of readAttachments(session.doc)) {
    yield attachment.hash;
    if (attachment.thumb) yield attachment.thumb.hash;
  }
}
