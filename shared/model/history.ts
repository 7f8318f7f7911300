/*
 * A short history per card: who did what when ("Lena hat die Karte nach Freigegeben verschoben").
 *
 *   history  Y.Map<CardId, Y.Map>   entries  Y.Array<StoredEntry>, the last HISTORY_LIMIT
 *                                   dropped  number of older entries removed (a summary count)
 *
 * Entries are written by the model functions in the same transaction as the change they describe
 * (the request functions, and the stamps below when a step ends). They
 * carry the actor's name as it was (not the id: 55 of 313 KB in the size test, and the name is what
 * is read), so a removed colleague stays readable. Stored with short keys, and the array is trimmed
 * as it grows: Yjs garbage-collects the content of deleted entries, so a
 * busy card costs a bounded amount (see the size test in history.test.ts). Under concurrent edits
 * two peers may both trim; the array then briefly holds a few more entries and `dropped` counts
 * one peer's trims (last writer wins): the summary is approximate, never wrong about what is shown.
 *
 * Three entries are not stored here but read from the card, which holds them anyway (a 2,000-card
 * workspace: about 200 KB less; a move or a scheduling writes one value instead of two):
 * - "created" from the card's `createdAt` and `createdBy` (removePerson stores it as an entry
 *   first, so the creator's name outlives them);
 * - the latest move into its column and the latest scheduling, from a stamp in `pos` and `slot`
 *   (`n`, `s`: who, and when in seconds; see StoredStamp). The next such step turns the stamp into
 *   an entry, unless it continues the same step (see stampStep).
 *
 * Who acts is device-local: the renderer tells the model once with setActor(doc, person), so
 * callers such as the board need not pass a person to every moveCard.
 */
import * as Y from 'yjs';
import { cut, isId, isInstant, LIMITS } from './bounds';
import { cardsMap, change, channelsMap, columnsMap, peopleMap } from './doc';
import type { CardId, PersonId } from './ids';
import { isPos, isSlot, readChannel, readColumn, readPerson } from './read';
import { REQUEST_KINDS, type RequestKind } from './schema';

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
  // Moved into the approved stage by hand while the approval was open / changes were requested.
  'approvalBypassed',
  'changesBypassed',
  // The approved content changed (approvalChanges.ts): the card left "Freigegeben"; approved again.
  'changedAfterApproval',
  'reapproved',
  // An open request went to someone else because of an absence (standIns.ts), or nobody can take it.
  'passedOn',
  'noStandIn',
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
  /** The actor's name as it was, when the entry records an earlier step (a stamp). */
  name?: string;
  at?: number;
}

/**
 * Moves and reschedulings of a card by one person within this time are one step in the history
 * ("Lena hat die Karte nach Freigegeben verschoben"): dragging a card back and forth in a meeting
 * is not news, and replacing the last step keeps the document from growing with every drag.
 */
const COALESCE_MS = 10 * 60_000;

/** Whether a step by `name` at `at` continues one by `previous.n` at `previous.at`. */
function continuesStep(previous: Stamp, name: string, at: number): boolean {
  return (previous.n ?? '') === name && at >= previous.at && at - previous.at < COALESCE_MS;
}

function entriesOf(doc: Y.Doc, cardId: CardId): Y.Array<unknown> | null {
  const record = historyMap(doc).get(cardId);
  const entries = record instanceof Y.Map ? record.get('entries') : undefined;
  return entries instanceof Y.Array ? entries : null;
}

/** Who took a step and when (ms), read from the stamp in the value the step wrote. */
interface Stamp {
  n?: string;
  at: number;
}

/**
 * The stamp as stored: the name and the time in whole seconds (`s`). Epoch seconds are a small
 * integer to Yjs (6 bytes, until 2038) where milliseconds are a float (9 bytes), and every move
 * and scheduling writes one (docs/performance.md: the growth after 10,000 moves).
 */
export interface StoredStamp {
  n?: string;
  s: number;
}

function stampOf(value: unknown): Stamp | null {
  const stored = storedStampOf(value);
  if (!stored) return null;
  return stored.n ? { n: stored.n, at: stored.s * 1000 } : { at: stored.s * 1000 };
}

/** The stamp in a stored pos or slot, to keep it when the value is written again unchanged in kind. */
export function storedStampOf(value: unknown): StoredStamp | null {
  if (typeof value !== 'object' || value === null) return null;
  const { n, s } = value as { [key: string]: unknown };
  if (!isInstant(typeof s === 'number' ? s * 1000 : null)) return null;
  return typeof n === 'string' && n ? { n: cut(n, LIMITS.name), s: s as number } : { s: s as number };
}

/** The steps kept as a stamp in a card field, and how their entry says where the card went. */
const STAMPED = {
  moved: {
    field: 'pos',
    detail: (doc: Y.Doc, pos: unknown) =>
      isPos(pos) ? (readColumn(pos.columnId, columnsMap(doc).get(pos.columnId))?.title ?? '') : null,
  },
  scheduled: {
    field: 'slot',
    detail: (doc: Y.Doc, slot: unknown) => {
      if (!isSlot(slot)) return null;
      const channel = readChannel(slot.channelId, channelsMap(doc).get(slot.channelId))?.name ?? '';
      return `${slot.date} ${slot.time} · ${channel}`;
    },
  },
} as const;
export type StampedStep = keyof typeof STAMPED;

/** The stamped step in `value` (a card's pos or slot) as an entry, or null when it has none. */
function stampedEntry(doc: Y.Doc, type: StampedStep, value: unknown): HistoryEntry | null {
  const stamp = stampOf(value);
  const detail = STAMPED[type].detail(doc, value);
  if (!stamp || detail === null) return null;
  return { type, at: stamp.at, name: stamp.n ?? '', detail, kind: null };
}

/**
 * Whether `at` is after `stampAt`, a stamp's time. Stamps keep whole seconds, so what happened in
 * the same second is not after it.
 */
function after(at: number, stampAt: number): boolean {
  return Math.floor(at / 1000) > Math.floor(stampAt / 1000);
}

/** Whether a stored entry (maybe garbage from a peer) records something after a stamp's time. */
function laterThan(entry: unknown, stampAt: number): boolean {
  const entryAt = (entry as { at?: unknown } | null)?.at;
  return typeof entryAt === 'number' && after(entryAt, stampAt);
}

/**
 * Ends the step stamped in `value` (the card's pos or slot before a change): it becomes a stored
 * entry, placed before the entries recorded after it (a reminder between two moves).
 */
export function closeStep(doc: Y.Doc, cardId: CardId, type: StampedStep, value: unknown): void {
  const entry = stampedEntry(doc, type, value);
  if (!entry) return;
  change(doc, () => {
    const { entries } = entriesFor(doc, cardId);
    let index = entries.length;
    while (index > 0 && laterThan(entries.get(index - 1), entry.at)) index--;
    insertEntry(doc, cardId, index, toStored(doc, entry));
  });
}

/**
 * The stamp for a `type` step taken now, replacing `previous` (the value it overwrites). The
 * previous step becomes an entry unless this one continues it: the same person within
 * COALESCE_MS, with nothing else recorded on the card since.
 */
export function stampStep(doc: Y.Doc, cardId: CardId, type: StampedStep, previous: unknown): StoredStamp {
  const at = Date.now();
  const name = nameOf(doc, actorOf(doc)?.id);
  const stamp = stampOf(previous);
  if (!stamp || !continuesStep(stamp, name, at) || recordedSince(doc, cardId, type, stamp.at))
    closeStep(doc, cardId, type, previous);
  const seconds = Math.floor(at / 1000);
  return name ? { n: name, s: seconds } : { s: seconds };
}

/** Whether anything but the `type` step was recorded on the card after `at`. */
function recordedSince(doc: Y.Doc, cardId: CardId, type: StampedStep, at: number): boolean {
  const entries = entriesOf(doc, cardId);
  if (entries && entries.length > 0 && laterThan(entries.get(entries.length - 1), at)) return true;
  const card = cardsMap(doc).get(cardId);
  if (!(card instanceof Y.Map)) return false;
  return (Object.keys(STAMPED) as StampedStep[]).some(
    (other) => other !== type && after(stampOf(card.get(STAMPED[other].field))?.at ?? -Infinity, at),
  );
}

/** The entries of a card's history, created when missing. */
function entriesFor(doc: Y.Doc, cardId: CardId): { record: Y.Map<unknown>; entries: Y.Array<StoredEntry> } {
  const map = historyMap(doc);
  let record = map.get(cardId);
  if (!(record instanceof Y.Map) || !(record.get('entries') instanceof Y.Array)) {
    record = new Y.Map<unknown>();
    map.set(cardId, record);
    (record as Y.Map<unknown>).set('entries', new Y.Array<StoredEntry>());
  }
  const card = record as Y.Map<unknown>;
  return { record: card, entries: card.get('entries') as Y.Array<StoredEntry> };
}

function toStored(doc: Y.Doc, entry: NewHistoryEntry): StoredEntry {
  const by = entry.by === undefined ? (actorOf(doc)?.id ?? null) : entry.by;
  const stored: StoredEntry = { t: entry.type, at: entry.at ?? Date.now() };
  const name = entry.name ?? nameOf(doc, by);
  if (name) stored.n = name.slice(0, LIMITS.name);
  if (entry.detail) stored.d = entry.detail.slice(0, LIMITS.note);
  if (entry.kind) stored.k = entry.kind;
  return stored;
}

/**
 * Appends an entry to a card's history, within the caller's transaction if there is one, and trims
 * the history to the last HISTORY_LIMIT entries.
 */
export function appendHistory(doc: Y.Doc, cardId: CardId, entry: NewHistoryEntry): void {
  change(doc, () => {
    const { entries } = entriesFor(doc, cardId);
    insertEntry(doc, cardId, entries.length, toStored(doc, entry));
  });
}

function insertEntry(doc: Y.Doc, cardId: CardId, index: number, stored: StoredEntry): void {
  const { record, entries } = entriesFor(doc, cardId);
  entries.insert(index, [stored]);
  if (entries.length > HISTORY_LIMIT + TRIM_SLACK) {
    const excess = entries.length - HISTORY_LIMIT;
    entries.delete(0, excess);
    const dropped = record.get('dropped');
    record.set('dropped', (typeof dropped === 'number' ? dropped : 0) + excess);
  }
}

function readEntry(value: unknown): HistoryEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const { t, at, n, d, k } = value as { [key: string]: unknown };
  if (!(HISTORY_TYPES as readonly unknown[]).includes(t) || !isInstant(at)) return null;
  return {
    type: t as HistoryType,
    at,
    name: typeof n === 'string' ? cut(n, LIMITS.name) : '',
    detail: typeof d === 'string' ? cut(d, LIMITS.note) : '',
    kind: (REQUEST_KINDS as readonly unknown[]).includes(k) ? (k as RequestKind) : null,
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
  const droppedValue = record instanceof Y.Map ? record.get('dropped') : undefined;
  let dropped =
    Number.isSafeInteger(droppedValue) && (droppedValue as number) > 0 ? (droppedValue as number) : 0;
  const entries: HistoryEntry[] = [];
  // The latest entries only: a peer may have stored any number of them.
  const stored = entriesOf(doc, cardId);
  const from = Math.max(0, (stored?.length ?? 0) - HISTORY_LIMIT - TRIM_SLACK);
  dropped += from;
  for (const value of stored?.slice(from) ?? []) {
    const entry = readEntry(value);
    if (entry) entries.push(entry);
    else dropped++;
  }
  withDerived(doc, cardId, entries);
  const hidden = Math.max(0, entries.length - HISTORY_LIMIT);
  return { entries: entries.slice(hidden), dropped: dropped + hidden };
}

/**
 * Adds to the stored entries what the card itself says (see the top of this file): "created" first
 * unless stored, and the stamped steps after the entries recorded before them.
 */
function withDerived(doc: Y.Doc, cardId: CardId, entries: HistoryEntry[]): void {
  const card = cardsMap(doc).get(cardId);
  if (!(card instanceof Y.Map)) return;
  const createdAt = card.get('createdAt');
  if (isInstant(createdAt) && !entries.some((e) => e.type === 'created')) {
    const createdBy = card.get('createdBy');
    const name = isId(createdBy) ? nameOf(doc, createdBy as PersonId) : '';
    entries.unshift({ type: 'created', at: createdAt, name, detail: '', kind: null });
  }
  for (const type of Object.keys(STAMPED) as StampedStep[]) {
    const entry = stampedEntry(doc, type, card.get(STAMPED[type].field));
    if (!entry) continue;
    let index = entries.length;
    while (index > 0 && after(entries[index - 1]!.at, entry.at)) index--;
    entries.splice(index, 0, entry);
  }
}

/** Stores the "created" entry of a person's cards while their name can still be read (removePerson). */
export function keepCreatorName(doc: Y.Doc, personId: PersonId): void {
  cardsMap(doc).forEach((card, cardId) => {
    if (!(card instanceof Y.Map) || card.get('createdBy') !== personId) return;
    const createdAt = card.get('createdAt');
    const stored = entriesOf(doc, cardId as CardId)?.toArray() ?? [];
    if (typeof createdAt !== 'number' || stored.some((e) => readEntry(e)?.type === 'created')) return;
    const { entries } = entriesFor(doc, cardId as CardId);
    entries.insert(0, [toStored(doc, { type: 'created', by: personId, at: createdAt })]);
  });
}
