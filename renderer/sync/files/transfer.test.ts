// Files between two stores over an in-memory link: chunking, resume, the hash check and the quota.
import { describe, expect, it } from 'vitest';
import { FileStore, FileStoreError, sha256Hex } from './fileStore';
import { CHUNK_BYTES, MESSAGE, decode, encode, type FileMessage } from './protocol';
import { MemoryBackend } from './testing/memoryBackend';
import { Download, PART_BYTES, serveFile, type DownloadResult, type FileLink } from './transfer';

function bytes(size: number, seed = 1): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
}

/** Whether the stored blob holds exactly these bytes (toEqual on megabytes takes minutes). */
async function sameBytes(blob: Blob | null, expected: Uint8Array): Promise<boolean> {
  return blob !== null && Buffer.compare(new Uint8Array(await blob.arrayBuffer()), expected) === 0;
}

/** Two ends of a link; every message goes through encode/decode as on the wire. */
function linkPair(options: { cutAfterChunks?: number; tamper?: (m: FileMessage) => FileMessage } = {}) {
  const sent: FileMessage[] = [];
  let chunks = 0;
  let open = true;
  let cutNow: () => void = () => undefined;
  const cut = new Promise<'cut'>((resolve) => (cutNow = () => resolve('cut')));
  let toReceiver: (m: FileMessage) => void = () => undefined;
  let toSender: (m: FileMessage) => void = () => undefined;
  const wire = (m: FileMessage) => decode(encode(m))!;
  const sender: FileLink = {
    send(m) {
      if (!open) return;
      if (
        m.type === MESSAGE.CHUNK &&
        options.cutAfterChunks !== undefined &&
        ++chunks > options.cutAfterChunks
      ) {
        open = false;
        cutNow();
        return;
      }
      const out = wire(options.tamper ? options.tamper(m) : m);
      sent.push(out);
      toReceiver(out);
    },
    drained: () => Promise.resolve(),
    get open() {
      return open;
    },
  };
  const receiver: FileLink = {
    send: (m) => open && toSender(wire(m)),
    drained: () => Promise.resolve(),
    get open() {
      return open;
    },
  };
  return {
    sender,
    receiver,
    sent,
    cut,
    onReceive: (fn: (m: FileMessage) => void) => (toReceiver = fn),
    onSend: (fn: (m: FileMessage) => void) => (toSender = fn),
  };
}

/** Ben has `file`; Anna fetches it over a link; returns Anna's result and her store. */
async function transfer(
  file: Uint8Array,
  anna = new FileStore(new MemoryBackend()),
  link = linkPair(),
  declared = file.byteLength,
) {
  const ben = new FileStore(new MemoryBackend());
  const hash = await ben.put(new Blob([file as BlobPart]));
  const progress: number[] = [];
  const download = new Download(anna, link.receiver, hash, declared, 'image/png', (n) => progress.push(n));
  let queue = Promise.resolve<DownloadResult | null>(null);
  const result = new Promise<DownloadResult>((resolve) => {
    link.onReceive((m) => {
      queue = queue
        .then(async (done) => done ?? (await download.handle(m)))
        .then((done) => {
          if (done) resolve(done);
          return done;
        });
    });
  });
  const stopped = { value: false };
  link.onSend((m) => {
    if (m.type === MESSAGE.WANT) void serveFile(ben, link.sender, m.hash, m.offset, () => stopped.value);
    if (m.type === MESSAGE.STOP) stopped.value = true;
  });
  await download.begin();
  const outcome = await Promise.race([result, link.cut]);
  if (outcome === 'cut') {
    await queue;
    await download.interrupted();
  }
  return { outcome, hash, anna, progress };
}

describe('file transfer', () => {
  it('splits a file into chunks no larger than CHUNK_BYTES and joins them to the same bytes', async () => {
    const file = bytes(3 * PART_BYTES + 12_345);
    const link = linkPair();
    const { outcome, hash, anna, progress } = await transfer(file, undefined, link);
    expect(outcome).toEqual({ kind: 'done' });
    const chunks = link.sent.filter((m) => m.type === MESSAGE.CHUNK);
    expect(chunks).toHaveLength(Math.ceil(file.byteLength / CHUNK_BYTES));
    expect(chunks.every((m) => m.type === MESSAGE.CHUNK && m.bytes.byteLength <= CHUNK_BYTES)).toBe(true);
    expect(await sameBytes(await anna.get(hash), file)).toBe(true);
    expect(progress.at(-1)).toBe(file.byteLength);
  });

  it('resumes after a dropped connection from the last whole part, not from the start', async () => {
    const file = bytes(5 * PART_BYTES + 100, 7);
    const anna = new FileStore(new MemoryBackend());
    const first = await transfer(file, anna, linkPair({ cutAfterChunks: 40 }));
    expect(first.outcome).toBe('cut');
    expect(await anna.has(first.hash)).toBe(false);
    const kept = await anna.resumeAt(first.hash);
    expect(kept).toBe(2 * PART_BYTES);
    const link = linkPair();
    const second = await transfer(file, anna, link);
    expect(second.outcome).toEqual({ kind: 'done' });
    const want = link.sent.length > 0 ? link.sent.find((m) => m.type === MESSAGE.CHUNK) : undefined;
    expect(want && want.type === MESSAGE.CHUNK && want.offset).toBe(2 * PART_BYTES);
    expect(await sameBytes(await anna.get(second.hash), file)).toBe(true);
  });

  it('refuses bytes that do not match the hash: nothing is stored, no part is kept', async () => {
    const file = bytes(PART_BYTES + 500, 3);
    const anna = new FileStore(new MemoryBackend());
    const link = linkPair({
      tamper: (m) =>
        m.type === MESSAGE.CHUNK && m.offset === 0 ? { ...m, bytes: m.bytes.map((b) => b ^ 1) } : m,
    });
    const { outcome, hash } = await transfer(file, anna, link);
    expect(outcome).toEqual({ kind: 'refused', reason: 'mismatch' });
    expect(await anna.has(hash)).toBe(false);
    expect(await anna.resumeAt(hash)).toBe(0);
    expect(await anna.usage()).toEqual({ bytes: 0, files: 0 });
  });

  it('refuses a colleague who sends another size than the card declares, or more than it', async () => {
    const file = bytes(2 * CHUNK_BYTES);
    const anna = new FileStore(new MemoryBackend());
    const { outcome } = await transfer(file, anna, linkPair(), CHUNK_BYTES);
    expect(outcome).toEqual({ kind: 'refused', reason: 'size' });
    expect(await anna.usage()).toEqual({ bytes: 0, files: 0 });
  });

  it('answers NONE for a file it does not have', async () => {
    const anna = new FileStore(new MemoryBackend());
    const ben = new FileStore(new MemoryBackend());
    const link = linkPair();
    const heard: FileMessage[] = [];
    link.onReceive((m) => heard.push(m));
    await serveFile(ben, link.sender, 'ab'.repeat(32), 0, () => false);
    expect(heard).toEqual([{ type: MESSAGE.NONE, hash: 'ab'.repeat(32) }]);
    expect(await anna.has('ab'.repeat(32))).toBe(false);
  });

  it('decodes nothing that is no message', () => {
    expect(decode(new Uint8Array([]))).toBeNull();
    expect(decode(new Uint8Array([99, 1, 2]))).toBeNull();
    expect(decode(new Uint8Array([MESSAGE.WANT, 1, 2]))).toBeNull();
    const big = encode({
      type: MESSAGE.CHUNK,
      hash: 'ab'.repeat(32),
      offset: 0,
      bytes: new Uint8Array(CHUNK_BYTES + 1),
    });
    expect(decode(big)).toBeNull();
  });
});

describe('file store', () => {
  it('keeps files by the SHA-256 of their bytes and refuses a wrong expected hash', async () => {
    const store = new FileStore(new MemoryBackend());
    const file = new Blob([bytes(1000) as BlobPart]);
    const hash = await store.put(file);
    expect(hash).toBe(await sha256Hex(bytes(1000)));
    await expect(store.put(new Blob([bytes(10) as BlobPart]), hash)).rejects.toThrow(/mismatch/);
    expect(await store.usage()).toEqual({ bytes: 1000, files: 1 });
  });

  it('holds at most its limit per workspace: a file that does not fit is refused, freeing makes room', async () => {
    const store = new FileStore(new MemoryBackend(), 2500);
    const a = await store.put(new Blob([bytes(1000, 1) as BlobPart]));
    await store.put(new Blob([bytes(1000, 2) as BlobPart]));
    const full = await store.put(new Blob([bytes(1000, 3) as BlobPart])).catch((e: unknown) => e);
    expect(full).toBeInstanceOf(FileStoreError);
    expect((full as FileStoreError).code).toBe('full');
    expect(await store.free([a])).toBe(1000);
    await store.put(new Blob([bytes(1000, 3) as BlobPart]));
    expect(await store.usage()).toEqual({ bytes: 2000, files: 2 });
  });

  it('refuses a transfer that would not fit before a byte arrives', async () => {
    const anna = new FileStore(new MemoryBackend(), 1000);
    await expect(transfer(bytes(5000), anna)).rejects.toThrow(/full/);
  });
});
