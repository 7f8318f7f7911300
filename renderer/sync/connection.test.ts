import { describe, expect, it } from 'vitest';
import { fullMesh } from './connection';

const states = (entries: [number, unknown][]) => new Map<number, unknown>(entries);

describe('fullMesh', () => {
  it('is true when this device and every colleague are connected to all the others', () => {
    const room = states([
      [1, { mesh: 2 }],
      [2, { mesh: 2 }],
      [3, { mesh: 2 }],
    ]);
    expect(fullMesh(room, 1, 2)).toBe(true);
    expect(fullMesh(states([[1, {}]]), 1, 0)).toBe(true); // alone: nobody to pass anything on to
  });

  it('is false while this device misses a colleague it knows of', () => {
    expect(
      fullMesh(
        states([
          [1, {}],
          [2, { mesh: 2 }],
          [3, { mesh: 2 }],
        ]),
        1,
        1,
      ),
    ).toBe(false);
  });

  it('is false when a colleague misses one (they met only through a third), or does not say', () => {
    // Anna (1) and Carla (3) share no hub; Ben (2) is connected to both.
    const annaAndCarlaApart = states([
      [1, { mesh: 1 }],
      [2, { mesh: 2 }],
      [3, { mesh: 1 }],
    ]);
    expect(fullMesh(annaAndCarlaApart, 2, 2)).toBe(false);
    expect(
      fullMesh(
        states([
          [2, {}],
          [1, { user: {} }],
          [3, { mesh: 2 }],
        ]),
        2,
        2,
      ),
    ).toBe(false);
    expect(
      fullMesh(
        states([
          [2, {}],
          [1, null],
          [3, { mesh: 'viele' }],
        ]),
        2,
        2,
      ),
    ).toBe(false);
  });
});
