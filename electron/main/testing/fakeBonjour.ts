// Test helper (used by *.test.ts only): a bonjour stand-in for discovery.ts's injectable `deps`, so
// announce and browse run their real code while nothing is sent onto any network. A test plays the
// network by emitting service records on `browser`.
import { EventEmitter } from 'node:events';
import type { BonjourLike, BrowserLike, DiscoveryDeps } from '../../hub/discovery';
import type { ServiceRecord } from '../../hub/discoveryRecords';

type PublishConfig = Parameters<BonjourLike['publish']>[0];

export class FakeBrowser extends EventEmitter {
  stopped = false;
  stop(): void {
    this.stopped = true;
  }
}

export class FakeBonjour implements BonjourLike {
  published: PublishConfig[] = [];
  browsers: FakeBrowser[] = [];
  unpublished = 0;
  destroyed = false;

  publish(config: PublishConfig): unknown {
    this.published.push(config);
    return {};
  }
  unpublishAll(callback: () => void): void {
    this.unpublished += 1;
    setImmediate(callback);
  }
  find(): BrowserLike {
    const browser = new FakeBrowser();
    this.browsers.push(browser);
    return browser as unknown as BrowserLike;
  }
  destroy(callback?: () => void): void {
    this.destroyed = true;
    if (callback) setImmediate(callback);
  }
  /** The browser of the latest query. */
  get browser(): FakeBrowser {
    const browser = this.browsers.at(-1);
    if (!browser) throw new Error('nobody browses');
    return browser;
  }
}

export function fakeDeps(fake: FakeBonjour, now: () => number = () => 0): DiscoveryDeps {
  return { createBonjour: () => fake, now };
}

/** The record a browser on another machine at `address` would receive for `published`. */
export function recordOf(published: PublishConfig, address: string): ServiceRecord {
  return {
    name: published.name,
    fqdn: `${published.name}._${published.type}._tcp.local`,
    port: published.port,
    addresses: [address],
    referer: { address },
    txt: published.txt,
  };
}

/** A colleague's hub announcement as seen on the LAN. */
export function colleagueRecord(
  id: string,
  address: string,
  port = 40_001,
  name = 'Sendeplan (anna)',
): ServiceRecord {
  return {
    name: `${name} (${id.slice(0, 6)})`,
    fqdn: `${name} (${id.slice(0, 6)})._sendeplan-hub._tcp.local`,
    port,
    addresses: [address],
    referer: { address },
    txt: { v: '1', id, path: '/', name },
  };
}
