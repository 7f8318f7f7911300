import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from './nameOrder';

const collator = new Intl.Collator('de');
const sign = (n: number) => Math.sign(n);

/** Names from the characters of the fast path, weighted towards the ones that tie and differ late. */
const fastName = fc
  .array(fc.constantFrom(..."aAäÄoOöÖuUüÜbBzZ -.,'".split(''), 'e', 'n', 'E'), { maxLength: 8 })
  .map((chars) => chars.join(''));

describe('compareNames', () => {
  it('orders like the German collator on names of the fast path', () => {
    fc.assert(
      fc.property(fastName, fastName, (a, b) => {
        expect(sign(compareNames(a, b))).toBe(sign(collator.compare(a, b)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('orders like the German collator on any names (the collator decides the others)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fastName, (a, b) => {
        expect(sign(compareNames(a, b))).toBe(sign(collator.compare(a, b)));
        expect(sign(compareNames(b, a))).toBe(sign(collator.compare(b, a)));
      }),
    );
  });

  it('sorts a team as a German reader expects', () => {
    const team = [
      'Zoe',
      'Özlem',
      'anna',
      'Ärne',
      'Dr. Thomas Brandt',
      'Sabine Krüger',
      'Sabine Kruger',
      'Strauß',
      'Anna',
      'Hans-Peter',
      'Hans Peter',
    ];
    expect([...team].sort(compareNames)).toEqual([...team].sort(collator.compare));
    expect([...team].sort(compareNames).slice(0, 3)).toEqual(['anna', 'Anna', 'Ärne']);
  });
});
