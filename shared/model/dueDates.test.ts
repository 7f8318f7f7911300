import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  daysBetween,
  defaultDueDate,
  isoDate,
  isPastDue,
  shiftDate,
  weekdayOf,
} from './dueDates';

describe('due dates', () => {
  it('knows the weekdays (1 = Monday)', () => {
    expect(weekdayOf('2026-03-02')).toBe(1);
    expect(weekdayOf('2026-11-29')).toBe(7);
    expect(weekdayOf('2026-12-01')).toBe(2);
  });

  it('counts days across month, year and DST boundaries', () => {
    expect(shiftDate('2026-02-28', 1)).toBe('2026-03-01');
    expect(shiftDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(shiftDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDate('2026-03-30', -2)).toBe('2026-03-28'); // DST began 29.03.2026
    expect(shiftDate('2026-10-26', -1)).toBe('2026-10-25'); // DST ended 25.10.2026
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('skips Saturdays and Sundays in both directions', () => {
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Fri -> Mon
    expect(addWorkingDays('2026-03-09', -1)).toBe('2026-03-06'); // Mon -> Fri
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09'); // Sat -> Mon
    expect(addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
    expect(addWorkingDays('2026-03-02', 10)).toBe('2026-03-16');
  });

  it('suggests two working days before the slot, over weekends and month ends', () => {
    const today = '2026-01-05';
    expect(defaultDueDate('2026-03-02', today)).toBe('2026-02-26'); // Mon -> Thu of the week before
    expect(defaultDueDate('2026-12-01', today)).toBe('2026-11-27'); // Tue -> Fri, across the month end
    expect(defaultDueDate('2026-03-04', today)).toBe('2026-03-02'); // Wed -> Mon
    expect(defaultDueDate('2026-03-08', today)).toBe('2026-03-05'); // a Sunday slot -> Thu
    expect(defaultDueDate('2027-01-01', today)).toBe('2026-12-30'); // across the year end
  });

  it('never suggests a day in the past: a slot too soon gives today', () => {
    expect(defaultDueDate('2026-03-03', '2026-03-02')).toBe('2026-03-02');
    expect(defaultDueDate('2026-02-01', '2026-03-02')).toBe('2026-03-02');
  });

  it('without a slot suggests three working days from today', () => {
    expect(defaultDueDate(null, '2026-03-02')).toBe('2026-03-05'); // Mon -> Thu
    expect(defaultDueDate(null, '2026-03-05')).toBe('2026-03-10'); // Thu -> Tue
    expect(defaultDueDate(undefined, '2026-11-27')).toBe('2026-12-02'); // Fri -> Wed, next month
    expect(defaultDueDate('kaputt', '2026-03-02')).toBe('2026-03-05');
  });

  it('is overdue only after the due day', () => {
    expect(isPastDue('2026-03-02', '2026-03-02')).toBe(false);
    expect(isPastDue('2026-03-01', '2026-03-02')).toBe(true);
    expect(isPastDue(null, '2026-03-02')).toBe(false);
  });

  it('reads the local calendar date of an instant', () => {
    expect(isoDate(new Date(2026, 10, 29, 23, 59))).toBe('2026-11-29');
    expect(isoDate(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});
