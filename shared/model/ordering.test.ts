import fc from 'fast-check';
import { generateKeyBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import {
  compareOrdered,
  keyBetween,
  keyForPlacement,
  keysAfter,
  type Ordered,
  type Placement,
} from './ordering';

/** A key the fractional-indexing package accepts as a neighbour. */
function isValidKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const digits = (max: number) => fc.string({ unit: fc.constantFrom(...BASE62), maxLength: max });

/** Valid keys of all shapes: short and long integer parts, with and without a fraction. */
const validKey = fc
  .tuple(fc.constantFrom('a', 'b', 'c', 'd', 'Z', 'Y', 'X'), digits(6), digits(8))
  .map(([head, integer, fraction]) => {
    const length = head >= 'a' ? head.charCodeAt(0) - 96 : 91 - head.charCodeAt(0);
    return head + integer.padEnd(length, '0').slice(0, length) + fraction.replace(/0+$/, '');
  })
  .filter(isValidKey);

/** Strings a buggy peer could have stored as an order: anything that is not a valid key. */
const malformedKey = fc
  .oneof(
    fc.string(),
    fc.constantFrom('', '~', 'a', 'a00', 'a0V0', 'kaputt', ' ', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzz~', '0'),
  )
  .filter((k) => !isValidKey(k));

describe('keyBetween', () => {
  it('returns a key strictly between two ordered valid keys', () => {
    fc.assert(
      fc.property(validKey, validKey, (x, y) => {
        fc.pre(x !== y);
        const [lo, hi] = x < y ? [x, y] : [y, x];
        const key = keyBetween(lo, hi);
        expect(key > lo && key < hi).toBe(true);
        expect(isValidKey(key)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('returns a key before, after, or anywhere when a side is open', () => {
    fc.assert(
      fc.property(validKey, (k) => {
        expect(keyBetween(k, null) > k).toBe(true);
        expect(keyBetween(null, k) < k).toBe(true);
      }),
    );
    expect(isValidKey(keyBetween(null, null))).toBe(true);
  });

  it('keeps a list in order through many insertions at random places', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 120 }), (places) => {
        const keys: string[] = [];
        for (const p of places) {
          const at = p % (keys.length + 1);
          const key = keyBetween(keys[at - 1] ?? null, keys[at] ?? null);
          keys.splice(at, 0, key);
        }
        expect(keys).toEqual([...keys].sort());
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 100 },
    );
  });

  it('returns a valid key just after `before` for equal neighbours', () => {
    fc.assert(
      fc.property(validKey, (k) => {
        const key = keyBetween(k, k);
        expect(key > k).toBe(true);
        expect(isValidKey(key)).toBe(true);
      }),
    );
  });

  it('returns a valid key between inverted neighbours', () => {
    fc.assert(
      fc.property(validKey, validKey, (x, y) => {
        fc.pre(x !== y);
        const [lo, hi] = x < y ? [x, y] : [y, x];
        const key = keyBetween(hi, lo);
        expect(key > lo && key < hi).toBe(true);
        expect(isValidKey(key)).toBe(true);
      }),
    );
  });

  it('always returns a valid key, whatever a peer stored as neighbours', () => {
    const anyKey = fc.oneof(validKey, malformedKey, fc.constant(null));
    fc.assert(
      fc.property(anyKey, anyKey, (before, after) => {
        const key = keyBetween(before, after);
        expect(typeof key).toBe('string');
        expect(isValidKey(key)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('still respects the valid side when the other neighbour is malformed', () => {
    fc.assert(
      fc.property(validKey, malformedKey, (valid, malformed) => {
        expect(keyBetween(valid, malformed) > valid).toBe(true);
        expect(keyBetween(malformed, valid) < valid).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('falls back at the ends of the key space instead of throwing', () => {
    const smallest = 'A' + '0'.repeat(26);
    const largest = 'z'.repeat(27);
    expect(() => generateKeyBetween(null, smallest)).toThrow();
    expect(isValidKey(keyBetween(null, smallest))).toBe(true);
    expect(isValidKey(keyBetween(largest, null))).toBe(true);
  });
});

describe('keysAfter', () => {
  it('returns ascending keys after `before`', () => {
    const keys = keysAfter('a5', 4);
    expect(keys).toHaveLength(4);
    expect(keys).toEqual([...keys].sort());
    expect(keys[0]! > 'a5').toBe(true);
  });

  it('returns ascending valid keys when `before` is malformed', () => {
    const keys = keysAfter('kaputt', 3);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(3);
    expect(keys.every(isValidKey)).toBe(true);
  });
});

describe('compareOrdered', () => {
  it('sorts by order, and by id where orders are equal', () => {
    const items: Ordered[] = [
      { id: 'b', order: 'a1' },
      { id: 'c', order: 'a0' },
      { id: 'a', order: 'a1' },
      { id: 'z', order: 'a0' },
    ];
    expect([...items].sort(compareOrdered).map((i) => i.id)).toEqual(['c', 'z', 'a', 'b']);
    expect(compareOrdered({ id: 'x', order: 'a0' }, { id: 'x', order: 'a0' })).toBe(0);
  });

  it('gives every peer the same order, whatever order it read the items in', () => {
    const item = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      order: fc.constantFrom('a0', 'a1', 'a0V'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(item, { selector: (i) => i.id }), fc.nat(), (items, seed) => {
        const shuffled = [...items].sort(
          (x, y) => ((x.id.charCodeAt(0) * (seed + 1)) % 7) - ((y.id.charCodeAt(0) * (seed + 1)) % 7),
        );
        expect([...shuffled].sort(compareOrdered)).toEqual([...items].sort(compareOrdered));
      }),
    );
  });
});

describe('keyForPlacement', () => {
  const siblings: Ordered[] = [
    { id: 'A', order: 'a0' },
    { id: 'B', order: 'a1' },
    { id: 'C', order: 'a2' },
  ];
  const between = (key: string, lo: string | null, hi: string | null) =>
    (lo === null || key > lo) && (hi === null || key < hi);

  it.each([
    ['start', 'start', null, 'a0'],
    ['end', 'end', 'a2', null],
    ['before the first', { before: 'A' }, null, 'a0'],
    ['before a middle one', { before: 'B' }, 'a0', 'a1'],
    ['after a middle one', { after: 'B' }, 'a1', 'a2'],
    ['after the last', { after: 'C' }, 'a2', null],
    ['before a missing one (the end)', { before: 'gone' }, 'a2', null],
    ['after a missing one (the end)', { after: 'gone' }, 'a2', null],
  ] as const)('places %s', (_name, place, lo, hi) => {
    const key = keyForPlacement(siblings, place);
    expect(between(key, lo, hi)).toBe(true);
    expect(isValidKey(key)).toBe(true);
  });

  it('passes over the item being placed as if it were not listed', () => {
    const ids = ['A', 'B', 'C', 'D', 'E'];
    const sortedSiblings = fc
      .uniqueArray(fc.constantFrom(...ids), { maxLength: ids.length })
      .map((chosen) => chosen.sort().map((id, i) => ({ id, order: `a${i}` })));
    const placement = fc.oneof(
      fc.constantFrom<Placement>('start', 'end'),
      fc.constantFrom(...ids, 'gone').map((id): Placement => ({ before: id })),
      fc.constantFrom(...ids, 'gone').map((id): Placement => ({ after: id })),
    );
    fc.assert(
      fc.property(sortedSiblings, placement, fc.constantFrom(...ids), (list, place, except) => {
        const without = list.filter((s) => s.id !== except);
        expect(keyForPlacement(list, place, except)).toBe(keyForPlacement(without, place));
      }),
    );
  });

  it('returns a valid key in an empty column for every placement', () => {
    for (const place of ['start', 'end', { before: 'x' }, { after: 'x' }] as const) {
      expect(isValidKey(keyForPlacement([], place))).toBe(true);
    }
  });
});
