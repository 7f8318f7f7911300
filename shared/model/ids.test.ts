import { describe, expect, it } from 'vitest';
import { newId } from './ids';

describe('newId', () => {
  it('is the prefix and 12 base-62 characters', () => {
    expect(newId('c')).toMatch(/^c-[0-9A-Za-z]{12}$/);
    expect(newId('col')).toMatch(/^col-[0-9A-Za-z]{12}$/);
  });

  it('does not repeat over 20,000 ids and uses the whole alphabet about evenly', () => {
    const ids = Array.from({ length: 20_000 }, () => newId('c'));
    expect(new Set(ids).size).toBe(ids.length);
    const counts = new Map<string, number>();
    for (const id of ids) for (const char of id.slice(2)) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(62);
    const expected = (ids.length * 12) / 62;
    for (const count of counts.values()) expect(Math.abs(count - expected) / expected).toBeLessThan(0.1);
  });
});
