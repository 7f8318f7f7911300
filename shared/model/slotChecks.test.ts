import { describe, expect, it } from 'vitest';
import { dueAfterSlot, slotProblem, wallClockExists } from './slotChecks';

const BERLIN = 'Europe/Berlin';
const now = { date: '2027-03-20', time: '10:00' };

describe('wallClockExists', () => {
  it('knows the hour the clocks skip when summer time starts', () => {
    expect(wallClockExists('2027-03-28', '02:30', BERLIN)).toBe(false);
    expect(wallClockExists('2027-03-28', '02:00', BERLIN)).toBe(false);
    expect(wallClockExists('2027-03-28', '01:59', BERLIN)).toBe(true);
    expect(wallClockExists('2027-03-28', '03:00', BERLIN)).toBe(true);
    expect(wallClockExists('2026-03-29', '02:15', BERLIN)).toBe(false);
  });

  it('keeps the hour that happens twice in autumn, and every ordinary time', () => {
    expect(wallClockExists('2027-10-31', '02:30', BERLIN)).toBe(true);
    expect(wallClockExists('2027-03-27', '02:30', BERLIN)).toBe(true);
    expect(wallClockExists('2027-03-28', '02:30', 'UTC')).toBe(true);
    expect(wallClockExists('2027-03-14', '02:30', 'America/New_York')).toBe(false);
  });
});

describe('slotProblem', () => {
  it('refuses the past and the skipped hour; a later time is fine', () => {
    expect(slotProblem({ date: '2027-03-19', time: '12:00' }, BERLIN, now)).toBe('past');
    expect(slotProblem({ date: '2027-03-20', time: '09:59' }, BERLIN, now)).toBe('past');
    expect(slotProblem({ date: '2027-03-20', time: '10:01' }, BERLIN, now)).toBeNull();
    expect(slotProblem({ date: '2027-03-28', time: '02:30' }, BERLIN, now)).toBe('nonexistent');
    expect(slotProblem({ date: '2027-03-28', time: '03:30' }, BERLIN, now)).toBeNull();
  });
});

describe('dueAfterSlot', () => {
  it('is true only for a due date after the post day', () => {
    expect(dueAfterSlot('2027-03-26', { date: '2027-03-25' })).toBe(true);
    expect(dueAfterSlot('2027-03-25', { date: '2027-03-25' })).toBe(false);
    expect(dueAfterSlot('2027-03-20', { date: '2027-03-25' })).toBe(false);
    expect(dueAfterSlot(null, { date: '2027-03-25' })).toBe(false);
    expect(dueAfterSlot('2027-03-26', null)).toBe(false);
  });
});
