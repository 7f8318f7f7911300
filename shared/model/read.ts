/*
 * Typed, defensive reads. Anything in the document may come from another peer or an older
 * version, so every field is checked and falls back to a safe default. A card whose stored
 * fields were wrong is returned with `problems` listing what was wrong: the UI shows it as
 * damaged, and the card is never dropped.
 */
import * as Y from 'yjs';
import type { CardId, ChannelId, ColumnId, PersonId } from './ids';
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

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;

export const isDate = (v: unknown): v is string => typeof v === 'string' && DATE.test(v);
export const isTime = (v: unknown): v is string => typeof v === 'string' && TIME.test(v);
export const isColor = (v: unknown): v is string => typeof v === 'string' && COLOR.test(v);

function oneOf<T extends string>(values: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (values as readonly string[]).includes(v);
}

/** Collects what was wrong while reading one record. */
class Reader {
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

  /** The strings of a list field; other entries are dropped and noted, so one bad entry hides nothing else. */
  strings(key: string): string[] {
    const value = this.record.get(key);
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.problems.push(key);
      return [];
    }
    const strings = value.filter((item): item is string => typeof item === 'string');
    if (strings.length !== value.length) this.problems.push(key);
    return strings;
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isIdOrNull = (v: unknown): v is string | null => v === null || (typeof v === 'string' && v.length > 0);
export function isPos(v: unknown): v is Pos {
  if (typeof v !== 'object' || v === null) return false;
  const { columnId, order } = v as { [key: string]: unknown };
  return typeof columnId === 'string' && columnId.length > 0 && typeof order === 'string' && order.length > 0;
}

export function isSlot(v: unknown): v is Slot {
  if (typeof v !== 'object' || v === null) return false;
  const { date, time, channelId } = v as { [key: string]: unknown };
  return isDate(date) && isTime(time) && typeof channelId === 'string' && channelId.length > 0;
}

const isSlotOrNull = (v: unknown): v is Slot | null => v === null || isSlot(v);

function isTemplate(v: unknown): v is SlotTemplateEntry[] {
  return (
    Array.isArray(v) &&
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
      problems: ['record'],
    };
  }
  const r = new Reader(value);
  const body = r.raw('body');
  if (body !== undefined && !(body instanceof Y.Text)) r.problems.push('body');
  return {
    id: id as CardId,
    title: r.field('title', isString, '', true),
    body: body instanceof Y.Text ? body.toString() : typeof body === 'string' ? body : '',
    pos: placeOf(r.field('pos', isPos, NO_POS, true)),
    channelIds: r.strings('channelIds') as ChannelId[],
    slot: slotOf(r.field('slot', isSlotOrNull, null)),
    ownerId: r.field('ownerId', isIdOrNull, null) as PersonId | null,
    field: r.field('field', (v): v is Card['field'] => v === null || oneOf(ACTION_FIELDS, v), null),
    tags: r.strings('tags'),
    createdAt: r.field('createdAt', isNumber, 0),
    createdBy: r.field('createdBy', isIdOrNull, null) as PersonId | null,
    archived: r.field('archived', isBoolean, false),
    problems: r.problems,
  };
}

export function readColumn(id: string, value: unknown): Column | null {
  if (!(value instanceof Y.Map)) return null;
  const r = new Reader(value);
  return {
    id: id as ColumnId,
    title: r.field('title', isString, '?'),
    order: r.field('order', isString, '~'),
    stage: r.field('stage', (v): v is Column['stage'] => v === null || oneOf(STAGES, v), null),
  };
}

export function readPerson(id: string, value: unknown): Person | null {
  if (!(value instanceof Y.Map)) return null;
  const r = new Reader(value);
  return {
    id: id as PersonId,
    name: r.field('name', isString, '?'),
    role: r.field('role', (v): v is Person['role'] => oneOf(ROLES, v), 'other'),
    color: r.field('color', isColor, '#888888'),
  };
}

export function readChannel(id: string, value: unknown): Channel | null {
  if (!(value instanceof Y.Map)) return null;
  const r = new Reader(value);
  return {
    id: id as ChannelId,
    name: r.field('name', isString, '?'),
    kind: r.field('kind', (v): v is Channel['kind'] => oneOf(CHANNEL_KINDS, v), 'other'),
    color: r.field('color', isColor, '#888888'),
    order: r.field('order', isString, '~'),
    slotTemplate: r.field('slotTemplate', isTemplate, []),
  };
}

const isStamp = (v: unknown): v is Stamp => {
  if (typeof v !== 'object' || v === null) return false;
  const { at, by } = v as { [key: string]: unknown };
  return isNumber(at) && isIdOrNull(by);
};

const isAnswer = (v: unknown): v is Answer => {
  if (!isStamp(v)) return false;
  const { type, note } = v as unknown as { [key: string]: unknown };
  return (type === 'delivered' || type === 'declined') && isString(note);
};

const isNamed = (v: unknown): v is NamedPerson => {
  if (typeof v !== 'object' || v === null) return false;
  const { id, name } = v as { [key: string]: unknown };
  return typeof id === 'string' && id.length > 0 && isString(name);
};

const isDecision = (v: unknown): v is ApprovalDecision => {
  if (typeof v !== 'object' || v === null) return false;
  const { decision, comment, at } = v as { [key: string]: unknown };
  return oneOf(DECISIONS, decision) && isString(comment) && isNumber(at);
};

/** A named person from the `…Id` and `…Name` fields of a record (the name was copied when it was made). */
function named(r: Reader, idKey: string, nameKey: string): NamedPerson | null {
  const id = r.field(idKey, isIdOrNull, null);
  if (id === null) return null;
  return { id: id as PersonId, name: r.field(nameKey, isString, '') };
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
  if (!oneOf(REQUEST_KINDS, kind) || typeof cardId !== 'string' || !cardId) return null;
  const remindersValue = r.raw('reminders');
  const reminders =
    remindersValue instanceof Y.Array ? (remindersValue.toArray() as unknown[]).filter(isStamp) : [];
  if (remindersValue !== undefined && !(remindersValue instanceof Y.Array)) r.problems.push('reminders');
  const base = {
    id: id as RequestId,
    cardId: cardId as CardId,
    cardTitle: r.field('cardTitle', isString, ''),
    from: named(r, 'fromId', 'fromName'),
    why: r.field('why', isString, ''),
    dueDate: r.field('dueDate', (v): v is string | null => v === null || isDate(v), null),
    dueTime: r.field('dueTime', (v): v is string | null => v === null || isTime(v), null),
    createdAt: r.field('createdAt', isNumber, 0, true),
    cancelled: r.field('cancelled', (v): v is Stamp | null => v === null || isStamp(v), null),
    reminders,
  };
  if (kind === 'approval') {
    const decisionsValue = r.raw('decisions');
    const decisions: { [personId: string]: ApprovalDecision } = {};
    if (decisionsValue instanceof Y.Map) {
      decisionsValue.forEach((decision, personId) => {
        if (isDecision(decision)) decisions[personId] = decision;
        else r.problems.push(`decisions.${personId}`);
      });
    } else if (decisionsValue !== undefined) r.problems.push('decisions');
    return {
      ...base,
      kind,
      approvers: r.field(
        'approvers',
        (v): v is NamedPerson[] => Array.isArray(v) && v.every(isNamed),
        [],
        true,
      ),
      decisions,
      settledAt: r.field('settledAt', (v): v is number | null => v === null || isNumber(v), null),
      problems: r.problems,
    };
  }
  return {
    ...base,
    kind,
    what: r.field('what', isString, ''),
    to: named(r, 'toId', 'toName'),
    assignedAt: r.field('assignedAt', isNumber, base.createdAt),
    answer: r.field('answer', (v): v is Answer | null => v === null || isAnswer(v), null),
    problems: r.problems,
  };
}
