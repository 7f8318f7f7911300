/*
 * One workspace session: the Y.Doc, its IndexedDB persistence and the UndoManager, created
 * outside React and destroyed explicitly (so React StrictMode never creates a second one).
 *
 * The bridge to React is a version counter: every transaction bumps `version` and notifies
 * subscribers; useDocValue recomputes a selector only when the version moved, and React re-renders
 * a component only when its selected value changed. Cards are read through a cache that is
 * invalidated per card from observeDeep, so a change to one card re-reads that card only.
 * A subscriber may name the parts it reads (below, and `cardPart(id)` for one card): it is then
 * notified only of transactions that changed one of them (listeners.ts), so an edit of one card
 * does not make React ask every tile on the screen for its snapshot.
 *
 * Selectors over a whole part of the document (all tags, all slot conflicts, all requests) need not
 * run on every version: `changesOf(part)` counts the changes to a part (it only grows), so they can
 * recompute only when it moved. Parts are the top-level maps ('columns', 'people', 'requests', ...),
 * 'cards' for cards added or removed, and 'cards.<field>' for a field of any card ('cards.slot').
 * Changes outside the document (sync status, presence) are the part 'connection'.
 */
import * as Y from 'yjs';
import {
  LOCAL_ORIGIN,
  migrate,
  readCard,
  type Card,
  type CardId,
  type MigrationResult,
} from '../../shared/model';
import type * as ConnectionModule from './connection';
import type { Connection, ConnectionOptions } from './connection';
import { DurableIndexeddb } from './durableIndexeddb';
import { Listeners, type Listener } from './listeners';
import { takeStoredUpdates } from './storedUpdates';

/** The part a subscriber of one card names: it changes with every change to that card. */
export const cardPart = (id: string): string => `card:${id}`;
/** The part of changes outside the document: sync status and presence. */
export const CONNECTION_PARTS: readonly string[] = ['connection'];

export class Session {
  readonly doc = new Y.Doc();
  readonly undoManager: Y.UndoManager;
  readonly ready: Promise<MigrationResult>;
  /** The result of `ready` once it resolved, so that a loaded session renders without suspending. */
  migration: MigrationResult | null = null;
  private readonly storage: DurableIndexeddb;
  private readonly listeners = new Listeners();
  /** The parts the current transaction changed, for its notification. */
  private readonly touched = new Set<string>();
  private readonly cardCache = new Map<string, Card>();
  private readonly changes = new Map<string, number>();
  private allCards: { version: number; cards: Card[] } | null = null;
  private destroyed = false;
  private connectionCode: Promise<typeof ConnectionModule> | null = null;
  connection: Connection | null = null;
  version = 0;

  constructor(readonly workspaceId: string) {
    const name = `sendeplan-${workspaceId}`;
    this.storage = new DurableIndexeddb(name, this.doc, takeStoredUpdates(name), (origin) =>
      Boolean(this.connection?.isFromColleague(origin)),
    );
    const cards = this.doc.getMap<unknown>('cards');
    cards.observeDeep((events) => {
      for (const event of events) {
        if (event instanceof Y.YMapEvent && event.target === cards) {
          // keysChanged, not changes.keys: computing the changes looks each key up in the delete
          // set, which on loading the document costs more than dropping a cached card too many.
          event.keysChanged.forEach((key) => this.cardChanged(String(key)));
          this.changed('cards');
        } else {
          this.cardChanged(String(event.path[0]));
          // The card's own map names its changed fields; a nested type (the body) is one field.
          const own = event.path.length === 1 && event instanceof Y.YMapEvent;
          const fields = own ? event.keysChanged : [event.path[1]];
          fields.forEach((field) => this.changed(`cards.${String(field)}`));
        }
      }
    });
    for (const part of [
      'meta',
      'columns',
      'channels',
      'people',
      'requests',
      'history',
      'meetings',
      'deviceKeys',
      'signatures',
    ])
      this.doc.getMap(part).observeDeep(() => this.changed(part));
    this.undoManager = new Y.UndoManager(
      // Everything a user changes, so undoing a move also takes back its history entry.
      // A decision's signature goes with it; device keys are never undone.
      ['meta', 'columns', 'cards', 'channels', 'people', 'requests', 'history', 'meetings', 'signatures'].map(
        (name) => this.doc.getMap(name),
      ),
      { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 300 },
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
    this.ready = this.storage.whenSynced.then(() => (this.migration = migrate(this.doc)));
  }

  private changed(part: string) {
    this.changes.set(part, (this.changes.get(part) ?? 0) + 1);
    this.touched.add(part);
  }

  private cardChanged(id: string) {
    this.cardCache.delete(id);
    this.touched.add(cardPart(id));
  }

  /** A count that grows whenever this part changes (see the header comment for the parts). */
  changesOf(part: string): number {
    return this.changes.get(part) ?? 0;
  }

  private notify() {
    this.version++;
    const parts = [...this.touched];
    this.touched.clear();
    this.listeners.notify(parts);
  }

  /** Tells subscribers that something outside the document changed (sync status, presence). */
  private emit() {
    this.listeners.notify(CONNECTION_PARTS);
  }

  /** Hears every change. */
  subscribe = (listener: Listener): (() => void) => this.listeners.subscribe(listener);

  /** Hears the changes to these parts only (see the header comment). */
  subscribeTo(parts: readonly string[], listener: Listener): () => void {
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
   * Starts peer-to-peer sync (once); later calls only update the hubs. The WebRTC modules are
   * evaluated here, on first use, so that they do not run before the board is shown.
   */
  async connect(options: ConnectionOptions): Promise<void> {
    this.connectionCode ??= import('./connection');
    const { Connection } = await this.connectionCode;
    if (this.destroyed) return;
    if (this.connection) {
      this.connection.setHubs(options.hubs);
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

  /** Resolves when every local change so far is stored in IndexedDB. */
  whenWritten(): Promise<void> {
    return this.storage.whenWritten();
  }

  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    await this.storage.whenWritten();
    this.connection?.destroy();
    this.undoManager.destroy();
    await this.storage.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }
}
