import { describe, expect, it } from 'vitest';
import { OPEN_TIMEOUT_MS, stuckConnections } from './connection';

describe('stuckConnections', () => {
  it('names a connection still not open after the timeout, counted from when it was first seen', () => {
    const opening = { connected: false };
    const open = { connected: true };
    const firstSeen = new WeakMap<{ connected: boolean }, number>();
    expect(stuckConnections([opening, open], firstSeen, 1_000)).toEqual([]);
    expect(stuckConnections([opening, open], firstSeen, 1_000 + OPEN_TIMEOUT_MS)).toEqual([]);
    expect(stuckConnections([opening, open], firstSeen, 1_001 + OPEN_TIMEOUT_MS)).toEqual([opening]);
  });

  it('never names an open connection, however old', () => {
    const conn = { connected: false };
    const firstSeen = new WeakMap<{ connected: boolean }, number>();
    stuckConnections([conn], firstSeen, 0);
    conn.connected = true;
    expect(stuckConnections([conn], firstSeen, 10 * OPEN_TIMEOUT_MS)).toEqual([]);
  });
});
