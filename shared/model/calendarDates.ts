/*
 * Calendar arithmetic on calendar dates. A date here is a string `YYYY-MM-DD` (a "date key"), the
 * same form a slot stores: a local calendar date in the workspace time zone, never an instant
 * (docs/architecture.md, "The document"). Computations go through date-fns on Dates at local midnight of the runtime, and
 * only ever ask for calendar fields (day, week, month) back, so no millisecond arithmetic and no
 * time-zone offset ever enters a result: adding a week to the Monday before a DST change gives the
 * next Monday, whatever the runtime's zone.
 *
 * "Now" is the one place where an instant meets the calendar: `zonedNow` turns it into the wall
 * clock of the workspace time zone with Intl.DateTimeFormat, and slots are compared on that wall
 * clock (see slots.ts), so a Monday 09:00 slot is 09:00 in Berlin in summer and in winter.
 */
import {
  addDays,
  addMonths,
  addWeeks,
  eachDayOfInterval,
  endOfMonth,
  endOfWeek,
  format,
  getISODay,
  getISOWeek,
  getISOWeekYear,
  startOfISOWeek,
  startOfMonth,
} from 'date-fns';
import { de, enUS } from 'date-fns/locale';

export type DateKey = string;
export type CalendarLocale = 'de' | 'en';

const KEY = 'yyyy-MM-dd';
const KEY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date in key form (2026-02-30 is not one). */
export function isDateKey(value: unknown): value is DateKey {
  if (typeof value !== 'string' || !KEY_SHAPE.test(value)) return false;
  // Checked by parts rather than by parsing and formatting: it runs for every slot read and write.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days of a month (1–12) in the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The date key as a Date at local midnight, for date-fns. */
export function toDate(key: DateKey): Date {
  if (!isDateKey(key)) throw new Error(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(key)}`);
  // By parts, like isDateKey: date-fns' parse sets up its parsers on first use, which showed as
  // 13 ms of a profiled open (every scheduled card on the first screen formats its day).
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date;
}

export function toKey(date: Date): DateKey {
  return format(date, KEY);
}

export const addDaysKey = (key: DateKey, days: number): DateKey => toKey(addDays(toDate(key), days));
export const addWeeksKey = (key: DateKey, weeks: number): DateKey => toKey(addWeeks(toDate(key), weeks));
export const addMonthsKey = (key: DateKey, months: number): DateKey => toKey(addMonths(toDate(key), months));

/** ISO weekday: 1 = Monday … 7 = Sunday (the numbering of Channel.slotTemplate). */
export const isoWeekday = (key: DateKey): number => getISODay(toDate(key));

export interface CalendarWeek {
  /** ISO week number and the ISO week-numbering year it belongs to (28.12.2026 → 53/2026). */
  week: number;
  year: number;
  /** Monday to Sunday. */
  days: DateKey[];
}

/** The ISO week (Monday first) that contains the date. */
export function weekOf(key: DateKey): CalendarWeek {
  const date = toDate(key);
  const monday = startOfISOWeek(date);
  return {
    week: getISOWeek(date),
    year: getISOWeekYear(date),
    days: eachDayOfInterval({ start: monday, end: addDays(monday, 6) }).map(toKey),
  };
}

/** The weeks shown for a month: Monday before the first to Sunday after the last, 4 to 6 rows of 7. */
export function monthGrid(key: DateKey): DateKey[][] {
  const date = toDate(key);
  const start = startOfISOWeek(startOfMonth(date));
  const end = endOfWeek(endOfMonth(date), { weekStartsOn: 1 });
  const days = eachDayOfInterval({ start, end }).map(toKey);
  const weeks: DateKey[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}

/** The month a key falls in, as `YYYY-MM`. */
export const monthOf = (key: DateKey): string => key.slice(0, 7);

/** The first and last day of the month a key falls in. */
export function monthSpan(key: DateKey): { from: DateKey; to: DateKey } {
  const date = toDate(key);
  return { from: toKey(startOfMonth(date)), to: toKey(endOfMonth(date)) };
}

const dateLocale = (locale: CalendarLocale) => (locale === 'de' ? de : enUS);

/**
 * The heading of a week: "KW 48 · 23.–29.11.2026" in German, "CW 48 · 23–29 Nov 2026" in English;
 * months and years are repeated only where the week crosses them.
 */
export function weekLabel(key: DateKey, locale: CalendarLocale): string {
  if (!isDateKey(key)) return key;
  const { week, days } = weekOf(key);
  const first = toDate(days[0]!);
  const last = toDate(days[6]!);
  const sameYear = first.getFullYear() === last.getFullYear();
  const sameMonth = sameYear && first.getMonth() === last.getMonth();
  if (locale === 'de') {
    const from = format(first, sameMonth ? 'dd.' : sameYear ? 'dd.MM.' : 'dd.MM.yyyy');
    return `KW ${week} · ${from}–${format(last, 'dd.MM.yyyy')}`;
  }
  const options = { locale: enUS };
  const from = format(first, sameMonth ? 'd' : sameYear ? 'd MMM' : 'd MMM yyyy', options);
  const dash = sameMonth ? '–' : ' – ';
  return `CW ${week} · ${from}${dash}${format(last, 'd MMM yyyy', options)}`;
}

/** "November 2026". */
export function monthLabel(key: DateKey, locale: CalendarLocale): string {
  if (!isDateKey(key)) return key;
  return format(toDate(key), 'LLLL yyyy', { locale: dateLocale(locale) });
}

/** A day as a column heading: "Mo 23.11." / "Mon 23 Nov". */
export function dayLabel(key: DateKey, locale: CalendarLocale): string {
  if (!isDateKey(key)) return key;
  return format(toDate(key), locale === 'de' ? 'EEEEEE dd.MM.' : 'EEE d MMM', {
    locale: dateLocale(locale),
  });
}

/**
 * Labels of days, kept: every slot badge on the board asks for two on each render, and formatting
 * one takes date-fns a few tens of microseconds. Bounded, since the days asked for are open-ended.
 */
const labels = new Map<string, string>();

function dayLabelOf(key: DateKey, pattern: string, locale: CalendarLocale): string {
  const cacheKey = `${key}|${pattern}|${locale}`;
  let label = labels.get(cacheKey);
  if (label === undefined) {
    // Labels never throw: what is no calendar date is shown as it is.
    if (!isDateKey(key)) return key;
    if (labels.size >= 5_000) labels.clear();
    label = format(toDate(key), pattern, { locale: dateLocale(locale) });
    labels.set(cacheKey, label);
  }
  return label;
}

/** A day written out, for announcements and labels: "Montag, 23.11.2026" / "Monday, 23 Nov 2026". */
export function longDayLabel(key: DateKey, locale: CalendarLocale): string {
  return dayLabelOf(key, locale === 'de' ? 'EEEE, dd.MM.yyyy' : 'EEEE, d MMM yyyy', locale);
}

/** A day in short: "23.11.2026" / "23 Nov 2026". */
export function shortDayLabel(key: DateKey, locale: CalendarLocale): string {
  return dayLabelOf(key, locale === 'de' ? 'dd.MM.yyyy' : 'd MMM yyyy', locale);
}

export interface WallClock {
  date: DateKey;
  time: string; // HH:mm
}

const clocks = new Map<string, Intl.DateTimeFormat>();
/** The zone used where a workspace names one this system does not know. */
const FALLBACK_ZONE = 'Europe/Berlin';

/** The wall clock of `timeZone`, or null when Intl does not know the zone. */
function clockOf(timeZone: string): Intl.DateTimeFormat | null {
  let clock = clocks.get(timeZone);
  if (!clock) {
    try {
      clock = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      return null;
    }
    clocks.set(timeZone, clock);
  }
  return clock;
}

/** `timeZone` if this system knows it, else the zone zonedNow uses in its place (Europe/Berlin). */
export function knownTimeZone(timeZone: string): string {
  return clockOf(timeZone) ? timeZone : FALLBACK_ZONE;
}

/** What the wall clock in `timeZone` shows at `instant`; an unknown zone falls back to Europe/Berlin. */
export function zonedNow(timeZone: string, instant: Date = new Date()): WallClock {
  const clock = clockOf(knownTimeZone(timeZone))!;
  const parts: { [type: string]: string } = {};
  for (const part of clock.formatToParts(instant)) parts[part.type] = part.value;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
