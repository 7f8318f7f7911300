import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  daysBetween,
  defaultDueDate,
  easterSunday,
  isoDate,
  isPastDue,
  isWorkingDay,
  nationwideHolidays,
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

  it('knows Easter and the public holidays of all of Germany', () => {
    expect([2024, 2025, 2026, 2027, 2038, 2285].map(easterSunday)).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25', // the latest possible
      '2285-03-22', // the earliest possible
    ]);
    expect([...nationwideHolidays(2026)]).toEqual([
      ['2026-01-01', 'newYear'],
      ['2026-04-03', 'goodFriday'],
      ['2026-04-06', 'easterMonday'],
      ['2026-05-01', 'labourDay'],
      ['2026-05-14', 'ascension'],
      ['2026-05-25', 'whitMonday'],
      ['2026-10-03', 'germanUnity'],
      ['2026-12-25', 'christmas'],
      ['2026-12-26', 'boxingDay'],
    ]);
    expect(isWorkingDay('2026-04-03')).toBe(false); // Karfreitag
    expect(isWorkingDay('2026-04-02')).toBe(true);
    expect(isWorkingDay('2026-12-24')).toBe(true); // Heiligabend is no public holiday
    expect(isWorkingDay('2026-06-04')).toBe(true); // Fronleichnam: only in some Länder
  });

  it('skips public holidays like weekends', () => {
    const today = '2026-01-05';
    // Tuesday after Easter: not Karfreitag, but the Wednesday and Thursday before it.
    expect(defaultDueDate('2026-04-07', today)).toBe('2026-04-01');
    // Monday after Christmas (25th a Friday): Wednesday the 23rd.
    expect(defaultDueDate('2026-12-28', today)).toBe('2026-12-23');
    // Without a slot, on the Thursday before the 1st of May (a Friday): Mon, Tue, Wed after it.
    expect(defaultDueDate(null, '2026-04-30')).toBe('2026-05-06');
    expect(addWorkingDays('2026-05-13', 1)).toBe('2026-05-15'); // over Christi Himmelfahrt
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
