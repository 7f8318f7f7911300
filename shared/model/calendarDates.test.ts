import { describe, expect, it } from 'vitest';
import {
  addDaysKey,
  addMonthsKey,
  addWeeksKey,
  dayLabel,
  isDateKey,
  isoWeekday,
  longDayLabel,
  monthGrid,
  monthLabel,
  weekLabel,
  weekOf,
  zonedNow,
} from './calendarDates';

describe('ISO weeks', () => {
  it('finds the week of a date, Monday to Sunday', () => {
    expect(weekOf('2026-11-26')).toEqual({
      week: 48,
      year: 2026,
      days: [
        '2026-11-23',
        '2026-11-24',
        '2026-11-25',
        '2026-11-26',
        '2026-11-27',
        '2026-11-28',
        '2026-11-29',
      ],
    });
    // Sunday belongs to the week that began on Monday, not to the next one.
    expect(weekOf('2026-11-29').week).toBe(48);
    expect(weekOf('2026-11-30').week).toBe(49);
  });

  it('knows that 2026 has 53 weeks and where the year turns', () => {
    expect(weekOf('2026-12-28')).toMatchObject({ week: 53, year: 2026 });
    expect(weekOf('2027-01-03')).toMatchObject({ week: 53, year: 2026 });
    expect(weekOf('2027-01-04')).toMatchObject({ week: 1, year: 2027 });
    expect(addWeeksKey('2026-12-28', 1)).toBe('2027-01-04');
    // 1 January 2026 is a Thursday, so it is in week 1 of 2026; 29.12.2025 starts that week.
    expect(weekOf('2026-01-01')).toMatchObject({ week: 1, year: 2026 });
    expect(weekOf('2026-01-01').days[0]).toBe('2025-12-29');
    // 2027 has 52 weeks: 27.12.2027 is week 52 and 03.01.2028 week 1 of 2028.
    expect(weekOf('2027-12-27')).toMatchObject({ week: 52, year: 2027 });
    expect(weekOf('2028-01-02')).toMatchObject({ week: 52, year: 2027 });
    expect(weekOf('2028-01-03')).toMatchObject({ week: 1, year: 2028 });
  });

  it('writes week headings in German and English', () => {
    expect(weekLabel('2026-11-25', 'de')).toBe('KW 48 · 23.–29.11.2026');
    expect(weekLabel('2026-11-25', 'en')).toBe('CW 48 · 23–29 Nov 2026');
    expect(weekLabel('2026-12-01', 'de')).toBe('KW 49 · 30.11.–06.12.2026');
    expect(weekLabel('2026-12-01', 'en')).toBe('CW 49 · 30 Nov – 6 Dec 2026');
    expect(weekLabel('2026-12-31', 'de')).toBe('KW 53 · 28.12.2026–03.01.2027');
    expect(weekLabel('2026-12-31', 'en')).toBe('CW 53 · 28 Dec 2026 – 3 Jan 2027');
  });
});

describe('calendar days', () => {
  it('accepts only real dates in key form', () => {
    expect(isDateKey('2026-11-23')).toBe(true);
    expect(isDateKey('2028-02-29')).toBe(true);
    expect(isDateKey('2000-02-29')).toBe(true);
    for (const bad of [
      '2026-02-29',
      '2100-02-29',
      '2026-04-31',
      '2026-00-10',
      '2026-05-00',
      '2026-02-30',
      '2026-13-01',
      '2026-1-05',
      '23.11.2026',
      '',
      null,
      20261123,
    ]) {
      expect(isDateKey(bad)).toBe(false);
    }
  });

  it('knows the length of every month, leap years included', () => {
    for (let year = 1896; year <= 2104; year++) {
      for (let month = 1; month <= 12; month++) {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const key = (day: number) =>
          `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(isDateKey(key(days))).toBe(true);
        expect(isDateKey(key(days + 1))).toBe(false);
      }
    }
  });

  it('adds days, weeks and months on the calendar, across DST changes', () => {
    // Europe/Berlin switches on 29.03.2026 and 25.10.2026; whatever the runtime's zone, a day is a day.
    expect(addDaysKey('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDaysKey('2026-03-29', 1)).toBe('2026-03-30');
    expect(addWeeksKey('2026-03-23', 1)).toBe('2026-03-30');
    expect(addWeeksKey('2026-10-19', 1)).toBe('2026-10-26');
    expect(addDaysKey('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMonthsKey('2026-01-31', 1)).toBe('2026-02-28');
    expect(isoWeekday('2026-03-30')).toBe(1);
    expect(isoWeekday('2026-03-29')).toBe(7);
  });

  it('lays out a month in weeks from Monday to Sunday', () => {
    const november = monthGrid('2026-11-15');
    expect(november).toHaveLength(6);
    expect(november[0]![0]).toBe('2026-10-26');
    expect(november.at(-1)!.at(-1)).toBe('2026-12-06');
    expect(november.every((week) => week.length === 7 && isoWeekday(week[0]!) === 1)).toBe(true);
    // February 2027 begins on a Monday and has exactly four weeks.
    expect(monthGrid('2027-02-10')).toHaveLength(4);
    expect(monthGrid('2027-02-10')[0]![0]).toBe('2027-02-01');
  });

  it('names days and months in the user’s language', () => {
    expect(dayLabel('2026-11-23', 'de')).toBe('Mo 23.11.');
    expect(dayLabel('2026-11-23', 'en')).toBe('Mon 23 Nov');
    expect(longDayLabel('2026-11-25', 'de')).toBe('Mittwoch, 25.11.2026');
    expect(monthLabel('2026-11-25', 'de')).toBe('November 2026');
    expect(monthLabel('2026-03-01', 'de')).toBe('März 2026');
  });
});

describe('the wall clock of the workspace', () => {
  it('reads Berlin time on both sides of the spring change (29.03.2026, 02:00 → 03:00)', () => {
    expect(zonedNow('Europe/Berlin', new Date('2026-03-29T00:30:00Z'))).toEqual({
      date: '2026-03-29',
      time: '01:30',
    });
    expect(zonedNow('Europe/Berlin', new Date('2026-03-29T01:30:00Z'))).toEqual({
      date: '2026-03-29',
      time: '03:30',
    });
    // The Monday after: 09:00 in Berlin is 07:00 UTC in summer time.
    expect(zonedNow('Europe/Berlin', new Date('2026-03-30T07:00:00Z'))).toEqual({
      date: '2026-03-30',
      time: '09:00',
    });
    expect(zonedNow('Europe/Berlin', new Date('2026-03-23T08:00:00Z'))).toEqual({
      date: '2026-03-23',
      time: '09:00',
    });
  });

  it('reads Berlin time on both sides of the autumn change (25.10.2026, 03:00 → 02:00)', () => {
    expect(zonedNow('Europe/Berlin', new Date('2026-10-25T00:30:00Z')).time).toBe('02:30');
    expect(zonedNow('Europe/Berlin', new Date('2026-10-25T01:30:00Z')).time).toBe('02:30');
    expect(zonedNow('Europe/Berlin', new Date('2026-10-26T08:00:00Z'))).toEqual({
      date: '2026-10-26',
      time: '09:00',
    });
  });

  it('uses the workspace zone, not the machine’s, and falls back to Berlin for an unknown zone', () => {
    const instant = new Date('2026-11-23T23:30:00Z');
    expect(zonedNow('Europe/Berlin', instant)).toEqual({ date: '2026-11-24', time: '00:30' });
    expect(zonedNow('America/New_York', instant)).toEqual({ date: '2026-11-23', time: '18:30' });
    expect(zonedNow('Mars/Olympus', instant)).toEqual({ date: '2026-11-24', time: '00:30' });
  });
});
