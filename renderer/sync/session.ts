/*
 * One workspace session: the Y.Doc, its IndexedDB persistence and the UndoManager, created
 * outside React and destroyed explicitly (so React StrictMode never creates a second one).
 *
 * The bridge to React is a version counter: every transaction bumps `version` and notifies
 * subscribers; useDocValue recomputes a selector only when the version moved, and React re-renders
 * a component only when its selected value changed. Cards are read through a cache that is
 * invalidated per card from observeDeep, so a change to one card re-reads that card only.
 * A subscriber may name the parts it reads (changeTracker.ts lists them, `cardPart(id)` for one
 * card): it is then notified only of transactions that changed one of them (listeners.ts), so an
 * edit of one card does not make React ask every tile on the screen for its snapshot.
 *
 * Selectors over a whole part of the document (all tags, all slot conflicts, all requests) need not
 * run on every version: `changesOf(part)` counts the changes to a part (it only grows), so they can
 * recompute only when it moved.
 *
 * The storage is IndexedDB (DurableIndexeddb); a test in Node passes a storage of its own.
 */
import * as Y from 'yjs';
import {
  LOCAL_ORIGIN,
  TOP_LEVEL_MAPS,
  migrate,
  readCard,
  type Card,
  type CardId,
  type MigrationResult,
} from '../../shared/model';
import { CONNECTION_PARTS, ChangeTracker, type Part } from './changeTracker';
import type * as ConnectionModule from './connection';
import type { Connection, ConnectionOptions } from './connection';
import { DurableIndexeddb } from '../../lib-internals/durableIndexeddb';
import { Listeners, type Listener } from './listeners';
import { takeStoredUpdates } from './storedUpdates';
import { exposeForTests } from './testHook';

/** Changes closer together than this (ms) are one undo step: a double click, a drag's last moves. */
const CAPTURE_TIMEOUT = 300;

export { cardPart, CONNECTION_PARTS } from './changeTracker';

/** Where a session keeps its document between starts. */
export interface SessionStorage {
  /** Resolves when the stored state has been applied to the document. */
  readonly whenSynced: Promise<void>;
  /** Resolves when every local change so far is stored. */
  whenWritten(): Promise<void>;
  destroy(): Promise<void>;
}

export type StorageFactory = (
  name: string,
  doc: Y.Doc,
  isFromColleague: (origin: unknown) => boolean,
) => SessionStorage;

const indexeddbStorage: StorageFactory = (name, doc, isFromColleague) =>
  new DurableIndexeddb(name, doc, takeStoredUpdates(name), isFromColleague);

export class Session {
  readonly doc = new Y.Doc();
  readonly undoManager: Y.UndoManager;
  /**
   * Resolves once the stored state is loaded and migrated. Marked fulfilled when it is (React's `use`
   * reads `status` and `value`), so that a loaded session renders without suspending.
   */
  readonly ready: Promise<MigrationResult>;
  private readonly storage: SessionStorage;
  private readonly listeners = new Listeners();
  private readonly tracker: ChangeTracker;
  private readonly cardCache = new Map<string, Card>();
  private allCards: { version: number; cards: Card[] } | null = null;
  private destroyed = false;
  private readonly cleanups: (() => void)[] = [];
  private connectionCode: Promise<typeof ConnectionModule> | null = null;
  connection: Connection | null = null;
  version = 0;

  constructor(
    readonly workspaceId: string,
    storage: StorageFactory = indexeddbStorage,
  ) {
    this.storage = storage(`sendeplan-${workspaceId}`, this.doc, (origin) =>
      Boolean(this.connection?.isFromColleague(origin)),
    );
    this.tracker = new ChangeTracker(this.doc, (id) => this.cardCache.delete(id));
    this.undoManager = new Y.UndoManager(
      // Everything a user changes, so undoing a move also takes back its history entry, and a
      // decision its signature; device keys are never undone.
      TOP_LEVEL_MAPS.filter((name) => name !== 'deviceKeys').map((name) => this.doc.getMap(name)),
      { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: CAPTURE_TIMEOUT },
    );
    // One notification per transaction: the UndoManager adds its stack item while the transaction
    // is being cleaned up (before our afterTransaction), so a second notification for it would only
    // run every selector of the app once more per edit.
    // A transaction that changed nothing (an update that was already applied, as every peer
    // passes each update on to the others) does not notify: nothing any selector reads moved.
    let cleaningUp = false;
    this.doc.on('beforeObserverCalls', () => (cleaningUp = true));
    this.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      cleaningUp = false;
      if (transaction.changed.size > 0 || transaction.deleteSet.clients.size > 0) this.notify();
    });
    this.undoManager.on('stack-item-added', () => cleaningUp || this.notify());
    this.undoManager.on('stack-item-popped', () => cleaningUp || this.notify());
    const ready = this.storage.whenSynced.then(() => migrate(this.doc));
    void ready.then(
      (value) => Object.assign(ready, { status: 'fulfilled', value }),
      () => {},
    );
    this.ready = ready;
    exposeForTests(this.doc);
  }

  /** A count that grows whenever this part changes (changeTracker.ts lists the parts). */
  changesOf(part: Part): number {
    return this.tracker.changesOf(part);
  }

  private notify() {
    this.version++;
    this.listeners.notify(this.tracker.takeTouched());
  }

  /** Tells subscribers that something outside the document changed (sync status, presence). */
  private emit() {
    this.listeners.notify(CONNECTION_PARTS);
  }

  /** Hears every change. */
  subscribe = (listener: Listener): (() => void) => this.listeners.subscribe(listener);

  /** Hears the changes to these parts only (see the header comment). */
  subscribeTo(parts: readonly Part[], listener: Listener): () => void {
    return this.listeners.subscribe(listener, parts);
  }

  /** A card read defensively, cached until that card changes. */
  card(id: CardId): Card | undefined {
    const cached = this.cardCache.get(id);
    if (cached) return cached;
    const value = this.doc.getMap<unknown>('cards').get(id);
    if (value === undefined) return undefined;
    const card = readCard(id, value);
    this.cardCache.set(id, card);
    return card;
  }

  /** All cards, each from the cache; the array is rebuilt once per version. */
  cards(): Card[] {
    if (this.allCards?.version === this.version) return this.allCards.cards;
    const cards: Card[] = [];
    this.doc.getMap<unknown>('cards').forEach((_value, id) => {
      const card = this.card(id as CardId);
      if (card) cards.push(card);
    });
    this.allCards = { version: this.version, cards };
    return cards;
  }

  /**
   * Starts peer-to-peer sync (once); later calls only update the hubs and the relay. The WebRTC modules are
   * evaluated here, on first use, so that they do not run before the board is shown.
   */
  async connect(options: ConnectionOptions): Promise<void> {
    this.connectionCode ??= import('./connection');
    const { Connection } = await this.connectionCode;
    if (this.destroyed) return;
    if (this.connection) {
      this.connection.setHubs(options.hubs);
      this.connection.setRelay(options.relay);
    } else {
      this.connection = new Connection(this.doc, options);
      this.connection.subscribe(() => this.emit());
      this.emit();
    }
  }

  undo(): void {
    this.undoManager.undo();
  }

  redo(): void {
    this.undoManager.redo();
  }

  /** Ends the current undo step, so the next change is undone on its own. */
  stopCapturing(): void {
    this.undoManager.stopCapturing();
  }

  /**
   * While a text that merges character by character (the brief) has focus, everything typed into
   * it is one undo step, however slowly it was typed; the step ends with endTextEdit.
   */
  beginTextEdit(): void {
    this.undoManager.stopCapturing();
    this.undoManager.captureTimeout = Infinity;
  }

  endTextEdit(): void {
    this.undoManager.captureTimeout = CAPTURE_TIMEOUT;
    this.undoManager.stopCapturing();
  }

  /**
   * Runs `work`, whose local transactions (spread over several tasks) become ONE undo step: the
   * UndoManager captures them together however long the pauses between them are.
   */
  async asOneUndoStep<T>(work: () => Promise<T>): Promise<T> {
    const { captureTimeout } = this.undoManager;
    this.undoManager.stopCapturing();
    this.undoManager.captureTimeout = Number.POSITIVE_INFINITY;
    try {
      return await work();
    } finally {
      this.undoManager.captureTimeout = captureTimeout;
      this.undoManager.stopCapturing();
    }
  }

  /** Resolves when every local change so far is stored in IndexedDB. */
  whenWritten(): Promise<void> {
    return this.storage.whenWritten();
  }

  /** Runs `cleanup` when the session is destroyed (services bound to it, such as its files). */
  onDestroy(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
    await this.storage.whenWritten();
    this.connection?.destroy();
    this.undoManager.destroy();
    await this.storage.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }
}
