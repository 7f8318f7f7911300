/*
 * A short history per card: who did what when ("Lena hat die Karte nach Freigegeben verschoben").
 *
 *   history  Y.Map<CardId, Y.Map>   entries  Y.Array<StoredEntry>, the last HISTORY_LIMIT
 *                                   dropped  number of older entries removed (a summary count)
 *
 * Entries are written by the model functions in the same transaction as the change they describe
 * (addCard, moveCard, the request functions; the calendar's scheduleCard calls appendHistory). They
 * carry the actor's name as it was (not the id: 55 of 313 KB in the size test, and the name is what
 * is read), so a removed colleague stays readable. Stored with short keys, and the array is trimmed
 * as it grows: Yjs garbage-collects the content of deleted entries, so a
 * busy card costs a bounded amount (see the size test in history.test.ts). Under concurrent edits
 * two peers may both trim; the array then briefly holds a few more entries and `dropped` counts
 * one peer's trims (last writer wins): the summary is approximate, never wrong about what is shown.
 *
 * Who acts is device-local: the renderer tells the model once with setActor(doc, person), so
 * callers such as the board need not pass a person to every moveCard.
 */
import * as Y from 'yjs';
import { change, peopleMap } from './doc';
import type { CardId, PersonId } from './ids';
import { readPerson } from './read';
import type { RequestKind } from './schema';

/** Entries shown per card; older ones are summarised as a count. */
export const HISTORY_LIMIT = 50;
/**
 * Entries stored beyond the limit before a trim. Trimming in batches writes the `dropped` count
 * once per batch instead of once per entry: measured over 10,000 moves, 313 KB instead of 382 KB.
 */
const TRIM_SLACK = 25;

export const HISTORY_TYPES = [
  'created',
  'moved',
  'scheduled',
  'unscheduled',
  'requested',
  'changed',
  'reminded',
  'delivered',
  'declined',
  'cancelled',
  'approvalRequested',
  'approved',
  'changesRequested',
  'approvedAll',
] as const;
export type HistoryType = (typeof HISTORY_TYPES)[number];

export interface HistoryEntry {
  type: HistoryType;
  at: number;
  /** The actor's name when it happened ('' when nobody was known). */
  name: string;
  /** What the type needs to be read: a column title, a date, a person's name, a comment. */
  detail: string;
  kind: RequestKind | null;
}

/** As stored: short keys, because a busy workspace holds thousands of these. */
interface StoredEntry {
  t: HistoryType;
  at: number;
  n?: string;
  d?: string;
  k?: RequestKind;
}

export interface Actor {
  id: PersonId;
  name: string;
}

const actors = new WeakMap<Y.Doc, Actor | null>();

/** Who is acting on this device (the "who am I" of the workspace); null when nobody is chosen. */
export function setActor(doc: Y.Doc, actor: Actor | null): void {
  actors.set(doc, actor);
}

export function actorOf(doc: Y.Doc): Actor | null {
  return actors.get(doc) ?? null;
}

export const historyMap = (doc: Y.Doc) => doc.getMap<unknown>('history');

/** The name of a person now, or '' (used when an entry is written, so it keeps the name as it was). */
export function nameOf(doc: Y.Doc, id: PersonId | null | undefined): string {
  if (!id) return '';
  const actor = actorOf(doc);
  if (actor?.id === id) return actor.name;
  return readPerson(id, peopleMap(doc).get(id))?.name ?? '';
}

export interface NewHistoryEntry {
  type: HistoryType;
  detail?: string;
  kind?: RequestKind | null;
  /** Defaults to the device's actor. */
  by?: PersonId | null;
  at?: number;
}

/**
 * Moves and reschedulings of a card by one person within this time are one step in the history
 * ("Lena hat die Karte nach Freigegeben verschoben"): dragging a card back and forth in a meeting
 * is not news, and replacing the last entry keeps the document from growing with every drag.
 */
const COALESCE_MS = 10 * 60_000;
const COALESCING: readonly HistoryType[] = ['moved', 'scheduled'];

function continues(last: unknown, next: StoredEntry): boolean {
  if (typeof last !== 'object' || last === null || !COALESCING.includes(next.t)) return false;
  const { t, at, n } = last as { [key: string]: unknown };
  return (
    t === next.t && n === next.n && typeof at === 'number' && next.at >= at && next.at - at < COALESCE_MS
  );
}

/**
 * Appends an entry to a card's history, within the caller's transaction if there is one, and trims
 * the history to the last HISTORY_LIMIT entries.
 */
export function appendHistory(doc: Y.Doc, cardId: CardId, entry: NewHistoryEntry): void {
  change(doc, () => {
    const map = historyMap(doc);
    let record = map.get(cardId);
    if (!(record instanceof Y.Map) || !(record.get('entries') instanceof Y.Array)) {
      record = new Y.Map<unknown>();
      map.set(cardId, record);
      (record as Y.Map<unknown>).set('entries', new Y.Array<StoredEntry>());
    }
    const card = record as Y.Map<unknown>;
    const entries = card.get('entries') as Y.Array<StoredEntry>;
    const by = entry.by === undefined ? (actorOf(doc)?.id ?? null) : entry.by;
    const stored: StoredEntry = { t: entry.type, at: entry.at ?? Date.now() };
    const name = nameOf(doc, by);
    if (name) stored.n = name;
    if (entry.detail) stored.d = entry.detail;
    if (entry.kind) stored.k = entry.kind;
    if (entries.length > 0 && continues(entries.get(entries.length - 1), stored))
      entries.delete(entries.length - 1, 1);
    entries.push([stored]);
    if (entries.length > HISTORY_LIMIT + TRIM_SLACK) {
      const excess = entries.length - HISTORY_LIMIT;
      entries.delete(0, excess);
      const dropped = card.get('dropped');
      card.set('dropped', (typeof dropped === 'number' ? dropped : 0) + excess);
    }
  });
}

function readEntry(value: unknown): HistoryEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const { t, at, n, d, k } = value as { [key: string]: unknown };
  if (!(HISTORY_TYPES as readonly unknown[]).includes(t) || typeof at !== 'number') return null;
  return {
    type: t as HistoryType,
    at,
    name: typeof n === 'string' ? n : '',
    detail: typeof d === 'string' ? d : '',
    kind: typeof k === 'string' ? (k as RequestKind) : null,
  };
}

export interface CardHistory {
  /** Oldest first. */
  entries: HistoryEntry[];
  /** Older entries that were removed, plus unreadable ones. */
  dropped: number;
}

/** A card's history, read defensively: unreadable entries are counted, never shown or thrown on. */
export function readHistory(doc: Y.Doc, cardId: CardId): CardHistory {
  const record = historyMap(doc).get(cardId);
  if (!(record instanceof Y.Map)) return { entries: [], dropped: 0 };
  const stored = record.get('entries');
  const droppedValue = record.get('dropped');
  let dropped = typeof droppedValue === 'number' && droppedValue > 0 ? droppedValue : 0;
  const entries: HistoryEntry[] = [];
  if (stored instanceof Y.Array) {
    for (const value of stored.toArray()) {
      const entry = readEntry(value);
      if (entry) entries.push(entry);
      else dropped++;
    }
  }
  const hidden = Math.max(0, entries.length - HISTORY_LIMIT);
  return { entries: entries.slice(hidden), dropped: dropped + hidden };
}
