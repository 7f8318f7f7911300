/*
 * Where a file's bytes can come from. The fetcher (files.ts) asks its sources in turn until one has
 * the file; each source stores what it fetched through the store, which checks the hash, so no
 * source can slip in bytes that do not match.
 *
 * Sources today: the colleagues connected over WebRTC (peerFiles.ts). A source that hands out whole
 * files by hash, such as the team relay's file endpoint, plugs in through `wholeFileSource`.
 */
import { FileStoreError, type FileStore } from './fileStore';
import type { RefusalReason } from './transfer';

export interface FileRequest {
  hash: string;
  /** The size the card's record declares; anything else is refused. */
  size: number;
  type: string;
}

export type SourceResult =
  | { kind: 'done' }
  | { kind: 'none' }
  /** The source sent something else than the file: nothing was kept. `from` names who. */
  | { kind: 'refused'; reason: RefusalReason; from: string };

export interface FileSource {
  /** Who this source is, for reports ("Ben Schulz", "Team-Server"). */
  readonly label: string;
  /**
   * Fetches the file into `store` (which verifies it), reporting bytes received so far. Resolves
   * `none` when this source does not have it or cannot be reached.
   */
  fetch(
    request: FileRequest,
    store: FileStore,
    onProgress: (received: number) => void,
    signal: AbortSignal,
  ): Promise<SourceResult>;
  /** Hears when this source may have more to offer (a colleague connected): the fetcher tries again. */
  subscribe?(listener: () => void): () => void;
}

/** What a client that fetches and uploads whole files by hash offers (the relay's file client). */
export interface WholeFileClient {
  fetch(hash: string): Promise<Uint8Array | null>;
  upload?(hash: string, bytes: Uint8Array): Promise<unknown>;
}

/** A source over a client that returns whole files by hash. */
export function wholeFileSource(label: string, client: WholeFileClient): FileSource {
  return {
    label,
    async fetch(request, store, onProgress, signal) {
      const bytes = await client.fetch(request.hash).catch(() => null);
      if (!bytes || signal.aborted) return { kind: 'none' };
      if (bytes.byteLength !== request.size) return { kind: 'refused', reason: 'size', from: label };
      try {
        await store.put(new Blob([bytes as BlobPart], { type: request.type }), request.hash);
      } catch (error) {
        if (error instanceof FileStoreError && (error.code === 'mismatch' || error.code === 'full'))
          return { kind: 'refused', reason: error.code, from: label };
        throw error;
      }
      onProgress(bytes.byteLength);
      return { kind: 'done' };
    },
  };
}
