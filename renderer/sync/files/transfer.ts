/*
 * One file over one link, both ends (protocol.ts has the messages).
 *
 * Sending (`serveFile`): SIZE, then CHUNKs in order from the wanted offset, each only once the link
 * has room (`drained`: the data channel's bufferedAmount below its high mark), so a 50 MB video
 * never fills Chromium's buffer (it closes a channel that overflows) and the sync channel beside it
 * keeps its turn. The bytes are read from the store a MiB at a time.
 *
 * Receiving (`Download`): asks from where its last attempt stopped (the store keeps parts of a MiB),
 * accepts only the declared size in order, keeps a part each MiB, and at the end lets the store
 * check the whole file's hash. A colleague who sends another size, bytes out of order or more than
 * declared is refused at once; one whose bytes do not match the hash is refused at the end. Either
 * way nothing of it is kept.
 */
import { CHUNK_BYTES, MESSAGE, type FileMessage } from './protocol';
import { FileStoreError, type FileStore } from './fileStore';

/** Bytes a receiver gathers before it keeps them as a part (the unit a transfer resumes from). */
export const PART_BYTES = 16 * CHUNK_BYTES;

/** One end of a file channel as transfers see it. */
export interface FileLink {
  send(message: FileMessage): void;
  /** Resolves once the link can take more; rejects when it closed. */
  drained(): Promise<void>;
  readonly open: boolean;
}

/** Sends `hash` from `offset` on, or NONE; stops when `stopped()` says so or the link closes. */
export async function serveFile(
  store: FileStore,
  link: FileLink,
  hash: string,
  offset: number,
  stopped: () => boolean,
): Promise<void> {
  const blob = await store.get(hash);
  if (!blob) return link.send({ type: MESSAGE.NONE, hash });
  link.send({ type: MESSAGE.SIZE, hash, size: blob.size });
  for (let at = Math.max(0, offset); at < blob.size; at += PART_BYTES) {
    const part = new Uint8Array(await blob.slice(at, at + PART_BYTES).arrayBuffer());
    for (let i = 0; i < part.byteLength; i += CHUNK_BYTES) {
      await link.drained();
      if (stopped() || !link.open) return;
      link.send({ type: MESSAGE.CHUNK, hash, offset: at + i, bytes: part.subarray(i, i + CHUNK_BYTES) });
    }
  }
}

export type RefusalReason = 'mismatch' | 'size' | 'order' | 'full';

export type DownloadResult = { kind: 'done' } | { kind: 'none' } | { kind: 'refused'; reason: RefusalReason };

/** Receives one file from one link; `handle` each message for its hash until it returns a result. */
export class Download {
  private received = 0;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: FileStore,
    private readonly link: FileLink,
    readonly hash: string,
    readonly size: number,
    private readonly type: string,
    private readonly onProgress: (received: number) => void,
  ) {}

  /** Asks for the file from where an earlier attempt stopped. */
  async begin(): Promise<void> {
    await this.store.ensureRoom(this.size);
    this.received = await this.store.resumeAt(this.hash);
    if (this.received > this.size) {
      await this.store.dropPartial(this.hash);
      this.received = 0;
    }
    this.onProgress(this.received);
    this.link.send({ type: MESSAGE.WANT, hash: this.hash, offset: this.received });
  }

  /** The outcome once this message ends the transfer, else null. */
  async handle(message: FileMessage): Promise<DownloadResult | null> {
    switch (message.type) {
      case MESSAGE.NONE:
        return { kind: 'none' };
      case MESSAGE.SIZE:
        return message.size === this.size ? null : this.refuse('size');
      case MESSAGE.CHUNK:
        return this.chunk(message.offset, message.bytes);
      default:
        return null;
    }
  }

  private async chunk(offset: number, bytes: Uint8Array): Promise<DownloadResult | null> {
    if (offset !== this.received + this.pendingBytes) return this.refuse('order');
    if (offset + bytes.byteLength > this.size) return this.refuse('size');
    this.pending.push(bytes.slice());
    this.pendingBytes += bytes.byteLength;
    const complete = offset + bytes.byteLength === this.size;
    if (this.pendingBytes >= PART_BYTES || complete) this.keepPending();
    this.onProgress(this.received + this.pendingBytes);
    if (!complete) return null;
    await this.writing;
    try {
      await this.store.finish(this.hash, this.type);
      return { kind: 'done' };
    } catch (error) {
      if (error instanceof FileStoreError && error.code === 'mismatch')
        return { kind: 'refused', reason: 'mismatch' };
      if (error instanceof FileStoreError && error.code === 'full')
        return { kind: 'refused', reason: 'full' };
      throw error;
    }
  }

  /** Keeps what arrived as one part, in order with the parts before it. */
  private keepPending() {
    const joined = new Uint8Array(this.pendingBytes);
    let at = 0;
    for (const piece of this.pending) {
      joined.set(piece, at);
      at += piece.byteLength;
    }
    this.received += this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    this.writing = this.writing.then(() => this.store.appendPart(this.hash, joined));
  }

  /** The link closed: what arrived whole is kept for the next attempt; resolves once it is. */
  async interrupted(): Promise<void> {
    await this.writing.catch(() => undefined);
  }

  private async refuse(reason: RefusalReason): Promise<DownloadResult> {
    if (this.link.open) this.link.send({ type: MESSAGE.STOP, hash: this.hash });
    await this.writing.catch(() => undefined);
    await this.store.dropPartial(this.hash);
    return { kind: 'refused', reason };
  }
}
