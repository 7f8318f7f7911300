/*
 * The file store's bytes in IndexedDB: one database per workspace, `sendeplan-files-<workspace>`,
 * apart from the document's (the document stays small and opens fast however many files there
 * are). Stores: `files` (hash → Blob) and `parts` ([hash, index] → Blob) for transfers in progress.
 */
import type { FileBackend } from './fileStore';

export const filesDbName = (workspaceId: string) => `sendeplan-files-${workspaceId}`;

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

export class IdbBackend implements FileBackend {
  private readonly db: Promise<IDBDatabase>;

  constructor(workspaceId: string) {
    const open = indexedDB.open(filesDbName(workspaceId), 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('files');
      open.result.createObjectStore('parts');
    };
    this.db = request(open);
  }

  private async run<T>(
    store: 'files' | 'parts',
    mode: IDBTransactionMode,
    fn: (s: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> {
    const tx = (await this.db).transaction(store, mode, { durability: 'relaxed' });
    const result = request(fn(tx.objectStore(store)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
    return result;
  }

  async get(hash: string): Promise<Blob | null> {
    const value: unknown = await this.run('files', 'readonly', (s) => s.get(hash));
    return value instanceof Blob ? value : null;
  }

  async put(hash: string, blob: Blob): Promise<void> {
    await this.run('files', 'readwrite', (s) => s.put(blob, hash));
  }

  async delete(hash: string): Promise<void> {
    await this.run('files', 'readwrite', (s) => s.delete(hash));
  }

  async sizes(): Promise<Map<string, number>> {
    const sizes = new Map<string, number>();
    const tx = (await this.db).transaction('files', 'readonly');
    await new Promise<void>((resolve, reject) => {
      const cursor = tx.objectStore('files').openCursor();
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at) return resolve();
        if (typeof at.key === 'string' && at.value instanceof Blob) sizes.set(at.key, at.value.size);
        at.continue();
      };
      cursor.onerror = () => reject(cursor.error ?? new Error('IndexedDB cursor failed'));
    });
    return sizes;
  }

  async parts(hash: string): Promise<Blob[]> {
    const range = IDBKeyRange.bound([hash, 0], [hash, Infinity]);
    const values: unknown[] = await this.run('parts', 'readonly', (s) => s.getAll(range));
    return values.filter((value): value is Blob => value instanceof Blob);
  }

  async putPart(hash: string, index: number, blob: Blob): Promise<void> {
    await this.run('parts', 'readwrite', (s) => s.put(blob, [hash, index]));
  }

  async dropParts(hash: string): Promise<void> {
    await this.run('parts', 'readwrite', (s) => s.delete(IDBKeyRange.bound([hash, 0], [hash, Infinity])));
  }
}

/** Removes a workspace's files from this device (with the workspace). */
export function deleteFilesDb(workspaceId: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(filesDbName(workspaceId));
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}
