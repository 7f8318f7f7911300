/*
 * y-indexeddb stores every update in its own IndexedDB transaction and leaves it to auto-commit
 * when the event loop turns. A window closed in that moment aborts the transaction and the last
 * edit is lost (y-indexeddb issue #28). This wrapper commits each of those transactions
 * explicitly (IDBTransaction.commit) and counts the ones still in flight, so that closing the
 * window can wait for them (`whenWritten`).
 *
 * It also listens for updates only once the stored state is loaded: y-indexeddb skips the updates
 * of its own load, but any 'update' listener makes Yjs encode the whole loaded document at the
 * end of that transaction (about 200 ms for 2,000 cards here). Nothing is lost by waiting: the
 * load first stores the state the document had before it (y-indexeddb's beforeApplyUpdates).
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

interface PersistenceInternals {
  db: IDBDatabase | null;
  _storeUpdate: (update: Uint8Array, origin: unknown) => void;
}

export class DurableIndexeddb {
  readonly persistence: IndexeddbPersistence;
  private pending = new Set<IDBTransaction>();
  private idleWaiters: (() => void)[] = [];

  constructor(name: string, doc: Y.Doc) {
    this.persistence = new IndexeddbPersistence(name, doc);
    const internals = this.persistence as unknown as PersistenceInternals;
    const storeUpdate = internals._storeUpdate;
    let opened: IDBTransaction | null = null;
    const patched = (update: Uint8Array, origin: unknown) => {
      opened = null;
      storeUpdate(update, origin);
      if (opened) this.commit(opened);
    };
    doc.off('update', storeUpdate);
    internals._storeUpdate = patched;
    // 'synced' is emitted synchronously right after the load transaction: no update falls between.
    this.persistence.once('synced', () => doc.on('update', patched));
    void this.persistence.whenSynced.then(() => {
      const db = internals.db;
      if (!db) return;
      const transaction = db.transaction.bind(db);
      db.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
        const tx = transaction(...args);
        opened = tx;
        return tx;
      }) as IDBDatabase['transaction'];
    });
  }

  get whenSynced(): Promise<unknown> {
    return this.persistence.whenSynced;
  }

  private commit(tx: IDBTransaction): void {
    this.pending.add(tx);
    const settle = () => {
      this.pending.delete(tx);
      if (this.pending.size === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
    };
    tx.addEventListener('complete', settle);
    tx.addEventListener('abort', settle);
    tx.addEventListener('error', settle);
    try {
      tx.commit();
    } catch {
      // Already committing (or finished): nothing to hurry.
    }
  }

  /** Resolves when every update handed to IndexedDB so far is written. */
  whenWritten(): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  destroy(): Promise<void> {
    return this.persistence.destroy();
  }
}
