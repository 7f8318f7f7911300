/*
 * Typed, defensive reads. Anything in the document may come from another peer or an older
 * version, so every field is checked and falls back to a safe default. A card whose stored
 * fields were wrong is returned with `problems` listing what was wrong: the UI shows it as
 * damaged, and the card is never dropped.
 */
import * as Y from 'yjs';
import { readStandInNote } from './absences';
import { cut, cutProblem, isCalendarDate, isId, isInstant, LIMITS } from './bounds';
import { NO_POST, readPost } from './post';
import { textStart } from './text';
import type { CampaignId, CardId, ChannelId, ColumnId, PersonId } from './ids';
import {
  ACTION_FIELDS,
  CHANNEL_KINDS,
  DECISIONS,
  REQUEST_KINDS,
  ROLES,
  STAGES,
  type Answer,
  type ApprovalDecision,
  type Card,
  type NamedPerson,
  type Request,
  type RequestId,
  type Stamp,
  type Channel,
  type Column,
  type Person,
  type Pos,
  type Slot,
  type SlotTemplateEntry,
} from './schema';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;

/** A calendar date that exists, in the years the app plans (bounds.ts): 2026-02-30 is none. */
export const isDate = (v: unknown): v is string => isCalendarDate(v);
export const isTime = (v: unknown): v is string => typeof v === 'string' && TIME.test(v);
export const isColor = (v: unknown): v is string => typeof v === 'string' && COLOR.test(v);

function oneOf<T extends string>(values: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (values as readonly string[]).includes(v);
}

/** Collects what was wrong while reading one record. */
export class Reader {
  readonly problems: string[] = [];
  constructor(private readonly record: Y.Map<unknown>) {}

  raw(key: string): unknown {
    return this.record.get(key);
  }

  /** The value if the guard accepts it; otherwise the fallback, noting a problem when a value was there. */
  field<T>(key: string, guard: (v: unknown) => v is T, fallback: T, required = false): T {
    const value = this.record.get(key);
    if (guard(value)) return value;
    if (value !== undefined || required) this.problems.push(key);
    return fallback;
  }

  /** A text field cut to `max` characters; a longer one is noted as cut, another value as wrong. */
  text(key: string, max: number, fallback: string, required = false): string {
    return this.within(key, this.field(key, isString, fallback, required), max);
  }

  /** `text` cut to `max` characters, noting the field as cut when it was longer. */
  within(key: string, text: string, max: number): string {
    if (text.length <= max) return text;
    this.problems.push(cutProblem(key));
    return cut(text, max);
  }

  /**
   * The entries of a list field that `item` accepts (given their index), at most `max`; other
   * entries are dropped and noted, so one bad entry hides nothing else.
   */
  list<T>(key: string, max: number, item: (v: unknown) => T | null): T[] {
    const value = this.record.get(key);
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.problems.push(key);
      return [];
    }
    if (value.length > max) this.problems.push(cutProblem(key));
    const items: T[] = [];
    for (const entry of value.slice(0, max)) {
      const read = item(entry);
      if (read === null) this.problems.push(key);
      else items.push(read);
    }
    return items;
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isIdOrNull = (v: unknown): v is string | null => v === null || isId(v);
const isOrder = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= LIMITS.order;

export function isPos(v: unknown): v is Pos {
  if (typeof v !== 'object' || v === null) return false;
  const { columnId, order } = v as { [key: string]: unknown };
  return isId(columnId) && isOrder(order);
}

export function isSlot(v: unknown): v is Slot {
  if (typeof v !== 'object' || v === null) return false;
  const { date, time, channelId } = v as { [key: string]: unknown };
  return isDate(date) && isTime(time) && isId(channelId);
}

const isSlotOrNull = (v: unknown): v is Slot | null => v === null || isSlot(v);

function isTemplate(v: unknown): v is SlotTemplateEntry[] {
  return (
    Array.isArray(v) &&
    v.length <= LIMITS.list &&
    v.every((e) => {
      const entry = e as { [key: string]: unknown } | null;
      return (
        typeof entry === 'object' &&
        entry !== null &&
        Number.isInteger(entry.weekday) &&
        (entry.weekday as number) >= 1 &&
        (entry.weekday as number) <= 7 &&
        isTime(entry.time)
      );
    })
  );
}

/** A tag as stored, cut to its size; null for anything but text. */
const tagOf = (v: unknown): string | null => (typeof v === 'string' ? cut(v, LIMITS.tag) : null);
const idOf = (v: unknown): string | null => (isId(v) ? v : null);

/** Where a card sits when its stored place is unreadable: the end of the first column. */
export const NO_POS: Pos = { columnId: '' as ColumnId, order: '~' };

// The stored pos and slot also carry a stamp of who set them when (history.ts); a card has just the place.
const placeOf = ({ columnId, order }: Pos): Pos => ({ columnId, order });
const slotOf = (slot: Slot | null): Slot | null =>
  slot && { date: slot.date, time: slot.time, channelId: slot.channelId };

export function readCard(id: string, value: unknown): Card {
  if (!(value instanceof Y.Map)) {
    return {
      id: id as CardId,
      title: '',
      body: '',
      pos: NO_POS,
      channelIds: [],
      slot: null,
      ownerId: null,
      field: null,
      tags: [],
      createdAt: 0,
      createdBy: null,
      archived: false,
      seriesId: null,
      campaignId: null,
      post: NO_POST,
      problems: isId(id) ? ['record'] : ['record', 'id'],
    };
  }
  const r = new Reader(value);
  if (!isId(id)) r.problems.push('id');
  const body = r.raw('body');
  if (body !== undefined && !(body instanceof Y.Text)) r.problems.push('body');
  const bodyText =
    body instanceof Y.Text ? textStart(body, LIMITS.text) : typeof body === 'string' ? body : '';
  return {
    id: id as CardId,
    title: r.text('title', LIMITS.title, '', true),
    body: r.within('body', bodyText, LIMITS.text),
    pos: placeOf(r.field('pos', isPos, NO_POS, true)),
    channelIds: r.list('channelIds', LIMITS.list, idOf) as ChannelId[],
    slot: slotOf(r.field('slot', isSlotOrNull, null)),
    ownerId: r.field('ownerId', isIdOrNull, null) as PersonId | null,
    field: r.field('field', (v): v is Card['field'] => v === null || oneOf(ACTION_FIELDS, v), null),
    tags: r.list('tags', LIMITS.tags, tagOf),
    createdAt: r.field('createdAt', isInstant, 0),
    createdBy: r.field('createdBy', isIdOrNull, null) as PersonId | null,
    archived: r.field('archived', isBoolean, false),
    seriesId: r.field('seriesId', isIdOrNull, null),
    campaignId: r.field('campaignId', isIdOrNull, null) as CampaignId | null,
    post: readPost(value, r.problems),
    problems: r.problems,
  };
}

export function readColumn(id: string, value: unknown): Column | null {
  if (!(value instanceof Y.Map)) return null;
  const r = new Reader(value);
  return {
    id: id as ColumnId,
    title: r.text('title', LIMITS.title, '?'),
    order: r.field('order', isOrder, '~'),
    stage: r.field('stage', (v): v is Column['stage'] => v === null || oneOf(STAGES, v), null),
  };
}

export function readPerson(id: string, value: unknown): Person | null {
  if (!(value instanceof Y.Map)) return null;
  const r = new Reader(value);
  return {
    id: id as PersonId,
    name: r.text('name', LIMITS.name, '?'),
    role: r.field('role', (v): v is Person['role'] => oneOf(ROLES, v), 'other'),
    color: r.field('color', isColor, '#888888'),
  };
}

export function readChannel(id: string, value: unknown): Channel | null {
  if (!(value instanceof Y.Map)) return null;
  const r = new Reader(value);
  return {
    id: id as ChannelId,
    name: r.text('name', LIMITS.name, '?'),
    kind: r.field('kind', (v): v is Channel['kind'] => oneOf(CHANNEL_KINDS, v), 'other'),
    color: r.field('color', isColor, '#888888'),
    order: r.field('order', isOrder, '~'),
    slotTemplate: r.field('slotTemplate', isTemplate, []),
  };
}

/** The fields of a plain object value (a stamp, an answer), or null for anything else. */
function fieldsOf(v: unknown): { [key: string]: unknown } | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as { [key: string]: unknown }) : null;
}

function readStamp(v: unknown): Stamp | null {
  const fields = fieldsOf(v);
  if (!fields || !isInstant(fields.at) || !isIdOrNull(fields.by)) return null;
  return { at: fields.at, by: fields.by as PersonId | null };
}

function readAnswer(v: unknown): Answer | null {
  const stamp = readStamp(v);
  const { type, note } = fieldsOf(v) ?? {};
  if (!stamp || (type !== 'delivered' && type !== 'declined') || !isString(note)) return null;
  return { ...stamp, type, note: cut(note, LIMITS.note) };
}

function readNamed(v: unknown): NamedPerson | null {
  const { id, name } = fieldsOf(v) ?? {};
  return isId(id) && isString(name) ? { id: id as PersonId, name: cut(name, LIMITS.name) } : null;
}

function readDecision(v: unknown): ApprovalDecision | null {
  const { decision, comment, at } = fieldsOf(v) ?? {};
  if (!oneOf(DECISIONS, decision) || !isString(comment) || !isInstant(at)) return null;
  return { decision, comment: cut(comment, LIMITS.note), at };
}

/** A field read by `read` (which returns null for what it cannot read); null when the field is null. */
function optional<T>(r: Reader, key: string, read: (v: unknown) => T | null): T | null {
  const value = r.raw(key);
  if (value === undefined || value === null) return null;
  const result = read(value);
  if (result === null) r.problems.push(key);
  return result;
}

/** A named person from the `…Id` and `…Name` fields of a record (the name was copied when it was made). */
function named(r: Reader, idKey: string, nameKey: string): NamedPerson | null {
  const id = r.field(idKey, isIdOrNull, null);
  if (id === null) return null;
  return { id: id as PersonId, name: r.text(nameKey, LIMITS.name, '') };
}

/**
 * A request read defensively. Null when the value is not a record or lacks what it needs to be
 * placed at all (a card and a kind): the caller skips it and counts it (see readRequests). Any
 * other wrong field falls back to a default and is listed in `problems`, so the request is shown
 * as damaged.
 */
export function readRequest(id: string, value: unknown): Request | null {
  if (!(value instanceof Y.Map)) return null;
  const r = new Reader(value);
  const kind = r.raw('kind');
  const cardId = r.raw('cardId');
  if (!oneOf(REQUEST_KINDS, kind) || !isId(cardId)) return null;
  if (!isId(id)) r.problems.push('id');
  const remindersValue = r.raw('reminders');
  const reminders: Stamp[] = [];
  if (remindersValue instanceof Y.Array) {
    // The latest ones: a reminder is appended.
    const stored = remindersValue.length;
    const from = Math.max(0, stored - LIMITS.entries);
    if (from > 0) r.problems.push(cutProblem('reminders'));
    for (const entry of remindersValue.slice(from) as unknown[]) {
      const stamp = readStamp(entry);
      if (stamp) reminders.push(stamp);
    }
  } else if (remindersValue !== undefined) r.problems.push('reminders');
  const createdAt = r.field('createdAt', isInstant, 0, true);
  const base = {
    id: id as RequestId,
    cardId: cardId as CardId,
    cardTitle: r.text('cardTitle', LIMITS.title, ''),
    from: named(r, 'fromId', 'fromName'),
    why: r.text('why', LIMITS.note, ''),
    dueDate: r.field('dueDate', (v): v is string | null => v === null || isDate(v), null),
    dueTime: r.field('dueTime', (v): v is string | null => v === null || isTime(v), null),
    createdAt,
    cancelled: optional(r, 'cancelled', readStamp),
    reminders,
    standIns: r.list('standIns', LIMITS.list, readStandInNote),
  };
  if (kind === 'approval') {
    const decisionsValue = r.raw('decisions');
    // Keyed by what a peer wrote: a prototype-free object, so that `__proto__` is just a key.
    const decisions = Object.create(null) as { [personId: string]: ApprovalDecision };
    if (decisionsValue instanceof Y.Map) {
      if (decisionsValue.size > LIMITS.entries) r.problems.push(cutProblem('decisions'));
      let count = 0;
      for (const [personId, stored] of decisionsValue.entries()) {
        if (count++ >= LIMITS.entries) break;
        const decision = isId(personId) ? readDecision(stored) : null;
        if (decision) decisions[personId] = decision;
        else r.problems.push(isId(personId) ? `decisions.${personId}` : 'decisions');
      }
    } else if (decisionsValue !== undefined) r.problems.push('decisions');
    const approvers = r.raw('approvers') === undefined ? [] : r.list('approvers', LIMITS.list, readNamed);
    if (r.raw('approvers') === undefined) r.problems.push('approvers');
    return {
      ...base,
      kind,
      approvers,
      decisions,
      settledAt: r.field('settledAt', (v): v is number | null => v === null || isInstant(v), null),
      problems: [...new Set(r.problems)],
    };
  }
  return {
    ...base,
    kind,
    what: r.text('what', LIMITS.note, ''),
    to: named(r, 'toId', 'toName'),
    assignedAt: r.field('assignedAt', isInstant, createdAt),
    answer: optional(r, 'answer', readAnswer),
    problems: [...new Set(r.problems)],
  };
}
