/*
 * Dates and times as spreadsheets hold them: German text (24.12.2026, 24.12.26, "Do, 24.12.2026"),
 * ISO (2026-12-24), Excel serial numbers (46380, 46380.375 with a time) and the Date objects an
 * XLSX reader makes of date cells (at UTC midnight of the day shown, times on 30.12.1899).
 * A date that does not exist (30.02.) is refused, never rolled over into March.
 */
import type { DateKey } from '../model/calendarDates';

/** What a spreadsheet cell may hold. */
export type Cell = string | number | boolean | Date | null;

/** Day 0 of Excel's 1900 date system is 30.12.1899 (its day 60 is the 29.02.1900 that never was). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
/** Serials read as dates: 1.1.2000 (no plan is older; smaller numbers are counts, not days) to 31.12.9999. */
const MIN_SERIAL = 36526;
const MAX_SERIAL = 2_958_465;

const pad = (n: number) => String(n).padStart(2, '0');

/** The key of a day if it exists (no 30.02., no month 13). */
export function dateKeyOf(year: number, month: number, day: number): DateKey | null {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}` as DateKey;
}

/** A weekday before a date: "Do, ", "Donnerstag ", "Thu, ". */
const WEEKDAY =
  /^(mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?\s+(?=\d)/i;

export type DateReading =
  { ok: true; date: DateKey; time: string | null } | { ok: false; reason: 'format' | 'missingDay' };

/** A date (and a time, when the cell holds both) from a cell. */
export function readDate(cell: Cell): DateReading | null {
  if (cell === null || cell === '') return null;
  if (cell instanceof Date) return fromInstant(cell.getTime());
  if (typeof cell === 'number') return fromSerial(cell);
  if (typeof cell !== 'string') return { ok: false, reason: 'format' };
  // "Do, 24.12.2026" or "Donnerstag 24.12.2026": the weekday is dropped.
  const text = cell.trim().replace(WEEKDAY, '');
  const [dayPart, timePart] = splitDateTime(text);
  let match = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(dayPart);
  let parts: [number, number, number] | null = null;
  if (match) {
    const year = Number(match[3]);
    parts = [match[3]!.length === 2 ? 2000 + year : year, Number(match[2]), Number(match[1])];
  } else if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(dayPart))) {
    parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if (/^\d+([.,]\d+)?$/.test(dayPart) && !timePart) {
    return fromSerial(Number(dayPart.replace(',', '.')));
  }
  if (!parts) return { ok: false, reason: 'format' };
  const date = dateKeyOf(...parts);
  if (!date) return { ok: false, reason: 'missingDay' };
  const time = timePart ? readTime(timePart) : null;
  return { ok: true, date, time: time?.ok ? time.time : null };
}

function splitDateTime(text: string): [string, string | null] {
  const match = /^(\S+?)(?:,?\s+|T)(\d{1,2}[:.]\d{2}.*)$/.exec(text);
  return match ? [match[1]!, match[2]!] : [text, null];
}

function fromSerial(serial: number): DateReading {
  if (!Number.isFinite(serial) || serial < MIN_SERIAL || serial > MAX_SERIAL)
    return { ok: false, reason: 'format' };
  return fromInstant(EXCEL_EPOCH + Math.round(serial * DAY));
}

function fromInstant(ms: number): DateReading {
  const d = new Date(ms);
  const date = dateKeyOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  if (!date) return { ok: false, reason: 'format' };
  const minutes = d.getUTCHours() * 60 + d.getUTCMinutes();
  return { ok: true, date, time: minutes === 0 ? null : `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` };
}

export type TimeReading = { ok: true; time: string } | { ok: false };

/** A wall-clock time HH:mm from 9:00, 09:00, 9.00, 9:00 Uhr, 09:00:00, a fraction of a day or a time cell. */
export function readTime(cell: Cell): TimeReading | null {
  if (cell === null || cell === '') return null;
  if (cell instanceof Date) {
    return { ok: true, time: `${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}` };
  }
  if (typeof cell === 'number') {
    if (!(cell >= 0 && cell < 1)) return { ok: false };
    const minutes = Math.round(cell * 24 * 60) % (24 * 60);
    return { ok: true, time: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` };
  }
  if (typeof cell !== 'string') return { ok: false };
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*(?:uhr|h)?$/i.exec(cell.trim());
  if (!match) return { ok: false };
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return { ok: false };
  return { ok: true, time: `${pad(hours)}:${pad(minutes)}` };
}

/** A cell as text, as a person reads it (numbers without a trailing .0, dates German). */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) {
    const time = `${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}`;
    // A time cell is a time on Excel's day 0 (30.12.1899).
    if (cell.getUTCFullYear() < 1900) return time;
    const date = `${pad(cell.getUTCDate())}.${pad(cell.getUTCMonth() + 1)}.${cell.getUTCFullYear()}`;
    return time === '00:00' ? date : `${date} ${time}`;
  }
  return String(cell).trim();
}
