/*
 * Due dates are local calendar dates ('YYYY-MM-DD') like slot dates, never instants: "due Thursday"
 * stays Thursday wherever and whenever it is read. The arithmetic runs on UTC midnights, which have
 * no DST, and converts back to the string at once.
 *
 * The default due date of a request leaves time before the post goes out: LEAD_WORKING_DAYS
 * working days before the card's slot, or UNSCHEDULED_WORKING_DAYS working days from today when the
 * card has no slot yet. Working days are Monday to Friday except the public holidays of all of
 * Germany (`nationwideHolidays`); those of single Länder (Fronleichnam, Reformationstag, …) are not
 * known here, nor the workspace's Land.
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

/** Easter Sunday of a year of the Gregorian calendar (the anonymous algorithm in Meeus's form). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromUtc(Date.UTC(year, month - 1, day));
}

export const HOLIDAYS = [
  'newYear',
  'goodFriday',
  'easterMonday',
  'labourDay',
  'ascension',
  'whitMonday',
  'germanUnity',
  'christmas',
  'boxingDay',
] as const;
export type Holiday = (typeof HOLIDAYS)[number];

const holidaysByYear = new Map<number, ReadonlyMap<string, Holiday>>();

/** The public holidays of every German Land in a year: date → which (names are the UI's). */
export function nationwideHolidays(year: number): ReadonlyMap<string, Holiday> {
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    const easter = easterSunday(year);
    const fixed = (monthDay: string) => `${year}-${monthDay}`;
    holidays = new Map<string, Holiday>([
      [fixed('01-01'), 'newYear'],
      [shiftDate(easter, -2), 'goodFriday'],
      [shiftDate(easter, 1), 'easterMonday'],
      [fixed('05-01'), 'labourDay'],
      [shiftDate(easter, 39), 'ascension'],
      [shiftDate(easter, 50), 'whitMonday'],
      [fixed('10-03'), 'germanUnity'],
      [fixed('12-25'), 'christmas'],
      [fixed('12-26'), 'boxingDay'],
    ]);
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

/** The public holiday on a date, if any (see nationwideHolidays). */
export const holidayOn = (date: string): Holiday | undefined =>
  nationwideHolidays(Number(date.slice(0, 4))).get(date);

export const isWorkingDay = (date: string): boolean => weekdayOf(date) <= 5 && !holidayOn(date);

/** Moves by `count` working days (negative: backwards), skipping weekends and public holidays. */
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
