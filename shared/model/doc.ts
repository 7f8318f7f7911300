import * as Y from 'yjs';

/**
 * The origin of every local write. The UndoManager tracks only this origin, so loading from
 * IndexedDB and edits from peers are never undone.
 */
export const LOCAL_ORIGIN = Symbol.for('sendeplan.local');

export type Doc = Y.Doc;
export type Record = Y.Map<unknown>;

/** Runs one user action as one transaction with the local origin. */
export function change<T>(doc: Y.Doc, fn: () => T): T {
  let result!: T;
  doc.transact(() => {
    result = fn();
  }, LOCAL_ORIGIN);
  return result;
}

export const metaMap = (doc: Y.Doc) => doc.getMap<unknown>('meta');
export const columnsMap = (doc: Y.Doc) => doc.getMap<unknown>('columns');
export const cardsMap = (doc: Y.Doc) => doc.getMap<unknown>('cards');
export const channelsMap = (doc: Y.Doc) => doc.getMap<unknown>('channels');
export const peopleMap = (doc: Y.Doc) => doc.getMap<unknown>('people');

/** The record stored under `id`, if it is a Y.Map (a peer could have stored anything there). */
export function recordOf(map: Y.Map<unknown>, id: string): Record | undefined {
  const value = map.get(id);
  return value instanceof Y.Map ? value : undefined;
}

/** A new record with the given fields, ready to be put into a top-level map. */
export function newRecord(fields: { [key: string]: unknown }): Record {
  const record = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) record.set(key, value);
  return record;
}

/** Sets the fields of a patch that are defined; `null` clears a field. */
export function applyPatch(record: Record, patch: { [key: string]: unknown }): void {
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) record.set(key, value);
}
