import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lanHosts, type Interfaces } from './lanAddresses';

function address(address: string, internal = false): NetworkInterfaceInfo {
  const family = address.includes(':') ? 'IPv6' : 'IPv4';
  return {
    address,
    family,
    internal,
    netmask: '',
    mac: '00:00:00:00:00:00',
    cidr: null,
    scopeid: 0,
  } as NetworkInterfaceInfo;
}

const interfaces: Interfaces = {
  lo: [address('127.0.0.1', true), address('::1', true)],
  eth0: [address('192.168.1.20'), address('fe80::1c2d:3e4f:5a6b:7c8d'), address('2001:db8::20')],
  wlan0: [address('10.0.0.7')],
};

describe('lanHosts', () => {
  it('lists every external IPv4 address when bound to 0.0.0.0, without loopback or link-local', () => {
    expect(lanHosts('0.0.0.0', interfaces)).toEqual(['192.168.1.20', '10.0.0.7']);
  });

  it('adds IPv6 addresses in brackets when bound to ::', () => {
    expect(lanHosts('::', interfaces)).toEqual(['192.168.1.20', '10.0.0.7', '[2001:db8::20]']);
  });

  it('is the bound address itself when bound to one address, and nothing on loopback', () => {
    expect(lanHosts('192.168.1.20', interfaces)).toEqual(['192.168.1.20']);
    expect(lanHosts('127.0.0.1', interfaces)).toEqual([]);
    expect(lanHosts('localhost', interfaces)).toEqual([]);
    expect(lanHosts('::1', interfaces)).toEqual([]);
  });

  it('is empty on a machine without a network', () => {
    expect(lanHosts('0.0.0.0', { lo: [address('127.0.0.1', true)] })).toEqual([]);
  });
});
