/*
 * iCalendar files (RFC 5545) of the publishing plan, for Outlook, Apple Kalender, Thunderbird and
 * phone calendars.
 *
 * Slots are wall-clock times in the workspace's time zone (docs/architecture.md: "exports convert, ICS with
 * TZID"), so every post is written with that TZID. The file carries the zone's definition
 * (VTIMEZONE) with each change of offset over the years of its posts, found with Intl as the
 * calendar finds "now" (zoneOffsets.ts): a calendar that does not know the zone's name still
 * places a Monday 09:00 post at 09:00 on both sides of a change to summer time.
 */
import { knownTimeZone } from './model/calendarDates';
import { offsetAt, offsetSpan } from './model/zoneOffsets';

/** One scheduled post; the texts are ready to show (the renderer words them in the user's language). */
export interface CalendarPost {
  /** Stable across exports, so that a calendar importing the file again can recognise the post. */
  uid: string;
  /** The slot's wall clock in the file's time zone: `YYYY-MM-DD` and `HH:MM`. */
  date: string;
  time: string;
  summary: string;
  description: string;
  categories: readonly string[];
  /** Approved or published (STATUS:CONFIRMED); otherwise the post is still TENTATIVE. */
  confirmed: boolean;
}

export interface CalendarFile {
  /** The calendar's name (the workspace's), shown by calendars that subscribe to the file. */
  name: string;
  /** The workspace's zone; one this system does not know is read as Europe/Berlin, as in the app. */
  timeZone: string;
  posts: readonly CalendarPost[];
  /** When the file is made, in ms since 1970 (DTSTAMP). */
  now: number;
}

/** How long a post's event lasts: a publishing slot is a moment, but calendars draw zero-length events badly. */
export const POST_MINUTES = 30;

const MINUTE = 60_000;
/** Lines longer than this many octets are folded (RFC 5545 §3.1). */
const LINE_OCTETS = 75;

export function calendarFile({ name, posts, now, ...file }: CalendarFile): string {
  const timeZone = knownTimeZone(file.timeZone);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sendeplan//Redaktionsplan//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(name)}`,
    `X-WR-TIMEZONE:${timeZone}`,
    ...(posts.length > 0 ? timeZoneLines(timeZone, posts) : []),
    ...posts.flatMap((post) => eventLines(post, timeZone, utcStamp(now))),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

function eventLines(post: CalendarPost, timeZone: string, stamp: string): string[] {
  const zone = `;TZID=${paramValue(timeZone)}`;
  const [year, month, day] = post.date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = post.time.split(':').map(Number) as [number, number];
  const start = Date.UTC(year, month - 1, day, hour, minute);
  return [
    'BEGIN:VEVENT',
    `UID:${text(post.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART${zone}:${wallClock(start)}`,
    `DTEND${zone}:${wallClock(start + POST_MINUTES * MINUTE)}`,
    `SUMMARY:${text(post.summary)}`,
    ...(post.description ? [`DESCRIPTION:${text(post.description)}`] : []),
    ...(post.categories.length > 0 ? [`CATEGORIES:${post.categories.map(text).join(',')}`] : []),
    `STATUS:${post.confirmed ? 'CONFIRMED' : 'TENTATIVE'}`,
    // A post does not keep anyone from other appointments.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

interface OffsetChange {
  /** The instant of the change, ms since 1970. */
  at: number;
  from: number;
  to: number;
}

/**
 * The VTIMEZONE of `timeZone` for the years of the posts: the offset at the start of the first
 * year, then every change until the end of the last. Each change is its own observance with its
 * date (no RRULE), which is exact for any zone and any rule the zone had in those years.
 */
function timeZoneLines(timeZone: string, posts: readonly CalendarPost[]): string[] {
  const years = posts.map((post) => Number(post.date.slice(0, 4)));
  // A day's margin on both sides: the first and last posts are wall-clock times, up to 14 h from UTC.
  const from = Date.UTC(Math.min(...years), 0, 1) - 24 * 60 * MINUTE;
  const until = Date.UTC(Math.max(...years) + 1, 0, 1) + 24 * 60 * MINUTE;
  const changes = offsetChanges(timeZone, from, until);
  const initial = offsetAt(timeZone, from);
  // Before a change to a larger offset the zone keeps standard time; before one to a smaller, summer time.
  const initialKind = changes[0] && changes[0].to < changes[0].from ? 'DAYLIGHT' : 'STANDARD';
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...observance(initialKind, { at: from, from: initial, to: initial }),
    ...changes.flatMap((change) => observance(change.to > change.from ? 'DAYLIGHT' : 'STANDARD', change)),
    'END:VTIMEZONE',
  ];
}

function offsetChanges(timeZone: string, from: number, until: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  for (let at = from; at < until;) {
    const span = offsetSpan(timeZone, at);
    if (span.until >= until) break;
    // A span also ends after a year without a change; then the offset goes on.
    const to = offsetAt(timeZone, span.until);
    if (to !== span.offset) changes.push({ at: span.until, from: span.offset, to });
    at = span.until;
  }
  return changes;
}

/** An observance starts at the wall-clock time of the change as read before it (RFC 5545 §3.6.5). */
function observance(kind: 'STANDARD' | 'DAYLIGHT', change: OffsetChange): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${wallClock(change.at + change.from * MINUTE)}`,
    `TZOFFSETFROM:${utcOffset(change.from)}`,
    `TZOFFSETTO:${utcOffset(change.to)}`,
    `END:${kind}`,
  ];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDDTHHMMSS` of a wall clock kept as if it were UTC (ms). */
function wallClock(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

const utcStamp = (ms: number) => `${wallClock(Math.floor(ms / 1000) * 1000)}Z`;

/** `+0100`, `-0330`: minutes ahead of UTC. */
function utcOffset(minutes: number): string {
  const size = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}${pad(size % 60)}`;
}

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`,
 * other control characters left out (the format has no way to write them).
 */
function text(value: string): string {
  return (
    value
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- these are the characters left out
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** A parameter value: quoted when it holds a character that would end it. */
const paramValue = (value: string) => (/[;:,]/.test(value) ? `"${value.replace(/"/g, '')}"` : value);

/**
 * Folds a line into pieces of at most 75 octets of UTF-8, each further piece after CRLF and a
 * space. A character is never split: calendars that read octets would show a broken one.
 */
function fold(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= LINE_OCTETS) return line;
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Further pieces start with the space of the fold, which counts.
    const room = pieces.length === 0 ? LINE_OCTETS : LINE_OCTETS - 1;
    if (octets + size > room) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}
