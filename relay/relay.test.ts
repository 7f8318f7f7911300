// The relay as a company runs it: the real process (on Node 22) with its SQLite file, devices that
// connect with @hocuspocus/provider as the app does, and raw WebSockets for bad clients.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { generateWorkspace } from '../bench/workspace';
import { encodeInvite, newRoom } from '../shared/invite';
import {
  connectDevice,
  relayCommand,
  startRelayProcess,
  tempDatabase,
  until,
  type Device,
  type RelayProcess,
} from './testing';

const running: RelayProcess[] = [];
const devices: Device[] = [];

async function relay(database: string, ...args: string[]): Promise<RelayProcess> {
  const started = await startRelayProcess(['--port', '0', '--data', database, ...args]);
  running.push(started);
  return started;
}

async function device(url: string, room: string, secret: string, options?: { token?: string }) {
  const connected = await connectDevice(url, room, secret, options);
  devices.push(connected);
  return connected;
}

const synced = (d: Device) => d.provider.isSynced && d.provider.unsyncedChanges === 0;
const note = (d: Device) => d.doc.getMap<string>('notes');

afterEach(async () => {
  devices.splice(0).forEach((d) => d.destroy());
  await Promise.all(running.splice(0).map((r) => r.stop('SIGKILL')));
});

describe('the relay', () => {
  it('carries edits between devices that are never online together, from its SQLite file', async () => {
    const database = tempDatabase();
    const { room, secret } = newRoom();
    const first = await relay(database);
    const anna = await device(first.url, room, secret);
    await until(() => synced(anna), 'Anna synced');
    note(anna).set('request', 'Freigabe bitte');
    await until(() => synced(anna), 'Anna saved');
    anna.destroy();
    await first.stop();

    const second = await relay(database);
    const ben = await device(second.url, room, secret);
    await until(() => note(ben).get('request') === 'Freigabe bitte', 'the request at Ben');
    expect(ben.refused).toBeNull();
  });

  it('what a device saw as saved survives a SIGKILL right after', async () => {
    const database = tempDatabase();
    const { room, secret } = newRoom();
    const first = await relay(database, '--store-debounce', '60000');
    const anna = await device(first.url, room, secret);
    await until(() => synced(anna), 'Anna synced');
    for (let i = 0; i < 50; i++) note(anna).set(`k${i}`, `v${i}`);
    await until(() => synced(anna), 'Anna saved');
    await first.stop('SIGKILL');
    anna.destroy();

    const second = await relay(database);
    const ben = await device(second.url, room, secret);
    await until(() => note(ben).size === 50, 'all 50 at Ben');
    expect(note(ben).get('k49')).toBe('v49');
  });

  it('a device with a wrong token gets nothing and writes nothing', async () => {
    const database = tempDatabase();
    const { room, secret } = newRoom();
    const server = await relay(database);
    const anna = await device(server.url, room, secret);
    await until(() => synced(anna), 'Anna synced');
    note(anna).set('secret plan', 'only for the team');
    await until(() => synced(anna), 'Anna saved');

    const mallory = await device(server.url, room, 'a-wrong-secret-a-wrong-secret-xx');
    note(mallory).set('graffiti', 'was here');
    await until(() => mallory.refused !== null, 'Mallory refused');
    expect(mallory.refused).toBe('token');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(note(mallory).get('secret plan')).toBeUndefined();
    const ben = await device(server.url, room, secret);
    await until(() => note(ben).get('secret plan') !== undefined, 'the plan at Ben');
    expect(note(ben).get('graffiti')).toBeUndefined();
  });

  it('a corrupt or oversized message closes that connection only; the relay stays up', async () => {
    const database = tempDatabase();
    const { room, secret } = newRoom();
    const server = await relay(database, '--max-message-bytes', String(4 * 1024 * 1024));
    const anna = await device(server.url, room, secret);
    await until(() => synced(anna), 'Anna synced');

    const closedBy = (payload: Uint8Array) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(server.url);
        ws.on('open', () => ws.send(payload));
        ws.on('close', (code) => resolve(code));
        ws.on('error', () => {});
      });
    const oversized = await closedBy(new Uint8Array(5 * 1024 * 1024));
    // 1009 (too big), or 1006 when the relay drops the socket before its close frame reaches the
    // client, which happens while the client is still sending the 5 MB.
    expect([1006, 1009]).toContain(oversized);
    const corrupt = await closedBy(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff));
    expect(corrupt).toBeGreaterThanOrEqual(1000);

    note(anna).set('still', 'here');
    await until(() => synced(anna), 'Anna still saved');
    const ben = await device(server.url, room, secret);
    await until(() => note(ben).get('still') === 'here', 'Ben gets it');
    const health = (await (await fetch(`http://127.0.0.1:${server.port}/health`)).json()) as {
      documents: number;
    };
    expect(health.documents).toBe(1);
  });

  it("a 2,000-card workspace's first sync passes", async () => {
    const { room, secret } = newRoom();
    const server = await relay(tempDatabase());
    const generated = generateWorkspace({ cards: 2_000 });
    const state = Y.encodeStateAsUpdate(generated.doc);
    expect(state.byteLength).toBeGreaterThan(600_000);
    const anna = await device(server.url, room, secret);
    await until(() => synced(anna), 'Anna synced');
    Y.applyUpdate(anna.doc, state);
    await until(() => synced(anna), 'Anna saved', 30_000);
    const ben = await device(server.url, room, secret);
    await until(() => ben.doc.getMap('cards').size === 2_000, 'every card at Ben', 30_000);
  });

  it('a deleted workspace stays deleted: devices are refused with "deleted" and nothing is uploaded again', async () => {
    const database = tempDatabase();
    const { room, secret } = newRoom();
    const server = await relay(database);
    const anna = await device(server.url, room, secret);
    await until(() => synced(anna), 'Anna synced');
    note(anna).set('plan', 'Q3');
    await until(() => synced(anna), 'Anna saved');

    const said = await relayCommand([
      '--data',
      database,
      'delete',
      encodeInvite({ room, secret, name: '', hubs: [] }),
    ]);
    expect(said).toContain(`Arbeitsbereich ${room} auf dem Relay gelöscht`);
    await until(() => anna.refused === 'deleted', 'Anna refused as deleted');
    note(anna).set('plan', 'Q4');
    await server.stop();

    const again = await relay(database);
    const ben = await device(again.url, room, secret);
    await until(() => ben.refused === 'deleted', 'Ben refused as deleted');
    expect(note(ben).size).toBe(0);
    expect(await relayCommand(['--data', database, 'list'])).not.toContain(room);
  });
});
