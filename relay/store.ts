/*
 * The relay's one file: an SQLite database (Node 22's built-in `node:sqlite`, no native module to
 * build). Per document (named by the workspace's room id):
 *
 *   documents(name, state)            the whole Yjs state, written when Hocuspocus stores it
 *   journal(seq, name, update)        every update since, written synchronously as the document
 *                                     applies it, before Hocuspocus acknowledges it to the device:
 *                                     what a device saw as "gesichert" is in the file even when the
 *                                     process is killed the next moment (WAL; the OS keeps it)
 *   tokens(name, hash)                SHA-256 of the workspace's token (shared/relayToken.ts)
 *   tombstones(name, deleted_at)      workspaces an admin deleted: they stay deleted
 *
 * Storing a document writes its state and drops the journal entries it contains, in one
 * transaction; loading merges the state with the journal.
 */
import { DatabaseSync } from 'node:sqlite';
import * as Y from 'yjs';

export class RelayStore {
  private readonly db: DatabaseSync;
  private readonly statements;
  private open = true;

  constructor(readonly path: string) {
    this.db = new DatabaseSync(path);
    this.db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = NORMAL;
      PRAGMA busy_timeout = 5000;
      CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, update_data BLOB NOT NULL);
      CREATE INDEX IF NOT EXISTS journal_name ON journal (name, seq);
      CREATE TABLE IF NOT EXISTS tokens (name TEXT PRIMARY KEY, hash TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS tombstones (name TEXT PRIMARY KEY, deleted_at INTEGER NOT NULL);
    `);
    const db = this.db;
    this.statements = {
      state: db.prepare('SELECT state FROM documents WHERE name = ?'),
      journal: db.prepare('SELECT seq, update_data FROM journal WHERE name = ? ORDER BY seq'),
      append: db.prepare('INSERT INTO journal (name, update_data) VALUES (?, ?)'),
      putState: db.prepare(
        'INSERT INTO documents (name, state) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state',
      ),
      dropJournal: db.prepare('DELETE FROM journal WHERE name = ? AND seq <= ?'),
      lastSeq: db.prepare('SELECT MAX(seq) AS seq FROM journal WHERE name = ?'),
      token: db.prepare('SELECT hash FROM tokens WHERE name = ?'),
      putToken: db.prepare('INSERT INTO tokens (name, hash) VALUES (?, ?) ON CONFLICT (name) DO NOTHING'),
      tombstone: db.prepare('SELECT deleted_at FROM tombstones WHERE name = ?'),
      tombstonesSince: db.prepare('SELECT name, deleted_at FROM tombstones WHERE deleted_at > ?'),
      bury: db.prepare(
        'INSERT INTO tombstones (name, deleted_at) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET deleted_at = excluded.deleted_at',
      ),
      dropDocument: db.prepare('DELETE FROM documents WHERE name = ?'),
      dropAllJournal: db.prepare('DELETE FROM journal WHERE name = ?'),
      dropToken: db.prepare('DELETE FROM tokens WHERE name = ?'),
      names: db.prepare('SELECT name FROM tokens ORDER BY name'),
    };
  }

  /** The document's state and journal as one update, or null if the relay has none. */
  load(name: string): Uint8Array | null {
    const state = this.statements.state.get(name)?.state as Uint8Array | undefined;
    const journal = this.statements.journal.all(name).map((row) => row.update_data as Uint8Array);
    const parts = [...(state ? [state] : []), ...journal];
    if (parts.length === 0) return null;
    return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
  }

  /** Appends one update to the document's journal (synchronously: see the header). */
  append(name: string, update: Uint8Array): void {
    if (this.open) this.statements.append.run(name, update);
  }

  /**
   * Writes the document's whole state and drops the journal it contains. `state` must have been
   * encoded after every journal entry up to `upTo` was applied (the caller reads `lastSeq` first).
   */
  store(name: string, state: Uint8Array, upTo: number): void {
    // After close (a store the relay's shutdown started): the journal holds everything already.
    if (!this.open) return;
    this.db.exec('BEGIN IMMEDIATE');
    try {
      if (!this.isDeleted(name)) {
        this.statements.putState.run(name, state);
        this.statements.dropJournal.run(name, upTo);
      }
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  lastSeq(name: string): number {
    return Number(this.statements.lastSeq.get(name)?.seq ?? 0);
  }

  tokenHash(name: string): string | null {
    return (this.statements.token.get(name)?.hash as string | undefined) ?? null;
  }

  /** Registers the hash of a document's token unless it has one; returns the one it has now. */
  registerToken(name: string, hash: string): string {
    this.statements.putToken.run(name, hash);
    return this.tokenHash(name)!;
  }

  isDeleted(name: string): boolean {
    return this.statements.tombstone.get(name) !== undefined;
  }

  /** Names deleted after `since` (ms), with when. */
  deletedSince(since: number): { name: string; at: number }[] {
    return this.statements.tombstonesSince
      .all(since)
      .map((row) => ({ name: String(row.name), at: Number(row.deleted_at) }));
  }

  /** Deletes everything of a document and leaves a tombstone, in one transaction. */
  delete(name: string, at = Date.now()): void {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      this.statements.bury.run(name, at);
      this.statements.dropDocument.run(name);
      this.statements.dropAllJournal.run(name);
      this.statements.dropToken.run(name);
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /** The names of the workspaces the relay knows (with a token). */
  names(): string[] {
    return this.statements.names.all().map((row) => String(row.name));
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.db.close();
  }
}
