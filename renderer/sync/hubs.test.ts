import { describe, expect, it } from 'vitest';
import { hubsFromInfo, hubsToConnect, shareableHubs } from './hubs';

const info = {
  hubs: ['ws://127.0.0.1:5180/hub'],
  lanHubs: ['ws://192.168.1.20:5180/hub', 'ws://10.0.0.7:5180/hub'],
};

describe("the hubs of serve's /hub-info.json", () => {
  it('on a page opened by loopback: connects there, and invites name the LAN addresses', () => {
    const served = hubsFromInfo(info, new URL('http://localhost:5180/'));
    expect(served.hubs).toEqual(['ws://localhost:5180/hub']);
    expect(shareableHubs(served.hubs, served.lanHubs)).toEqual([
      'ws://192.168.1.20:5180/hub',
      'ws://10.0.0.7:5180/hub',
    ]);
  });

  it("on a page opened by a LAN address: the page's own host is the hub colleagues reach", () => {
    const served = hubsFromInfo(info, new URL('http://192.168.1.20:5180/'));
    expect(served.hubs).toEqual(['ws://192.168.1.20:5180/hub']);
    expect(served.lanHubs).toEqual([]);
    expect(served.serverAddresses).toEqual(info.lanHubs);
    expect(shareableHubs(served.hubs, served.lanHubs)).toEqual(['ws://192.168.1.20:5180/hub']);
  });

  it('behind TLS the hub is wss: on the same host', () => {
    const served = hubsFromInfo(info, new URL('https://sendeplan.example.com/'));
    expect(shareableHubs(served.hubs, served.lanHubs)).toEqual(['wss://sendeplan.example.com/hub']);
  });

  it('an invite never carries a loopback hub, and a server that names no LAN address gives none', () => {
    const served = hubsFromInfo({ hubs: info.hubs, lanHubs: [] }, new URL('http://127.0.0.1:5180/'));
    expect(shareableHubs(served.hubs, served.lanHubs)).toEqual([]);
  });

  it('takes nothing from a malformed answer', () => {
    const page = new URL('http://127.0.0.1:5180/');
    expect(hubsFromInfo(null, page)).toEqual({ hubs: [], lanHubs: [], serverAddresses: [] });
    expect(hubsFromInfo({ hubs: 'ws://x/hub', lanHubs: [42, 'http://x/', 'javascript:1'] }, page)).toEqual({
      hubs: [],
      lanHubs: [],
      serverAddresses: [],
    });
  });
});

describe('hubsToConnect', () => {
  it("connects once to the serving server's hub, however many of its addresses the invite names", () => {
    const served = hubsFromInfo(info, new URL('http://127.0.0.1:5180/'));
    const invited = ['ws://192.168.1.20:5180/hub', 'ws://10.0.0.7:5180/hub', 'wss://hub.example.com/hub'];
    expect(hubsToConnect(served.hubs, invited, served.serverAddresses)).toEqual([
      'ws://127.0.0.1:5180/hub',
      'wss://hub.example.com/hub',
    ]);
  });

  it('keeps every hub of the workspace where no server named its addresses (desktop)', () => {
    expect(hubsToConnect(['ws://127.0.0.1:4000/hub'], ['ws://192.168.1.20:5180/hub'], [])).toEqual([
      'ws://127.0.0.1:4000/hub',
      'ws://192.168.1.20:5180/hub',
    ]);
  });
});
