/*
 * The plausible range and size of every value in the document. Whoever holds the workspace secret
 * can write anything into it, and an older or buggy version may have: the readers accept a value
 * only inside these bounds, and the mutations never write one outside them. A value over its size
 * is cut (and the record is marked), never rendered whole: a colleague's 10 MB title must not
 * freeze every window that shows the board.
 */
import { isDateKey } from './calendarDates';

/**
 * The earliest and latest instant (ms since 1970) a record may carry: 1970 to the end of 2099, UTC.
 * Every instant in it formats as a date (a meeting at 1e300 ms made every formatter throw); the
 * lower end stays at 1970 because older versions and tests count from there.
 */
export const MIN_INSTANT = 0;
export const MAX_INSTANT = Date.UTC(2100, 0, 1);
/** The years a calendar date (a slot, a due date) may fall in. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2099;

/** Characters at most, per kind of text; lists at most, per kind of list. */
export const LIMITS = {
  /** Ids: `prefix-` and 12 characters (ids.ts); keys of older or fixed records are shorter. */
  id: 64,
  /** A fractional order key grows by about one character per insert at the same place. */
  order: 1_000,
  title: 300,
  name: 100,
  /** A card's brief, the playbook. */
  text: 20_000,
  /** A post's text on one channel: above the largest network's limit (Facebook, 63,206), so a
   * post over its limit is shown as such and never cut to fit (postLimits.ts). */
  copy: 70_000,
  /** A post's link. */
  link: 2_000,
  /** A request's why and what, a comment, a note, a decision, a crisis' reason. */
  note: 2_000,
  tag: 50,
  tags: 30,
  /** Channels of a card, approvers of a request, a channel's weekly slots. */
  list: 100,
  /** Reminders of a request, decisions of a meeting, those present. */
  entries: 500,
} as const;

const ID = /^[A-Za-z0-9_-]+$/;

/** A well-formed id: letters, digits, `-` and `_`, at most LIMITS.id characters. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= LIMITS.id && ID.test(value);
}

/** An instant (ms) within MIN_INSTANT and MAX_INSTANT. */
export function isInstant(value: unknown): value is number {
  return typeof value === 'number' && value >= MIN_INSTANT && value < MAX_INSTANT;
}

/** A calendar date that exists (2026-02-30 does not) in the years MIN_YEAR to MAX_YEAR. */
export function isCalendarDate(value: unknown): value is string {
  if (!isDateKey(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** A finite number within [min, max]. */
export function inRange(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && value >= min && value <= max;
}

/** The marker after a text that was cut to its size. */
export const CUT_MARK = '…';

/**
 * The text cut to `max` characters (the last one a CUT_MARK), without splitting a surrogate pair.
 * Texts within the size are returned as they are.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + CUT_MARK;
}

/** What a problem list says about a field that was there but too long: `title…`. */
export const cutProblem = (key: string) => `${key}${CUT_MARK}`;

/**
 * What a mutation writes: the text trimmed (unless `trim` is false) and cut to `max` characters
 * without a mark and without splitting a surrogate pair. The UI's fields stop at the same sizes.
 */
export function clip(text: string, max: number, trim = true): string {
  const clean = trim ? text.trim() : text;
  if (clean.length <= max) return clean;
  const last = clean.charCodeAt(max - 1);
  return clean.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
