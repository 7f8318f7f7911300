import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTextChange, wellFormed } from './text';

/** Texts as people write them (emoji, umlauts, combining marks) and broken ones with lone surrogates. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom('a', 'ü', ' ', '😀', '😁', '🈀', '👍🏽', '\uD83D', '\uDE00'),
    maxLength: 12,
  }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

function pair(initial: string): [Y.Text, Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const t = a.getText('body');
  t.insert(0, initial);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [t, a, b];
}

describe('applyTextChange', () => {
  it('brings the text to the new value, here and at a peer, for any pair of texts', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const [t, a, b] = pair(wellFormed(before));
        const vector = Y.encodeStateVector(b);
        applyTextChange(t, after);
        Y.applyUpdate(b, Y.encodeStateAsUpdate(a, vector));
        expect(t.toString()).toBe(wellFormed(after));
        expect(b.getText('body').toString()).toBe(t.toString());
      }),
      { numRuns: 500 },
    );
  });

  it('replaces only the changed middle', () => {
    const [t] = pair('Wir posten am Montag um 9 Uhr.');
    const changes: unknown[] = [];
    t.observe((event) => changes.push(...event.delta));
    applyTextChange(t, 'Wir posten am Dienstag um 9 Uhr.');
    expect(changes).toEqual([{ retain: 14 }, { delete: 3 }, { retain: 14 }, { insert: 'Diens' }]);
  });

  it('changes nothing when the text is the same', () => {
    const [t, a] = pair('Gleich 😀');
    const vector = Y.encodeStateVector(a);
    applyTextChange(t, 'Gleich 😀');
    expect(Y.encodeStateVector(a)).toEqual(vector);
  });

  it('swaps one emoji for another that shares its first half', () => {
    const [t, a, b] = pair('Top 😀!');
    applyTextChange(t, 'Top 😁!');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(t.toString()).toBe('Top 😁!');
    expect(b.getText('body').toString()).toBe('Top 😁!');
  });

  it('swaps one emoji for another that shares its second half', () => {
    const [t, a, b] = pair('Top 😀!');
    applyTextChange(t, 'Top 🈀!');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(b.getText('body').toString()).toBe('Top 🈀!');
  });
});

describe('wellFormed', () => {
  it('replaces lone surrogates only', () => {
    expect(wellFormed('Grüße 😀 👍🏽')).toBe('Grüße 😀 👍🏽');
    expect(wellFormed('a\uD83D')).toBe('a\uFFFD');
    expect(wellFormed('\uDE00a')).toBe('\uFFFDa');
    expect(wellFormed('\uDE00\uD83D')).toBe('\uFFFD\uFFFD');
  });
});
