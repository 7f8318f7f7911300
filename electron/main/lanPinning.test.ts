// Hubs found on the LAN are offered, never used by themselves: anyone on the network can announce
// one. From a fake bonjour's record through main's watch (watchLanHubs, as DesktopApi.lanHubs
// answers it) to the hubs the renderer connects through (connectSession): a discovered hub is among
// them only once the workspace lists it (pinned in the settings).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../shared/ipc';
import type { ConnectionOptions } from '../../renderer/sync/connection';
import type { Session } from '../../renderer/sync/session';
import { connectSession } from '../../renderer/sync/useConnection';
import type { WorkspaceEntry } from '../../renderer/sync/workspaces';
import { discoveredHubs } from '../../renderer/sync/hubs';
import { colleagueRecord, FakeBonjour, fakeDeps } from './testing/fakeBonjour';
import { watchLanHubs } from './lanHubs';

const LOCAL = 'ws://127.0.0.1:5180/';
const STRANGER = 'ws://192.168.178.66:40001/';

function setUp() {
  const fake = new FakeBonjour();
  const watch = watchLanHubs(() => {}, { deps: fakeDeps(fake) });
  const desktop: Partial<DesktopApi> = {
    localHub: () => Promise.resolve({ url: LOCAL }),
    lanHubs: () => Promise.resolve(watch.list()),
  };
  vi.stubGlobal('window', { desktop });
  const connects: ConnectionOptions[] = [];
  const session = {
    connect: (options: ConnectionOptions) => {
      connects.push(options);
      return Promise.resolve();
    },
  } as unknown as Session;
  return { fake, watch, session, connects };
}

const entry = (hubs: string[]): WorkspaceEntry => ({
  id: 'room-1',
  name: 'Team',
  secret: 's'.repeat(43),
  hubs,
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('hubs announced on the LAN', () => {
  it('are offered for pinning, and not connected through until pinned', async () => {
    const { fake, watch, session, connects } = setUp();
    fake.browser.emit(
      'up',
      colleagueRecord('mallory-0000-1111', '192.168.178.66', 40_001, 'Sendeplan (Chef)'),
    );
    expect(await discoveredHubs()).toEqual([STRANGER]);

    await connectSession(session, entry([]));
    expect(connects.at(-1)!.hubs).toEqual([LOCAL]);

    // Pinned in the settings: the workspace lists it, and from then on it is used.
    await connectSession(session, entry([STRANGER]));
    expect(connects.at(-1)!.hubs).toEqual([LOCAL, STRANGER]);
    await watch.stop();
  });
});
