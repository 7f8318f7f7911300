/*
 * The device's own store of a workspace's files, keyed by the SHA-256 of their bytes. Nothing is
 * stored under a hash it does not have: `put` hashes what it is given and refuses a mismatch, so
 * a colleague who sends other bytes than the card names gets nothing kept and nothing shown.
 *
 * A transfer in progress is kept as parts (`appendPart`), so a connection that drops resumes where
 * it stopped (`resumeAt`); `finish` joins and checks them. The store holds at most `limit` bytes per
 * workspace: a file that does not fit is refused with `full`, and `free` gives space back (the
 * files of archived cards, chosen in the UI).
 *
 * Where the bytes live is the backend's affair: IndexedDB in the app (idbBackend.ts), memory in tests.
 */
import { FILE_LIMIT_BYTES } from '../../../shared/model';

/** Bytes of files one workspace may keep on this device. */
export const STORE_LIMIT_BYTES = 4 * 1024 ** 3;

export interface FileBackend {
  get(hash: string): Promise<Blob | null>;
  put(hash: string, blob: Blob): Promise<void>;
  delete(hash: string): Promise<void>;
  /** Every stored file's size, by hash. */
  sizes(): Promise<Map<string, number>>;
  /** The parts of an unfinished transfer, in order. */
  parts(hash: string): Promise<Blob[]>;
  putPart(hash: string, index: number, blob: Blob): Promise<void>;
  dropParts(hash: string): Promise<void>;
}

export type FileStoreErrorCode = 'mismatch' | 'full' | 'tooLarge';

export class FileStoreError extends Error {
  constructor(readonly code: FileStoreErrorCode) {
    super(`file store: ${code}`);
  }
}

/** The SHA-256 of the bytes as 64 lowercase hex characters. */
export async function sha256Hex(bytes: Blob | Uint8Array): Promise<string> {
  const buffer = bytes instanceof Blob ? await bytes.arrayBuffer() : bytes;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class FileStore {
  private known: Promise<Map<string, number>> | null = null;
  private readonly partCounts = new Map<string, number>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly backend: FileBackend,
    readonly limit = STORE_LIMIT_BYTES,
  ) {}

  private sizes(): Promise<Map<string, number>> {
    this.known ??= this.backend.sizes();
    return this.known;
  }

  /** Hears every file stored or freed. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async has(hash: string): Promise<boolean> {
    return (await this.sizes()).has(hash);
  }

  get(hash: string): Promise<Blob | null> {
    return this.backend.get(hash);
  }

  /** The hashes of every file kept here. */
  async hashes(): Promise<string[]> {
    return [...(await this.sizes()).keys()];
  }

  /** Bytes and files this workspace keeps on this device. */
  async usage(): Promise<{ bytes: number; files: number }> {
    const sizes = await this.sizes();
    let bytes = 0;
    sizes.forEach((size) => (bytes += size));
    return { bytes, files: sizes.size };
  }

  /** Throws `tooLarge` or `full` unless a file of `size` bytes fits. */
  async ensureRoom(size: number): Promise<void> {
    if (size > FILE_LIMIT_BYTES) throw new FileStoreError('tooLarge');
    if ((await this.usage()).bytes + size > this.limit) throw new FileStoreError('full');
  }

  /** Stores the bytes under their hash (checked against `expected` when given); returns the hash. */
  async put(blob: Blob, expected?: string): Promise<string> {
    if (blob.size > FILE_LIMIT_BYTES) throw new FileStoreError('tooLarge');
    const hash = await sha256Hex(blob);
    if (expected !== undefined && hash !== expected) throw new FileStoreError('mismatch');
    const sizes = await this.sizes();
    if (sizes.has(hash)) return hash;
    await this.ensureRoom(blob.size);
    await this.backend.put(hash, blob);
    sizes.set(hash, blob.size);
    this.listeners.forEach((listener) => listener());
    return hash;
  }

  /** Removes these files from this device; returns the bytes freed. */
  async free(hashes: Iterable<string>): Promise<number> {
    const sizes = await this.sizes();
    let freed = 0;
    for (const hash of hashes) {
      const size = sizes.get(hash);
      if (size === undefined) continue;
      await this.backend.delete(hash);
      sizes.delete(hash);
      freed += size;
    }
    if (freed > 0) this.listeners.forEach((listener) => listener());
    return freed;
  }

  /** How many bytes of an unfinished transfer of `hash` are kept: where to resume. */
  async resumeAt(hash: string): Promise<number> {
    const parts = await this.backend.parts(hash);
    this.partCounts.set(hash, parts.length);
    return parts.reduce((sum, part) => sum + part.size, 0);
  }

  /** Keeps the next part of a transfer (after `resumeAt` told where it continues). */
  async appendPart(hash: string, bytes: Uint8Array): Promise<void> {
    const index = this.partCounts.get(hash) ?? (await this.backend.parts(hash)).length;
    await this.backend.putPart(hash, index, new Blob([bytes as BlobPart]));
    this.partCounts.set(hash, index + 1);
  }

  /**
   * Joins a finished transfer's parts and stores them when their hash is `hash`. A mismatch drops
   * the parts (nothing of it is kept) and throws `mismatch`.
   */
  async finish(hash: string, type = ''): Promise<void> {
    const blob = new Blob(await this.backend.parts(hash), { type });
    try {
      await this.put(blob, hash);
    } finally {
      await this.dropPartial(hash);
    }
  }

  async dropPartial(hash: string): Promise<void> {
    this.partCounts.delete(hash);
    await this.backend.dropParts(hash);
  }
}
