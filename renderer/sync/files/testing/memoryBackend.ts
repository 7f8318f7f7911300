// A file store backend in memory, for tests and benchmarks in Node.
import type { FileBackend } from '../fileStore';

export class MemoryBackend implements FileBackend {
  readonly files = new Map<string, Blob>();
  readonly partsOf = new Map<string, Blob[]>();

  get(hash: string) {
    return Promise.resolve(this.files.get(hash) ?? null);
  }
  put(hash: string, blob: Blob) {
    this.files.set(hash, blob);
    return Promise.resolve();
  }
  delete(hash: string) {
    this.files.delete(hash);
    return Promise.resolve();
  }
  sizes() {
    return Promise.resolve(new Map([...this.files].map(([hash, blob]) => [hash, blob.size])));
  }
  parts(hash: string) {
    return Promise.resolve([...(this.partsOf.get(hash) ?? [])]);
  }
  putPart(hash: string, index: number, blob: Blob) {
    const parts = this.partsOf.get(hash) ?? [];
    parts[index] = blob;
    this.partsOf.set(hash, parts);
    return Promise.resolve();
  }
  dropParts(hash: string) {
    this.partsOf.delete(hash);
    return Promise.resolve();
  }
}
