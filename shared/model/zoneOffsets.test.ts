import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zonedNow } from './calendarDates';
import { offsetAt, offsetSpan, readOffsetSpan, wallClockFrom } from './zoneOffsets';

const at = (iso: string) => new Date(iso).getTime();

describe('offset spans', () => {
  it('finds Berlin’s offset and the spring change to summer time (29.03.2026, 02:00 → 03:00)', () => {
    const span = offsetSpan('Europe/Berlin', at('2026-03-20T12:00:30Z'));
    expect(span).toEqual({
      timeZone: 'Europe/Berlin',
      offset: 60,
      from: at('2026-03-20T12:00:00Z'),
      until: at('2026-03-29T01:00:00Z'),
    });
    expect(wallClockFrom(span, at('2026-03-29T00:59:59Z'))).toEqual({ date: '2026-03-29', time: '01:59' });
    expect(wallClockFrom(span, at('2026-03-29T01:00:00Z'))).toBeNull();
    expect(wallClockFrom(span, at('2026-03-20T11:59:00Z'))).toBeNull();
    expect(offsetAt('Europe/Berlin', at('2026-03-29T01:00:00Z'))).toBe(120);
  });

  it('ends at the autumn change and keeps a year where nothing changes', () => {
    expect(offsetSpan('Europe/Berlin', at('2026-06-01T00:00:00Z')).until).toBe(at('2026-10-25T01:00:00Z'));
    const tokyo = offsetSpan('Asia/Tokyo', at('2026-06-01T00:00:00Z'));
    expect(tokyo.offset).toBe(540);
    expect(tokyo.until - tokyo.from).toBe(53 * 7 * 24 * 3_600_000);
    expect(offsetSpan('Asia/Kathmandu', at('2026-06-01T00:00:00Z')).offset).toBe(345);
  });

  it('reads the same wall clock as Intl everywhere inside a span', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Mars/Olympus'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: at('2024-01-01T00:00:00Z'), max: at('2030-01-01T00:00:00Z') }),
        fc.integer({ min: 0, max: 400 * 24 * 60 }),
        (zone, start, minutes) => {
          const span = offsetSpan(zone, start);
          const instant = start + minutes * 60_000;
          const now = wallClockFrom(span, instant);
          if (instant < span.until) expect(now).toEqual(zonedNow(zone, new Date(instant)));
          else expect(now).toBeNull();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads a stored span back, and nothing else', () => {
    const span = offsetSpan('Europe/Berlin', at('2026-06-01T00:00:00Z'));
    expect(readOffsetSpan(JSON.parse(JSON.stringify(span)))).toEqual(span);
    expect(readOffsetSpan(null)).toBeNull();
    expect(readOffsetSpan({ ...span, until: 'soon' })).toBeNull();
    expect(readOffsetSpan({ ...span, timeZone: 7 })).toBeNull();
  });
});
