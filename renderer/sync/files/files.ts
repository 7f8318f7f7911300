/*
 * A workspace's files on this device: the store (fileStore.ts) and the fetching of what is missing
 * from the sources (sources.ts), with a state per file that the UI shows:
 *
 *   ready     the bytes are here and were checked
 *   fetching  bytes arrive (received of size)
 *   missing   no source reachable now has it; tried again whenever a source says it may
 *   refused   a source sent something else than the file (reported, nothing kept); other sources
 *             are still tried and a later attempt may still succeed
 *
 * A file is fetched only when wanted (`want`): when its card is open, or when its post is due in
 * the next days (the prefetch in features/attachments). One fetch per file at a time.
 */
import { FileStoreError, type FileStore } from './fileStore';
import type { FileRequest, FileSource } from './sources';
import type { RefusalReason } from './transfer';

export type FileState =
  | { kind: 'unknown' }
  | { kind: 'ready' }
  | { kind: 'fetching'; received: number; size: number; from: string }
  | { kind: 'missing' }
  | { kind: 'refused'; reason: RefusalReason; from: string };

const UNKNOWN: FileState = { kind: 'unknown' };
/** How often the progress of a transfer is told to the UI at most (ms). */
const PROGRESS_MS = 150;

export class Files {
  private readonly states = new Map<string, FileState>();
  private readonly wanted = new Map<string, FileRequest>();
  private readonly running = new Map<string, AbortController>();
  private readonly listeners = new Set<() => void>();
  private readonly sources: FileSource[] = [];
  private readonly unsubscribes = new Map<FileSource, () => void>();
  private readonly urls = new Map<string, Promise<string | null>>();
  private toldAt = 0;

  constructor(readonly store: FileStore) {}

  /** Adds a source (tried after those added before); returns its removal. */
  addSource(source: FileSource): () => void {
    this.sources.push(source);
    this.unsubscribes.set(source, source.subscribe?.(() => this.retry()) ?? (() => undefined));
    this.retry();
    return () => {
      this.unsubscribes.get(source)?.();
      this.unsubscribes.delete(source);
      this.sources.splice(this.sources.indexOf(source), 1);
    };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  state(hash: string): FileState {
    return this.states.get(hash) ?? UNKNOWN;
  }

  private set(hash: string, state: FileState) {
    const before = this.states.get(hash);
    this.states.set(hash, state);
    // Progress is told at most every PROGRESS_MS: a chunk arrives every few milliseconds, and each
    // notice renders the card panel's progress bar, time the sync of edits should have.
    const now = performance.now();
    if (state.kind === 'fetching' && before?.kind === 'fetching' && now - this.toldAt < PROGRESS_MS) return;
    this.toldAt = now;
    this.listeners.forEach((listener) => listener());
  }

  /** Stores a file added on this device; returns its hash. Throws FileStoreError (tooLarge, full). */
  async add(blob: Blob): Promise<string> {
    const hash = await this.store.put(blob);
    this.set(hash, { kind: 'ready' });
    return hash;
  }

  /** Makes sure the file gets here: from the store, else from the sources. */
  want(request: FileRequest): void {
    this.wanted.set(request.hash, request);
    void this.fetch(request);
  }

  /** Tries the sources again for every wanted file that is not here. */
  retry(): void {
    for (const request of this.wanted.values()) void this.fetch(request);
  }

  private async fetch(request: FileRequest) {
    const { hash } = request;
    if (this.running.has(hash) || this.state(hash).kind === 'ready') return;
    const abort = new AbortController();
    this.running.set(hash, abort);
    try {
      if (await this.store.has(hash)) return this.set(hash, { kind: 'ready' });
      let refused: FileState | null = null;
      for (const source of [...this.sources]) {
        const result = await source.fetch(
          request,
          this.store,
          (received) =>
            this.set(hash, { kind: 'fetching', received, size: request.size, from: source.label }),
          abort.signal,
        );
        if (result.kind === 'done') return this.set(hash, { kind: 'ready' });
        if (result.kind === 'refused') {
          console.warn(
            `Sendeplan: ${result.from} sent a file that is not ${hash} (${result.reason}); refused`,
          );
          refused = result;
        }
      }
      this.set(hash, refused ?? { kind: 'missing' });
    } catch (error) {
      if (!(error instanceof FileStoreError)) console.warn('Sendeplan: fetching a file failed', error);
      this.set(hash, { kind: 'missing' });
    } finally {
      this.running.delete(hash);
    }
  }

  /** An object URL of the file's bytes (kept for the session), or null when they are not here. */
  url(hash: string, type: string): Promise<string | null> {
    let url = this.urls.get(hash);
    if (!url) {
      url = this.store
        .get(hash)
        .then((blob) => (blob ? URL.createObjectURL(new Blob([blob], { type })) : null));
      this.urls.set(hash, url);
      void url.then((value) => value === null && this.urls.delete(hash));
    }
    return url;
  }

  /** Frees these files on this device (they come back from colleagues when wanted again). */
  async free(hashes: readonly string[]): Promise<number> {
    for (const hash of hashes) {
      this.wanted.delete(hash);
      this.states.delete(hash);
      void this.urls.get(hash)?.then((url) => url && URL.revokeObjectURL(url));
      this.urls.delete(hash);
    }
    const freed = await this.store.free(hashes);
    this.listeners.forEach((listener) => listener());
    return freed;
  }

  destroy(): void {
    this.running.forEach((abort) => abort.abort());
    this.unsubscribes.forEach((unsubscribe) => unsubscribe());
    this.urls.forEach((url) => void url.then((value) => value && URL.revokeObjectURL(value)));
    this.listeners.clear();
  }
}
