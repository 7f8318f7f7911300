// The discovery wiring, driven through the real announceHub/browseHubs with a fake bonjour: nothing
// is sent onto a network; the test plays the LAN by emitting service records.
import { describe, expect, it } from 'vitest';
import { announceHub } from '../hub/discovery';
import { colleagueRecord, FakeBonjour, fakeDeps, recordOf } from './testing/fakeBonjour';
import { hubUrls, watchLanHubs } from './lanHubs';

function setUp() {
  const fake = new FakeBonjour();
  const changes: string[][] = [];
  const watch = watchLanHubs((urls) => changes.push(urls), { deps: fakeDeps(fake) });
  return { fake, changes, watch };
}

describe('watchLanHubs', () => {
  it('starts empty and browses for Sendeplan hubs', async () => {
    const { fake, changes, watch } = setUp();
    expect(watch.list()).toEqual([]);
    expect(changes).toEqual([]);
    expect(fake.browsers).toHaveLength(1);
    await watch.stop();
  });

  it('forwards every change of the list of URLs, and answers the current list', async () => {
    const { fake, changes, watch } = setUp();
    const anna = colleagueRecord('anna-0000-1111', '192.168.178.31', 40_001, 'Sendeplan (anna)');
    const ben = colleagueRecord('ben-2222-3333', '192.168.178.20', 5180, 'Sendeplan (ben)');

    fake.browser.emit('up', anna);
    expect(changes).toEqual([['ws://192.168.178.31:40001/']]);
    fake.browser.emit('up', ben);
    expect(changes.at(-1)).toEqual(['ws://192.168.178.20:5180/', 'ws://192.168.178.31:40001/']);
    expect(watch.list()).toEqual(['ws://192.168.178.20:5180/', 'ws://192.168.178.31:40001/']);

    fake.browser.emit('down', anna);
    expect(changes.at(-1)).toEqual(['ws://192.168.178.20:5180/']);
    expect(watch.list()).toEqual(['ws://192.168.178.20:5180/']);
    expect(changes).toHaveLength(3);
    await watch.stop();
    expect(fake.browser.stopped).toBe(true);
    expect(fake.destroyed).toBe(true);
  });

  it('never lists our own hub, even as it is announced on the LAN', async () => {
    const { fake, changes, watch } = setUp();
    // Our own announcement, made by the real announceHub, as the LAN echoes it back to us.
    const announcer = new FakeBonjour();
    const unannounce = announceHub({ port: 43_210, name: 'Sendeplan (this-laptop)' }, fakeDeps(announcer));
    const [ours] = announcer.published;
    if (!ours) throw new Error('nothing was announced');
    fake.browser.emit('up', recordOf(ours, '192.168.178.44'));
    fake.browser.emit('srv-update', recordOf(ours, '10.0.0.44'));
    expect(changes).toEqual([]);
    expect(watch.list()).toEqual([]);

    // A colleague's hub is listed next to it.
    fake.browser.emit('up', colleagueRecord('anna-0000-1111', '192.168.178.31'));
    expect(watch.list()).toEqual(['ws://192.168.178.31:40001/']);
    await unannounce();
    await watch.stop();
  });

  it('does not forward a change that leaves the URLs as they were (a renamed hub)', async () => {
    const { fake, changes, watch } = setUp();
    fake.browser.emit('up', colleagueRecord('anna-0000-1111', '192.168.178.31', 40_001, 'Anna'));
    fake.browser.emit(
      'txt-update',
      colleagueRecord('anna-0000-1111', '192.168.178.31', 40_001, 'Anna (Laptop)'),
    );
    expect(changes).toEqual([['ws://192.168.178.31:40001/']]);
    await watch.stop();
  });

  it('forwards copies: a listener cannot change what main keeps', async () => {
    const { fake, changes, watch } = setUp();
    fake.browser.emit('up', colleagueRecord('anna-0000-1111', '192.168.178.31'));
    changes[0]?.push('ws://evil.example/');
    watch.list().push('ws://evil.example/');
    expect(watch.list()).toEqual(['ws://192.168.178.31:40001/']);
    await watch.stop();
  });

  it('stays empty and quiet when mDNS is unavailable', async () => {
    const lines: string[] = [];
    const changes: string[][] = [];
    const watch = watchLanHubs((urls) => changes.push(urls), {
      log: (line) => lines.push(line),
      deps: {
        createBonjour: () => {
          throw new Error('bind EADDRINUSE 0.0.0.0:5353');
        },
        now: () => 0,
      },
    });
    expect(watch.list()).toEqual([]);
    expect(lines.join('\n')).toContain('EADDRINUSE');
    await expect(watch.stop()).resolves.toBeUndefined();
    expect(changes).toEqual([]);
  });
});

describe('hubUrls', () => {
  it('lists each URL once, sorted', () => {
    expect(
      hubUrls([
        { url: 'ws://10.0.0.2:1/', name: 'A' },
        { url: 'ws://10.0.0.1:1/', name: 'B' },
        { url: 'ws://10.0.0.2:1/', name: 'C' },
      ]),
    ).toEqual(['ws://10.0.0.1:1/', 'ws://10.0.0.2:1/']);
  });
});
