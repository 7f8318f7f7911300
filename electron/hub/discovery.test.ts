// Discovery without multicast: the record -> URL rules, and the glue driven by a fake bonjour.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  announceHub,
  browseHubs,
  LOCAL_INSTANCE_ID,
  type BonjourLike,
  type DiscoveryDeps,
} from './discovery';
import {
  classifyAddress,
  hubFromService,
  HubTable,
  instanceName,
  pickAddress,
  type ServiceRecord,
} from './discoveryRecords';

const OWN = 'own-id';

function service(overrides: Partial<ServiceRecord> & { txt?: Record<string, unknown> } = {}): ServiceRecord {
  return {
    name: 'Konferenzraum (ab12cd)',
    fqdn: 'Konferenzraum (ab12cd)._sendeplan-hub._tcp.local',
    port: 5180,
    addresses: ['192.168.178.20', 'fe80::1c2b:3aff:fe4d:5e6f', '172.17.0.1'],
    referer: { address: '192.168.178.20' },
    ...overrides,
    txt: { v: '1', id: 'hub-1', path: '/hub', name: 'Konferenzraum', ...overrides.txt },
  };
}

describe('service record -> hub', () => {
  it('maps a record to a ws URL on the address the announcement came from', () => {
    expect(hubFromService(service(), OWN)).toEqual({
      key: 'id:hub-1',
      name: 'Konferenzraum',
      url: 'ws://192.168.178.20:5180/hub',
    });
  });

  it('ignores our own hub, other protocol versions and records without a usable port', () => {
    expect(hubFromService(service({ txt: { id: OWN } }), OWN)).toBeNull();
    expect(hubFromService(service({ txt: { v: '2' } }), OWN)).toBeNull();
    expect(hubFromService(service({ txt: { v: undefined } }), OWN)).toBeNull();
    expect(hubFromService({ ...service(), txt: null }, OWN)).toBeNull();
    for (const port of [0, 70_000, 5180.5, '5180', undefined]) {
      expect(hubFromService(service({ port }), OWN)).toBeNull();
    }
  });

  it('falls back to the best listed address, skipping IPv6 link-local which browsers cannot use', () => {
    const noReferer = { referer: undefined };
    expect(hubFromService(service({ ...noReferer, addresses: ['fe80::1', '10.0.0.7'] }), OWN)?.url).toBe(
      'ws://10.0.0.7:5180/hub',
    );
    expect(hubFromService(service({ ...noReferer, addresses: ['fe80::1', '2001:db8::7'] }), OWN)?.url).toBe(
      'ws://[2001:db8::7]:5180/hub',
    );
    expect(hubFromService(service({ ...noReferer, addresses: ['fe80::1', 'FE80::2%eth0'] }), OWN)).toBeNull();
    expect(hubFromService(service({ referer: { address: 'fe80::9%en0' }, addresses: [] }), OWN)).toBeNull();
  });

  it('prefers IPv4, then IPv4 link-local (no DHCP in the meeting room), then IPv6; loopback only from loopback', () => {
    expect(pickAddress(['2001:db8::1', '169.254.10.2', '192.168.1.2'], undefined)).toBe('192.168.1.2');
    expect(pickAddress(['2001:db8::1', '169.254.10.2'], undefined)).toBe('169.254.10.2');
    expect(pickAddress(['127.0.0.1', '::1', '2001:db8::1'], undefined)).toBe('2001:db8::1');
    expect(pickAddress(['127.0.0.1'], undefined)).toBeUndefined();
    expect(pickAddress(['192.168.1.2'], '127.0.0.1')).toBe('127.0.0.1');
    expect(pickAddress(['192.168.1.2'], '10.1.1.1')).toBe('10.1.1.1');
    expect(pickAddress(['192.168.1.2'], 'garbage')).toBe('192.168.1.2');
  });

  it('classifies addresses', () => {
    expect(
      ['0.0.0.0', '224.0.0.251', '::', 'ff02::fb', 'fe80::1', 'febf::1', 'x', ''].map(classifyAddress),
    ).toEqual(Array(8).fill('unusable'));
    expect(classifyAddress('fec0::1')).toBe('ipv6');
    expect(classifyAddress('fd12:3456::1')).toBe('ipv6');
  });

  it('accepts only a plain path and falls back to /', () => {
    expect(hubFromService(service({ txt: { path: '/a?b' } }), OWN)?.url).toBe('ws://192.168.178.20:5180/');
    expect(hubFromService(service({ txt: { path: 'hub' } }), OWN)?.url).toBe('ws://192.168.178.20:5180/');
    expect(hubFromService(service({ txt: { path: undefined } }), OWN)?.url).toBe('ws://192.168.178.20:5180/');
  });

  it('names the hub from TXT, else from the instance name', () => {
    expect(hubFromService(service({ txt: { name: '  ' } }), OWN)?.name).toBe('Konferenzraum (ab12cd)');
    expect(hubFromService(service({ txt: { name: 'x'.repeat(200) } }), OWN)?.name).toHaveLength(64);
  });

  it('makes DNS-safe instance names within 63 bytes', () => {
    expect(instanceName('Anna.Laptop', 'abcdef123')).toBe('Anna-Laptop (abcdef)');
    const long = instanceName('Ä'.repeat(60), 'abcdef');
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(63);
    expect(long.endsWith(' (abcdef)')).toBe(true);
    expect(instanceName(' \n', 'abcdef')).toBe('Sendeplan (abcdef)');
    expect(instanceName('Anna\n\tLaptop ', 'abcdef')).toBe('Anna Laptop (abcdef)');
  });
});

describe('HubTable', () => {
  const record = (key: string, url: string, name = 'Hub') => ({ key, url, name });

  it('lists each URL once, sorted by name', () => {
    const table = new HubTable();
    table.seen(record('id:b', 'ws://10.0.0.2:5180/hub', 'Zimmer'), 0);
    table.seen(record('id:a', 'ws://10.0.0.1:5180/hub', 'Anna'), 0);
    table.seen(record('fqdn:dup', 'ws://10.0.0.1:5180/hub', 'Anna again'), 0);
    table.seen(record('id:b', 'ws://10.0.0.2:5180/hub', 'Zimmer'), 1); // seen twice, listed once
    expect(table.list()).toEqual([
      { url: 'ws://10.0.0.1:5180/hub', name: 'Anna' },
      { url: 'ws://10.0.0.2:5180/hub', name: 'Zimmer' },
    ]);
  });

  it('forgets on goodbye and after maxAge without sightings', () => {
    const table = new HubTable();
    table.seen(record('id:a', 'ws://a'), 0);
    table.seen(record('id:b', 'ws://b'), 100);
    table.prune(100, 100);
    expect(table.list().map((h) => h.url)).toEqual(['ws://a', 'ws://b']);
    table.prune(101, 100);
    expect(table.list().map((h) => h.url)).toEqual(['ws://b']);
    table.forget('id:b');
    expect(table.list()).toEqual([]);
  });
});

class FakeBrowser extends EventEmitter {
  stopped = false;
  stop() {
    this.stopped = true;
  }
}

class FakeBonjour implements BonjourLike {
  published: Parameters<BonjourLike['publish']>[0][] = [];
  browsers: FakeBrowser[] = [];
  unpublished = false;
  destroyed = false;
  publish(config: Parameters<BonjourLike['publish']>[0]) {
    this.published.push(config);
    return {};
  }
  unpublishAll(callback: () => void) {
    this.unpublished = true;
    setImmediate(callback);
  }
  find() {
    const browser = new FakeBrowser();
    this.browsers.push(browser);
    return browser as unknown as ReturnType<BonjourLike['find']>;
  }
  destroy(callback?: () => void) {
    this.destroyed = true;
    if (callback) setImmediate(callback);
  }
  get browser(): FakeBrowser {
    return this.browsers.at(-1) as FakeBrowser;
  }
}

describe('announceHub / browseHubs glue', () => {
  afterEach(() => vi.useRealTimers());

  function deps(fake: FakeBonjour | (() => never), now = () => 0): DiscoveryDeps {
    return { createBonjour: typeof fake === 'function' ? fake : () => fake, now };
  }

  it('announces type, port and TXT, and withdraws the announcement on stop', async () => {
    const fake = new FakeBonjour();
    const stop = announceHub({ port: 5180, name: 'Anna.Laptop', path: '/hub' }, deps(fake));
    expect(fake.published).toEqual([
      {
        name: `Anna-Laptop (${LOCAL_INSTANCE_ID.slice(0, 6)})`,
        type: 'sendeplan-hub',
        protocol: 'tcp',
        port: 5180,
        txt: { v: '1', id: LOCAL_INSTANCE_ID, path: '/hub', name: 'Anna.Laptop' },
      },
    ]);
    await stop();
    expect(fake.unpublished).toBe(true);
    expect(fake.destroyed).toBe(true);
    await stop(); // idempotent
  });

  it('never throws when mDNS is unavailable; logs instead', async () => {
    const log = vi.fn();
    const broken = () => {
      throw new Error('bind EADDRINUSE 0.0.0.0:5353');
    };
    const stopAnnounce = announceHub({ port: 1, name: 'x', log }, deps(broken));
    const stopBrowse = browseHubs(() => {}, { log }, deps(broken));
    await expect(stopAnnounce()).resolves.toBeUndefined();
    await expect(stopBrowse()).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledTimes(2);
    expect(String(log.mock.calls[0]?.[0])).toContain('EADDRINUSE');
  });

  it('reports hubs as they come and go, without our own and without repeats', async () => {
    const fake = new FakeBonjour();
    const lists: unknown[] = [];
    const stop = browseHubs((hubs) => lists.push(hubs), {}, deps(fake));
    const other = service();
    fake.browser.emit('up', other);
    fake.browser.emit('up', service({ txt: { id: LOCAL_INSTANCE_ID } })); // ours
    fake.browser.emit('txt-update', other); // unchanged
    fake.browser.emit('down', other);
    expect(lists).toEqual([[{ url: 'ws://192.168.178.20:5180/hub', name: 'Konferenzraum' }], []]);
    await stop();
    expect(fake.browser.stopped).toBe(true);
    expect(fake.destroyed).toBe(true);
  });

  it('forgets hubs that vanish without a goodbye after 2.5 refreshes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let now = 0;
    const fake = new FakeBonjour();
    const lists: { url: string }[][] = [];
    const stop = browseHubs(
      (hubs) => lists.push(hubs),
      { refreshMs: 1000 },
      deps(fake, () => now),
    );
    fake.browser.emit('up', service());
    for (let i = 1; i <= 3; i++) {
      now = i * 1000;
      vi.advanceTimersByTime(1000);
    }
    expect(fake.browsers).toHaveLength(4); // a fresh query each refresh
    expect(fake.browsers.slice(0, 3).every((b) => b.stopped)).toBe(true);
    expect(lists).toEqual([[{ url: 'ws://192.168.178.20:5180/hub', name: 'Konferenzraum' }], []]);
    fake.browser.emit('up', service());
    expect(lists).toHaveLength(3);
    await stop();
  });

  it('keeps browsing when the callback throws', async () => {
    const fake = new FakeBonjour();
    const log = vi.fn();
    const stop = browseHubs(
      () => {
        throw new Error('boom');
      },
      { log },
      deps(fake),
    );
    fake.browser.emit('up', service());
    fake.browser.emit('down', service());
    expect(log).toHaveBeenCalledTimes(2);
    await stop();
  });
});
