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
 *
 * Updates read before the session existed (storedUpdates.ts) are taken over: y-indexeddb is then
 * started with its read position after the last of them, so it loads only what was stored since
 * (usually nothing), and they are applied right after its load, with its origin, before the
 * 'update' listener is attached. The document is still empty when y-indexeddb stores its
 * "state before the load", as without them.
 *
 * Updates that come from colleagues are collected for a second and stored together, merged into
 * one: in a meeting every laptop receives each edit at the same moment, and writing it right away
 * would compete with showing it, on this laptop and on the others that show it too. A colleague
 * typing sends an update per key press: stored at the next idle moment, almost every one would take
 * a write of its own. Every other change (`storesLater` says which
 * are received) is stored at once, after any received ones still waiting; so are the waiting ones
 * when the page goes away and before `whenWritten` answers, and received ones while the window is
 * hidden. A received update is safe meanwhile:
 * the colleague it came from has stored it and sends it again on the next sync.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { StoredUpdates } from '../renderer/sync/storedUpdates';

interface PersistenceInternals {
  db: IDBDatabase | null;
  /** y-indexeddb loads the keys from this one on. */
  _dbref: number;
  _storeUpdate: (update: Uint8Array, origin: unknown) => void;
}

/** How long received updates are collected before they are stored, in one write. */
const STORE_RECEIVED_AFTER_MS = 1000;
/** Received updates of more bytes than this together are stored without merging them. */
const MERGE_AT_MOST_BYTES = 256 * 1024;

export class DurableIndexeddb {
  private persistence: IndexeddbPersistence | null = null;
  private pending = new Set<IDBTransaction>();
  private idleWaiters: (() => void)[] = [];
  private destroyed = false;
  /** Received updates not stored yet, and the timer that will store them. */
  private received: { update: Uint8Array; origin: unknown }[] = [];
  private storeReceivedSoon: ReturnType<typeof setTimeout> | null = null;
  private storeNow: ((update: Uint8Array, origin: unknown) => void) | null = null;
  /** Resolves when the stored state is in the document. */
  readonly whenSynced: Promise<void>;

  constructor(
    private readonly name: string,
    private readonly doc: Y.Doc,
    stored: Promise<StoredUpdates | null> | null = null,
    /** Whether a change with this transaction origin was received from a colleague. */
    private readonly storesLater: (origin: unknown) => boolean = () => false,
  ) {
    this.whenSynced = stored
      ? stored.then(
          (read) => this.start(read),
          () => this.start(null),
        )
      : this.start(null);
  }

  private start(stored: StoredUpdates | null): Promise<void> {
    if (this.destroyed) return Promise.resolve();
    const { doc } = this;
    const persistence = new IndexeddbPersistence(this.name, doc);
    this.persistence = persistence;
    const internals = persistence as unknown as PersistenceInternals;
    if (stored) internals._dbref = stored.lastKey + 1;
    const storeUpdate = internals._storeUpdate;
    let opened: IDBTransaction | null = null;
    const storeNow = (update: Uint8Array, origin: unknown) => {
      opened = null;
      storeUpdate(update, origin);
      if (opened) this.commit(opened);
    };
    this.storeNow = storeNow;
    // Added once: adding and removing it per update costs more than the write.
    addEventListener('pagehide', this.storeReceived);
    const patched = (update: Uint8Array, origin: unknown) => {
      if (origin === persistence) return;
      if (this.storesLater(origin)) return this.receive(update, origin);
      this.storeReceived();
      storeNow(update, origin);
    };
    doc.off('update', storeUpdate);
    internals._storeUpdate = patched;
    // 'synced' is emitted synchronously right after the load transaction: no update falls between.
    persistence.once('synced', () => {
      if (stored?.updates.length) {
        Y.transact(
          doc,
          () => stored.updates.forEach((update) => Y.applyUpdate(doc, update)),
          persistence,
          false,
        );
      }
      doc.on('update', patched);
    });
    return persistence.whenSynced.then(() => {
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

  private receive(update: Uint8Array, origin: unknown): void {
    this.received.push({ update, origin });
    // In a hidden window nothing competes with showing the update, and a minimized one may hold
    // back its timers for a minute or more.
    if (document.visibilityState === 'hidden') return this.storeReceived();
    this.storeReceivedSoon ??= setTimeout(this.storeReceived, STORE_RECEIVED_AFTER_MS);
  }

  /** Stores the received updates that wait, as one. */
  private storeReceived = (): void => {
    if (this.storeReceivedSoon !== null) clearTimeout(this.storeReceivedSoon);
    this.storeReceivedSoon = null;
    const waiting = this.received.splice(0);
    if (waiting.length === 0 || !this.storeNow) return;
    // Merging costs in proportion to the bytes: big updates (a colleague pasting megabytes) are
    // stored one by one rather than merged in one long task.
    const bytes = waiting.reduce((sum, w) => sum + w.update.length, 0);
    if (bytes > MERGE_AT_MOST_BYTES) {
      for (const { update, origin } of waiting) this.storeNow(update, origin);
      return;
    }
    const update = waiting.length === 1 ? waiting[0]!.update : Y.mergeUpdates(waiting.map((w) => w.update));
    this.storeNow(update, waiting[0]!.origin);
  };

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
    this.storeReceived();
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async destroy(): Promise<void> {
    this.storeReceived();
    removeEventListener('pagehide', this.storeReceived);
    this.destroyed = true;
    await this.persistence?.destroy();
  }
}
