/*
 * Due dates are local calendar dates ('YYYY-MM-DD') like slot dates, never instants: "due Thursday"
 * stays Thursday wherever and whenever it is read. The arithmetic runs on UTC midnights, which have
 * no DST, and converts back to the string at once.
 *
 * The default due date of a request leaves time before the post goes out: LEAD_WORKING_DAYS
 * working days before the card's slot, or UNSCHEDULED_WORKING_DAYS working days from today when the
 * card has no slot yet. Working days are Monday to Friday; public holidays are not known here.
 */

export const LEAD_WORKING_DAYS = 2;
export const UNSCHEDULED_WORKING_DAYS = 3;

const DAY = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(date: string): number {
  const match = ISO.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtc(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The local calendar date of an instant on this device, e.g. today: isoDate(Date.now()). */
export function isoDate(instant: Date | number): string {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function shiftDate(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  return ((new Date(toUtc(date)).getUTCDay() + 6) % 7) + 1;
}

export const isWorkingDay = (date: string): boolean => weekdayOf(date) <= 5;

/** Moves by `count` working days (negative: backwards), skipping Saturdays and Sundays. */
export function addWorkingDays(date: string, count: number): string {
  const step = count < 0 ? -1 : 1;
  let result = date;
  for (let left = Math.abs(count); left > 0;) {
    result = shiftDate(result, step);
    if (isWorkingDay(result)) left--;
  }
  return result;
}

/**
 * The suggested due date of a request on a card: LEAD_WORKING_DAYS working days before its slot
 * date, never before today (a slot tomorrow gives today); without a slot, UNSCHEDULED_WORKING_DAYS
 * working days from today.
 */
export function defaultDueDate(slotDate: string | null | undefined, today: string): string {
  if (!slotDate || !ISO.test(slotDate)) return addWorkingDays(today, UNSCHEDULED_WORKING_DAYS);
  const due = addWorkingDays(slotDate, -LEAD_WORKING_DAYS);
  return due < today ? today : due;
}

/** Due dates compare as strings; a request due today is not overdue yet. */
export function isPastDue(dueDate: string | null, today: string): boolean {
  return dueDate !== null && dueDate < today;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY);
}
