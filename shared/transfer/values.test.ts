import { describe, expect, it } from 'vitest';
import { readDate, readTime } from './values';

describe('dates as plans write them', () => {
  it.each([
    ['24.12.2026', '2026-12-24'],
    ['1.2.2027', '2027-02-01'],
    ['24.12.26', '2026-12-24'],
    ['2026-12-24', '2026-12-24'],
    ['Do, 24.12.2026', '2026-12-24'],
    ['Donnerstag 24.12.2026', '2026-12-24'],
    ['29.02.2028', '2028-02-29'],
  ])('%s is %s', (text, date) => {
    expect(readDate(text)).toEqual({ ok: true, date, time: null });
  });

  it('reads Excel serial numbers, with the time of their fraction', () => {
    expect(readDate(46380)).toEqual({ ok: true, date: '2026-12-24', time: null });
    expect(readDate(46380.375)).toEqual({ ok: true, date: '2026-12-24', time: '09:00' });
    expect(readDate('46380')).toEqual({ ok: true, date: '2026-12-24', time: null });
  });

  it('reads date cells (UTC midnight) and a date with its time in one cell', () => {
    expect(readDate(new Date(Date.UTC(2026, 11, 24)))).toEqual({ ok: true, date: '2026-12-24', time: null });
    expect(readDate('24.12.2026 9:30')).toEqual({ ok: true, date: '2026-12-24', time: '09:30' });
    expect(readDate('2026-12-24T18:05')).toEqual({ ok: true, date: '2026-12-24', time: '18:05' });
  });

  it('refuses days that do not exist instead of rolling them over', () => {
    for (const text of ['30.02.2026', '31.04.2026', '29.02.2027', '2026-13-01', '00.01.2026'])
      expect(readDate(text)).toEqual({ ok: false, reason: 'missingDay' });
    for (const text of ['morgen', '24/12/2026', 'KW 52', '-5'])
      expect(readDate(text)).toMatchObject({ ok: false });
    expect(readDate('')).toBeNull();
    expect(readDate(null)).toBeNull();
  });
});

describe('times as plans write them', () => {
  it.each([
    ['9:00', '09:00'],
    ['09:00', '09:00'],
    ['9.30', '09:30'],
    ['17:15 Uhr', '17:15'],
    ['08:30:00', '08:30'],
    ['9', '09:00'],
  ])('%s is %s', (text, time) => {
    expect(readTime(text)).toEqual({ ok: true, time });
  });

  it('reads fractions of a day and time cells', () => {
    expect(readTime(0.375)).toEqual({ ok: true, time: '09:00' });
    expect(readTime(new Date(Date.UTC(1899, 11, 30, 12, 30)))).toEqual({ ok: true, time: '12:30' });
  });

  it('refuses what is no time', () => {
    for (const text of ['25:00', '9:60', 'mittags', '1.5']) expect(readTime(text)).toEqual({ ok: false });
    expect(readTime(1.5)).toEqual({ ok: false });
  });
});
