import { describe, expect, it } from 'vitest';
import { readTypedDate } from './typedDate';

describe('readTypedDate', () => {
  it('reads German dates as the app shows them', () => {
    expect(readTypedDate('31.12.2026', 'de')).toBe('2026-12-31');
    expect(readTypedDate(' 7.1.2027 ', 'de')).toBe('2027-01-07');
    expect(readTypedDate('07.01.27', 'de')).toBe('2027-01-07');
    expect(readTypedDate('2026-12-31', 'de')).toBe('2026-12-31');
  });

  it('reads English dates as the app shows them', () => {
    expect(readTypedDate('31 Dec 2026', 'en')).toBe('2026-12-31');
    expect(readTypedDate('7 January 2027', 'en')).toBe('2027-01-07');
    expect(readTypedDate('31/12/2026', 'en')).toBe('2026-12-31');
    expect(readTypedDate('1 Sept 2027', 'en')).toBe('2027-09-01');
  });

  it('refuses what is no date of the years the app plans', () => {
    expect(readTypedDate('30.02.2026', 'de')).toBeNull();
    expect(readTypedDate('12/31/2026', 'en')).toBeNull();
    expect(readTypedDate('morgen', 'de')).toBeNull();
    expect(readTypedDate('01.01.1999', 'de')).toBeNull();
    expect(readTypedDate('', 'de')).toBeNull();
    expect(readTypedDate('31 Dez 2026', 'en')).toBeNull();
    expect(readTypedDate('31 Ma 2026', 'en')).toBeNull();
  });
});
