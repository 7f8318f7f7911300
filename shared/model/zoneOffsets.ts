/*
 * A time zone's offset from UTC over a stretch of time (an "offset span"), so that the wall clock
 * of the workspace time zone can be read with plain Date arithmetic while the offset holds.
 *
 * Why: zonedNow asks Intl.DateTimeFormat, and the first use of ICU in a page costs 25–60 ms here;
 * every scheduled card on the first screen of a board needs "now" (is its slot overdue, at risk?).
 * A span found with Intl once can be kept (the renderer keeps it on the device) and answers exactly
 * until the zone's next change of offset, which the span ends at.
 *
 * The next change is searched week by week, then to the minute (offsets change on whole minutes);
 * two changes within one week, which no zone has, would be missed.
 */
import { zonedNow, type WallClock } from './calendarDates';

export interface OffsetSpan {
  timeZone: string;
  /** Minutes ahead of UTC, from `from` (inclusive) until `until` (exclusive), both in ms since 1970. */
  offset: number;
  from: number;
  until: number;
}

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60 * MINUTE;
/** How far ahead a span reaches at most (a zone without changes keeps one for a year). */
const SPAN_WEEKS = 53;

/** Minutes ahead of UTC on the wall clock of `timeZone` at `instant` (ms); Intl, like zonedNow. */
export function offsetAt(timeZone: string, instant: number): number {
  const minute = Math.floor(instant / MINUTE) * MINUTE;
  const { date, time } = zonedNow(timeZone, new Date(minute));
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minutes] = time.split(':').map(Number) as [number, number];
  return Math.round((Date.UTC(year, month - 1, day, hour, minutes) - minute) / MINUTE);
}

/** The span of `timeZone`'s current offset from `instant` on (uses Intl, about 70 lookups). */
export function offsetSpan(timeZone: string, instant: number): OffsetSpan {
  const from = Math.floor(instant / MINUTE) * MINUTE;
  const offset = offsetAt(timeZone, from);
  let before = from;
  for (let week = 1; week <= SPAN_WEEKS; week++) {
    const next = from + week * WEEK;
    if (offsetAt(timeZone, next) === offset) {
      before = next;
      continue;
    }
    // The change lies in (before, next]: the first minute with another offset.
    let after = next;
    while (after - before > MINUTE) {
      const middle = before + Math.floor((after - before) / 2 / MINUTE) * MINUTE;
      if (offsetAt(timeZone, middle) === offset) before = middle;
      else after = middle;
    }
    return { timeZone, offset, from, until: after };
  }
  return { timeZone, offset, from, until: from + SPAN_WEEKS * WEEK };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall clock at `instant` (ms) from a span that covers it, or null when it does not. */
export function wallClockFrom(span: OffsetSpan, instant: number): WallClock | null {
  if (instant < span.from || instant >= span.until) return null;
  const local = new Date(instant + span.offset * MINUTE);
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

/** A span read back from storage, or null when it is not one. */
export function readOffsetSpan(value: unknown): OffsetSpan | null {
  if (typeof value !== 'object' || value === null) return null;
  const { timeZone, offset, from, until } = value as { [key: string]: unknown };
  if (typeof timeZone !== 'string' || ![offset, from, until].every(Number.isFinite)) return null;
  return { timeZone, offset: offset as number, from: from as number, until: until as number };
}
