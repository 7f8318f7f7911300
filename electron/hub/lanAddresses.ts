// The addresses colleagues on the LAN reach `serve` by. Bound to the wildcard (0.0.0.0 or ::), the
// server answers on every interface, so these are the machine's external addresses; bound to one
// address, that one; on loopback, none. IPv6 link-local addresses (fe80::) are left out: a URL
// with them needs the colleague's own interface name.
import type { NetworkInterfaceInfo } from 'node:os';

export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** Hosts as they appear in a URL (IPv6 in brackets), IPv4 first, in the interfaces' order. */
export function lanHosts(bindHost: string, interfaces: Interfaces): string[] {
  const bracket = (address: string) => (address.includes(':') ? `[${address}]` : address);
  if (isLoopbackHost(bindHost)) return [];
  if (bindHost !== '0.0.0.0' && bindHost !== '::') return [bracket(bindHost)];
  const all = Object.values(interfaces).flatMap((list) => list ?? []);
  const external = all.filter((a) => !a.internal && !a.address.toLowerCase().startsWith('fe80:'));
  // Bound to 0.0.0.0 the server takes IPv4 only; bound to :: it takes both (dual stack).
  const ipv4 = external.filter((a) => a.family === 'IPv4').map((a) => a.address);
  const ipv6 = bindHost === '::' ? external.filter((a) => a.family === 'IPv6').map((a) => a.address) : [];
  return [...new Set([...ipv4, ...ipv6])].map(bracket);
}
