// Pure side of LAN discovery: what a Sendeplan hub announces over mDNS, and how a discovered
// service record becomes a ws:// URL the renderer can hand to y-webrtc. discovery.ts is the thin
// bonjour-service glue around these functions.
//
// The announcement: DNS-SD type `_sendeplan-hub._tcp`, SRV port = the hub's port, TXT
//   v=1          protocol version; records with another version are ignored
//   id=<uuid>    the announcing process, so a browser can ignore its own hub and de-duplicate
//   path=/hub    WebSocket path of the hub ('/' for a standalone hub)
//   name=<text>  human-readable name (the instance name has a suffix against name clashes)
//
// Choosing an address. bonjour-service reports the A/AAAA records of the host (every interface,
// docker bridges and VPNs included) and `referer`, the source of the mDNS packet. The packet's
// source answered us on a local link, so it is reachable and preferred. IPv6 link-local
// addresses (fe80::/10) need a zone id (`%eth0`) that browsers do not accept in URLs, so they
// are skipped; IPv4 link-local (169.254/16) is kept, as a meeting room switch without DHCP gives
// exactly those. Loopback is used only when the packet itself came from loopback (same machine).
import { isIP } from 'node:net';

export const HUB_SERVICE_TYPE = 'sendeplan-hub';
export const HUB_PROTOCOL_VERSION = '1';

export interface DiscoveredHub {
  url: string;
  name: string;
}

/** The fields of a bonjour-service `Service` this module reads; all optional, all untrusted. */
export interface ServiceRecord {
  name?: unknown;
  fqdn?: unknown;
  port?: unknown;
  addresses?: unknown;
  referer?: { address?: unknown } | undefined;
  txt?: unknown;
}

export interface HubRecord extends DiscoveredHub {
  /** Stable identity of the announcement: its `id`, else its fully qualified name. */
  key: string;
}

const MAX_NAME = 64;
const PATH_PATTERN = /^\/[A-Za-z0-9._~/-]{0,63}$/;

export function txtFor(input: { id: string; path: string; name: string }): Record<string, string> {
  return { v: HUB_PROTOCOL_VERSION, id: input.id, path: input.path, name: input.name.slice(0, MAX_NAME) };
}

/** The DNS-SD instance name: readable, unique enough not to clash, within DNS's 63-byte label. */
export function instanceName(name: string, id: string): string {
  const clean =
    name
      .replace(/[\p{Cc}\s]+/gu, ' ')
      .trim()
      .replace(/\./g, '-') || 'Sendeplan';
  const suffix = ` (${id.slice(0, 6)})`;
  let base = clean;
  while (Buffer.byteLength(base + suffix) > 63) base = [...base].slice(0, -1).join('');
  return base + suffix;
}

type AddressKind = 'loopback' | 'ipv4' | 'ipv4-link-local' | 'ipv6' | 'unusable';

export function classifyAddress(address: string): AddressKind {
  const family = isIP(address);
  if (family === 4) {
    if (address.startsWith('127.')) return 'loopback';
    if (address === '0.0.0.0' || Number(address.split('.')[0]) >= 224) return 'unusable';
    return address.startsWith('169.254.') ? 'ipv4-link-local' : 'ipv4';
  }
  if (family === 6) {
    const lower = address.toLowerCase();
    if (lower === '::1') return 'loopback';
    if (lower === '::' || /^fe[89ab]/.test(lower) || lower.startsWith('ff')) return 'unusable';
    return 'ipv6';
  }
  return 'unusable'; // not an address, or one with a zone id
}

const RANK: Record<AddressKind, number> = {
  ipv4: 0,
  'ipv4-link-local': 1,
  ipv6: 2,
  loopback: 3,
  unusable: 9,
};

/** The best address to reach a service at, or undefined if none is usable. */
export function pickAddress(addresses: readonly string[], referer: string | undefined): string | undefined {
  const refererKind = referer === undefined ? 'unusable' : classifyAddress(referer);
  if (referer !== undefined && refererKind !== 'unusable') return referer;
  const usable = addresses
    .filter((address) => {
      const kind = classifyAddress(address);
      return kind !== 'unusable' && kind !== 'loopback';
    })
    .sort((a, b) => RANK[classifyAddress(a)] - RANK[classifyAddress(b)]);
  return usable[0];
}

export function hubUrl(address: string, port: number, path: string): string {
  const host = isIP(address) === 6 ? `[${address}]` : address;
  return `ws://${host}:${port}${path}`;
}

/** A discovered service as a hub, or null when it is not a usable hub of this protocol or is ours. */
export function hubFromService(service: ServiceRecord, ownId: string): HubRecord | null {
  const txt = (typeof service.txt === 'object' && service.txt !== null ? service.txt : {}) as Record<
    string,
    unknown
  >;
  if (txt.v !== HUB_PROTOCOL_VERSION) return null;
  if (txt.id === ownId) return null;
  const port = service.port;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65_535) return null;
  const addresses = Array.isArray(service.addresses)
    ? service.addresses.filter((a): a is string => typeof a === 'string')
    : [];
  const referer = typeof service.referer?.address === 'string' ? service.referer.address : undefined;
  const address = pickAddress(addresses, referer);
  if (address === undefined) return null;
  const path = typeof txt.path === 'string' && PATH_PATTERN.test(txt.path) ? txt.path : '/';
  const fallbackName = typeof service.name === 'string' ? service.name : 'Sendeplan';
  const name = (typeof txt.name === 'string' && txt.name.trim() ? txt.name.trim() : fallbackName).slice(
    0,
    MAX_NAME,
  );
  return { key: recordKey(service), name, url: hubUrl(address, port, path) };
}

export function recordKey(service: ServiceRecord): string {
  const txt = service.txt as { id?: unknown } | undefined;
  return typeof txt?.id === 'string' && txt.id
    ? `id:${txt.id}`
    : `fqdn:${String(service.fqdn ?? service.name)}`;
}

/** The hubs seen recently: keyed by announcement, listed once per URL, sorted for stable output. */
export class HubTable {
  private readonly entries = new Map<string, { hub: DiscoveredHub; lastSeen: number }>();

  seen(record: HubRecord, now: number): void {
    this.entries.set(record.key, { hub: { url: record.url, name: record.name }, lastSeen: now });
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  /** Forgets hubs not seen for `maxAgeMs` (they vanished without saying goodbye). */
  prune(now: number, maxAgeMs: number): void {
    for (const [key, entry] of this.entries) {
      if (now - entry.lastSeen > maxAgeMs) this.entries.delete(key);
    }
  }

  list(): DiscoveredHub[] {
    const byUrl = new Map<string, DiscoveredHub>();
    for (const { hub } of this.entries.values()) if (!byUrl.has(hub.url)) byUrl.set(hub.url, hub);
    return [...byUrl.values()].sort((a, b) => a.name.localeCompare(b.name) || a.url.localeCompare(b.url));
  }
}
