import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { recordedReorder } from '../../shared/model/fixtures/yjsPendingReorder';
import {
  MISSING_ASK_AGAIN_MS,
  MISSING_WAIT_MS,
  missingOverdue,
  readLinks,
  relayTargets,
  relayTargetsFromRelay,
} from './relay';

const state = (peer: string, to: string[]) => ({ user: { name: 'x' }, links: { peer, to } });

describe('an update from the team relay', () => {
  it('goes over WebRTC only to colleagues who are not on the relay themselves', () => {
    const states = [
      { links: { peer: 'b', to: ['a'], relay: true } },
      { links: { peer: 'c', to: ['a'], relay: false } },
      { links: { peer: 'd', to: ['a'] } },
    ];
    expect(relayTargetsFromRelay(['b', 'c', 'd', 'e'], states)).toEqual(['c', 'd', 'e']);
  });
});

describe('readLinks', () => {
  it('reads a colleague’s peer id and connections', () => {
    expect(readLinks(state('b', ['a', 'c']))).toEqual({ peer: 'b', to: ['a', 'c'], relay: false });
    expect(readLinks({ links: { peer: 'b', to: [], relay: true } })?.relay).toBe(true);
    expect(readLinks({ links: { peer: 'b', to: [], relay: 'yes' } })?.relay).toBe(false);
  });

  it.each([
    ['no state', null],
    ['no links', { user: {} }],
    ['links not an object', { links: 'a,b' }],
    ['peer not a string', { links: { peer: 7, to: [] } }],
    ['to not a list', { links: { peer: 'b', to: 'a' } }],
    ['a number among the peers', { links: { peer: 'b', to: ['a', 1] } }],
    ['more than 64 peers', { links: { peer: 'b', to: Array.from({ length: 65 }, (_, i) => `p${i}`) } }],
  ])('ignores %s', (_what, value) => {
    expect(readLinks(value)).toBeNull();
  });
});

describe('relayTargets', () => {
  it('passes an update on only to colleagues not connected to its sender', () => {
    const states = [state('b', ['a', 'me']), state('c', ['me']), state('d', ['a', 'c', 'me'])];
    expect(relayTargets('a', ['a', 'b', 'c', 'd'], states)).toEqual(['c']);
  });

  it('passes on to everyone when the sender is unknown or a colleague published nothing', () => {
    expect(relayTargets(null, ['a', 'b'], [state('b', ['a'])])).toEqual(['a', 'b']);
    expect(relayTargets('a', ['a', 'b', 'c'], [{ user: {} }, state('c', ['a'])])).toEqual(['b']);
  });

  it('passes nothing on in a full mesh', () => {
    const peers = ['a', 'b', 'c', 'me'];
    const states = peers.map((p) =>
      state(
        p,
        peers.filter((q) => q !== p),
      ),
    );
    expect(relayTargets('a', ['a', 'b', 'c'], states)).toEqual([]);
  });

  // The rule's promise: whatever the connections, an update made on one device reaches every device
  // connected to it through any chain of colleagues, each device passing on what it first receives,
  // in whatever order the messages arrive.
  it('delivers every update to everyone reachable, in any network', () => {
    const network = fc.integer({ min: 2, max: 9 }).chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.uniqueArray(
          fc.tuple(fc.nat(n - 1), fc.nat(n - 1)).filter(([a, b]) => a < b),
          { selector: ([a, b]) => `${a}-${b}` },
        ),
        fc.nat(n - 1),
        fc.array(fc.nat(), { minLength: 1, maxLength: 50 }),
      ),
    );
    fc.assert(
      fc.property(network, ([n, edges, origin, order]) => {
        const ids = Array.from({ length: n }, (_, i) => `p${i}`);
        const neighbours = ids.map(() => new Set<string>());
        for (const [a, b] of edges) {
          neighbours[a]!.add(ids[b]!);
          neighbours[b]!.add(ids[a]!);
        }
        const states = ids.map((id, i) => state(id, [...neighbours[i]!]));
        const received = new Set([ids[origin]!]);
        // The origin sends to all its connections; messages in flight: [from, to].
        const queue = [...neighbours[origin]!].map((to) => [ids[origin]!, to] as const);
        while (queue.length > 0) {
          const [from, at] = queue.splice(order[queue.length % order.length]! % queue.length, 1)[0]!;
          if (received.has(at)) continue;
          received.add(at);
          const i = ids.indexOf(at);
          for (const to of relayTargets(from, [...neighbours[i]!], states)) queue.push([at, to]);
        }
        const reachable = new Set([ids[origin]!]);
        const walk = [origin];
        while (walk.length > 0)
          for (const next of neighbours[walk.pop()!]!)
            if (!reachable.has(next)) {
              reachable.add(next);
              walk.push(ids.indexOf(next));
            }
        expect([...received].sort()).toEqual([...reachable].sort());
      }),
      { numRuns: 300 },
    );
  });
});

describe('a missing piece', () => {
  it('is asked for once updates have waited for it a while, then again only now and then', () => {
    const since = 1_000_000;
    expect(missingOverdue(null, -Infinity, since + 60_000)).toBe(false);
    expect(missingOverdue(since, -Infinity, since + MISSING_WAIT_MS - 1)).toBe(false);
    expect(missingOverdue(since, -Infinity, since + MISSING_WAIT_MS)).toBe(true);
    const asked = since + MISSING_WAIT_MS;
    expect(missingOverdue(since, asked, asked + MISSING_ASK_AGAIN_MS - 1)).toBe(false);
    expect(missingOverdue(since, asked, asked + MISSING_ASK_AGAIN_MS)).toBe(true);
  });

  it('comes with a colleague’s answer to the request, also what Yjs lost while it waited', () => {
    // A peer that Yjs left missing two updates that had all arrived, and a colleague who has them.
    const { oneByOne: stuck, merged: colleague } = recordedReorder();
    expect(stuck.store.pendingStructs).not.toBeNull();
    // The request (sync step 1) as links() writes it, and the answer as y-webrtc's peer makes it.
    const request = encoding.createEncoder();
    syncProtocol.writeSyncStep1(request, stuck);
    const answer = encoding.createEncoder();
    syncProtocol.readSyncMessage(
      decoding.createDecoder(encoding.toUint8Array(request)),
      answer,
      colleague,
      null,
    );
    syncProtocol.readSyncMessage(
      decoding.createDecoder(encoding.toUint8Array(answer)),
      encoding.createEncoder(),
      stuck,
      null,
    );
    expect(Y.encodeStateVector(stuck)).toEqual(Y.encodeStateVector(colleague));
    expect(stuck.store.pendingStructs).toBeNull();
  });
});
