import { describe, expect, it } from 'vitest';
import type { DateKey } from '../../../shared/model';
import { printScale } from './printScale';

const DAYS = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11'] as DateKey[];
const ROWS = ['fb', 'ig', 'in', 'x', 'nl'];

describe('printScale', () => {
  it('keeps the normal size for a week of a post or so a day per channel', () => {
    expect(printScale(ROWS, DAYS, (row, day) => (day === DAYS[0] && row === 'fb' ? 2 : 1))).toBe(1);
    expect(printScale(ROWS, DAYS, () => 0)).toBe(1);
  });

  it('shrinks the type as the rows’ fullest days add up, never below its least', () => {
    // Two posts on the fullest day of each of five channels: 40 posts spread over the week.
    expect(printScale(ROWS, DAYS, (_row, day) => (day === DAYS[1] ? 2 : 1))).toBe(1);
    expect(printScale([...ROWS, 'removed'], DAYS, (_row, day) => (day === DAYS[1] ? 2 : 1))).toBe(0.83);
    expect(printScale(ROWS, DAYS, (row) => (row === 'fb' ? 3 : 2))).toBe(0.91);
    expect(printScale(ROWS, DAYS, () => 8)).toBe(0.7);
  });
});
