// The fetcher over its sources: tried in turn, a refusing source reported, a later source plugged in.
import { describe, expect, it } from 'vitest';
import { FileStore, sha256Hex } from './fileStore';
import { Files } from './files';
import { wholeFileSource, type FileSource } from './sources';
import { MemoryBackend } from './testing/memoryBackend';

const bytes = new TextEncoder().encode('ein Bild, als Bytes');
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

async function request() {
  return { hash: await sha256Hex(bytes), size: bytes.byteLength, type: 'image/png' };
}

describe('Files', () => {
  it('is missing while no source has the file, and fetches it from a source added later', async () => {
    const files = new Files(new FileStore(new MemoryBackend()));
    const wanted = await request();
    files.want(wanted);
    await settled();
    expect(files.state(wanted.hash)).toEqual({ kind: 'missing' });
    files.addSource(wholeFileSource('Team-Server', { fetch: () => Promise.resolve(bytes) }));
    await settled();
    expect(files.state(wanted.hash)).toEqual({ kind: 'ready' });
    expect(await files.store.has(wanted.hash)).toBe(true);
  });

  it('refuses bytes that do not match, keeps nothing, and still asks the next source', async () => {
    const store = new FileStore(new MemoryBackend());
    const files = new Files(store);
    const wanted = await request();
    const forged = bytes.map((b) => b ^ 1);
    files.addSource(wholeFileSource('Fälscher', { fetch: () => Promise.resolve(forged) }));
    files.want(wanted);
    await settled();
    expect(files.state(wanted.hash)).toEqual({ kind: 'refused', reason: 'mismatch', from: 'Fälscher' });
    expect(await store.usage()).toEqual({ bytes: 0, files: 0 });
    let retry = () => undefined as void;
    const honest: FileSource = {
      ...wholeFileSource('Ben', { fetch: () => Promise.resolve(bytes) }),
      subscribe: (listener) => ((retry = listener), () => undefined),
    };
    files.addSource(honest);
    retry();
    await settled();
    expect(files.state(wanted.hash)).toEqual({ kind: 'ready' });
  });
});
