/*
 * What the app asks about before a date is taken: a post's slot in the past, a wall-clock time
 * that does not exist in the workspace's time zone (the hour the clocks skip when summer time
 * starts: 28.03.2027 02:30 in Europe/Berlin), and a request due only after the post goes out.
 */
import { knownTimeZone, type WallClock } from './calendarDates';
import type { Slot } from './schema';
import { isPastSlot } from './slots';
import { offsetAt } from './zoneOffsets';

export type SlotProblem = 'past' | 'nonexistent';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Whether the wall clock `date time` occurs in `timeZone`. It does when one of the offsets around
 * it (a day before, a day after) maps it to an instant that shows that offset; in a gap neither does.
 */
export function wallClockExists(date: string, time: string, timeZone: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (!Number.isFinite(asUtc)) return false;
  const zone = knownTimeZone(timeZone);
  return [asUtc - DAY, asUtc + DAY].some((probe) => {
    const offset = offsetAt(zone, probe);
    return offsetAt(zone, asUtc - offset * MINUTE) === offset;
  });
}

/** Why a post may not go out at this date and time, or null when it may. */
export function slotProblem(
  slot: Pick<Slot, 'date' | 'time'>,
  timeZone: string,
  now: WallClock,
): SlotProblem | null {
  if (!wallClockExists(slot.date, slot.time, timeZone)) return 'nonexistent';
  if (isPastSlot({ ...slot, channelId: '' as Slot['channelId'] }, now)) return 'past';
  return null;
}

/** Whether a request's due date falls after the day its card goes out (too late to be of use). */
export function dueAfterSlot(dueDate: string | null | undefined, slot: Pick<Slot, 'date'> | null): boolean {
  return Boolean(dueDate && slot && dueDate > slot.date);
}
