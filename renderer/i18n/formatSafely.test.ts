import { de } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { formatSafely, isoSafely } from './formatSafely';

describe('formatSafely', () => {
  it('formats a date as date-fns does', () => {
    const at = new Date(2026, 11, 24, 9, 5).getTime();
    expect(formatSafely(at, 'dd.MM.yyyy HH:mm', { locale: de })).toBe('24.12.2026 09:05');
    expect(formatSafely(new Date(at), 'EEEE', { locale: de })).toBe('Donnerstag');
  });

  it('shows what is no date as "?" instead of throwing', () => {
    // 1e300 ms is the meeting a peer once wrote; the others are what junk in a number field reads as.
    for (const value of [
      1e300,
      -1e300,
      Number.NaN,
      Infinity,
      -Infinity,
      8.64e15 + 1,
      new Date('2026-02-30x'),
    ])
      expect(formatSafely(value, 'dd.MM.yyyy HH:mm', { locale: de })).toBe('?');
  });

  it('shows "?" when the pattern itself cannot be formatted', () => {
    expect(formatSafely(Date.UTC(2026, 0, 1), 'dd.MM.yyyy unbekannt')).toBe('?');
  });
});

describe('isoSafely', () => {
  it('gives the ISO form of an instant and "" for what is no date', () => {
    expect(isoSafely(Date.UTC(2026, 11, 24, 8))).toBe('2026-12-24T08:00:00.000Z');
    expect(isoSafely(1e300)).toBe('');
    expect(isoSafely(Number.NaN)).toBe('');
  });
});
