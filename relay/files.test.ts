// Files on the relay: the real relay process (Node 22) with its files directory, the app's client
// (renderer/sync/relayFiles.ts) on Node's fetch, and raw HTTP for clients that break off or lie.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RelayFiles, relayFilesUrl, type RelayFileProblem } from '../renderer/sync/relayFiles';
import { encodeInvite, newRoom } from '../shared/invite';
import { relayToken } from '../shared/relayToken';
import { FileStore as DeviceStore } from '../renderer/sync/files/fileStore';
import { RelayUploads } from '../renderer/sync/files/relayUploads';
import { MemoryBackend } from '../renderer/sync/files/testing/memoryBackend';
import { filesDirectoryOf } from './files';
import { relayCommand, startRelayProcess, tempDatabase, until, type RelayProcess } from './testing';

const running: RelayProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.stop('SIGKILL')));
});

async function relay(database: string, ...args: string[]): Promise<RelayProcess> {
  const started = await startRelayProcess(['--port', '0', '--data', database, ...args]);
  running.push(started);
  return started;
}

const MB = 1024 * 1024;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const blobOf = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)]);

function client(url: string, room: string, secret: string, problems: string[] = []) {
  return new RelayFiles({
    url,
    room,
    secret,
    partBytes: MB,
    onProblem: (_hash, problem, message) => problems.push(`${problem}: ${message}`),
  });
}

/** What the workspace's directory holds: complete files and unfinished uploads. */
function onDisk(database: string, room: string) {
  const dir = join(filesDirectoryOf(database), room);
  const list = (path: string) => (existsSync(path) ? readdirSync(path) : []);
  return { files: list(dir).filter((n) => n !== '.incoming'), incoming: list(join(dir, '.incoming')) };
}

/**
 * A raw PUT that sends `send` of the `declared` bytes and then stops: `end` closes the socket,
 * `stall` keeps it open. Resolves with the status, or 'closed' when the relay cut the connection.
 */
function rawPut(
  port: number,
  path: string,
  token: string,
  body: Uint8Array,
  options: { declared?: number; send?: number; then?: 'end' | 'stall' | 'destroy' } = {},
): Promise<{ status: number | 'closed'; text: string }> {
  return new Promise((resolve) => {
    const request = http.request({
      host: '127.0.0.1',
      port,
      path,
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Length': options.declared ?? body.length },
    });
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      response.on('error', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on('error', () => resolve({ status: 'closed', text: '' }));
    request.on('close', () => setTimeout(() => resolve({ status: 'closed', text: '' }), 200));
    request.write(body.subarray(0, options.send ?? body.length), () => {
      if (options.then === 'destroy') setTimeout(() => request.destroy(), 100);
      else if (options.then !== 'stall') request.end();
    });
  });
}

describe('files on the relay', () => {
  it('round trip in parts with progress; kept across a SIGKILL and restart; ranges', async () => {
    const database = tempDatabase();
    const { room, secret } = newRoom();
    const first = await relay(database);
    const files = client(first.url, room, secret);
    const bytes = randomBytes(3 * MB + 12_345);
    const hash = sha256(bytes);
    expect(await files.has(hash)).toBe(false);

    const progress: number[] = [];
    expect(await files.upload(hash, blobOf(bytes), (done) => progress.push(done))).toEqual({
      ok: true,
      value: undefined,
    });
    expect(progress).toEqual([0, MB, 2 * MB, 3 * MB, bytes.length]);
    expect(await files.has(hash)).toBe(true);
    expect(onDisk(database, room)).toEqual({ files: [hash], incoming: [] });
    await first.stop('SIGKILL');

    const second = await relay(database);
    const again = client(second.url, room, secret);
    const seen: number[] = [];
    const downloaded = await again.get(hash, (done) => seen.push(done));
    expect(downloaded && Buffer.from(downloaded).equals(bytes)).toBe(true);
    expect(seen.at(-1)).toBe(bytes.length);
    expect((await again.usage()).ok && (await again.usage())).toMatchObject({
      value: { used: bytes.length, incoming: 0, maxFileBytes: 200 * MB },
    });

    const range = await fetch(`${relayFilesUrl(second.url)}${room}/${hash}`, {
      headers: { Authorization: `Bearer ${await relayToken(room, secret)}`, Range: 'bytes=100-199' },
    });
    expect(range.status).toBe(206);
    expect(range.headers.get('Content-Range')).toBe(`bytes 100-199/${bytes.length}`);
    expect(Buffer.from(await range.arrayBuffer()).equals(bytes.subarray(100, 200))).toBe(true);
  });

  it('a wrong token, no token or another workspace’s token gets nothing and stores nothing', async () => {
    const database = tempDatabase();
    const { room, secret } = newRoom();
    const server = await relay(database);
    const bytes = randomBytes(100_000);
    const hash = sha256(bytes);
    expect((await client(server.url, room, secret).upload(hash, blobOf(bytes))).ok).toBe(true);

    const problems: string[] = [];
    const mallory = client(server.url, room, 'a-wrong-secret-a-wrong-secret-xx', problems);
    expect(await mallory.has(hash)).toBe(false);
    expect(await mallory.get(hash)).toBeNull();
    const other = randomBytes(1000);
    expect(await mallory.upload(sha256(other), blobOf(other))).toMatchObject({ ok: false, problem: 'token' });
    expect(problems).toHaveLength(2);
    expect(problems.every((p) => p.startsWith('token:'))).toBe(true);

    const url = `${relayFilesUrl(server.url)}${room}/${hash}`;
    expect((await fetch(url)).status).toBe(401);
    const elsewhere = newRoom();
    const foreign = await fetch(url, {
      headers: { Authorization: `Bearer ${await relayToken(elsewhere.room, elsewhere.secret)}` },
    });
    expect(foreign.status).toBe(401);
    expect(onDisk(database, room)).toEqual({ files: [hash], incoming: [] });
  });

  it('bytes that do not match their hash are refused and nothing is kept', async () => {
    const database = tempDatabase();
    const { room, secret } = newRoom();
    const server = await relay(database);
    const files = client(server.url, room, secret);
    const claimed = sha256(randomBytes(64));
    const result = await files.upload(claimed, blobOf(randomBytes(2 * MB + 5)));
    expect(result).toMatchObject({ ok: false, problem: 'hash' });
    expect(!result.ok && result.message).toContain('Prüfsumme');
    expect(await files.has(claimed)).toBe(false);
    expect(onDisk(database, room)).toEqual({ files: [], incoming: [] });
  });

  it('a download broken off goes on with a range request and ends with the same bytes', async () => {
    const { room, secret } = newRoom();
    const server = await relay(tempDatabase());
    const bytes = randomBytes(4 * MB);
    const hash = sha256(bytes);
    expect((await client(server.url, room, secret).upload(hash, blobOf(bytes))).ok).toBe(true);
    // A proxy that cuts its first connection after 1 MB of the answer.
    const requests: string[] = [];
    let connections = 0;
    const proxy = net.createServer((socket) => {
      const cut = connections++ === 0;
      let answered = 0;
      const upstream = net.connect(server.port, '127.0.0.1');
      socket.on('data', (chunk: Buffer) => {
        requests.push(chunk.toString('latin1').split('\r\n\r\n')[0]!);
        upstream.write(chunk);
      });
      upstream.on('data', (chunk: Buffer) => {
        answered += chunk.length;
        if (cut && answered > MB) return void (socket.destroy(), upstream.destroy());
        socket.write(chunk);
      });
      socket.on('error', () => upstream.destroy());
      upstream.on('error', () => socket.destroy());
      socket.on('close', () => upstream.destroy());
      upstream.on('close', () => socket.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const port = (proxy.address() as net.AddressInfo).port;
      const files = client(`ws://127.0.0.1:${port}`, room, secret);
      const progress: number[] = [];
      const result = await files.download(hash, (done) => progress.push(done));
      expect(result.ok && Buffer.from(result.value).equals(bytes)).toBe(true);
      expect(connections).toBeGreaterThanOrEqual(2);
      const resumedAt = /Range: bytes=(\d+)-/i.exec(requests.join('\n'))?.[1];
      expect(Number(resumedAt)).toBeGreaterThan(0);
      expect(progress).toContain(Number(resumedAt));
    } finally {
      proxy.close();
    }
  });

  it('a relay that sends other bytes than the hash says: refused and reported', async () => {
    const database = tempDatabase();
    const { room, secret } = newRoom();
    const server = await relay(database);
    const problems: string[] = [];
    const files = client(server.url, room, secret, problems);
    const bytes = randomBytes(500_000);
    const hash = sha256(bytes);
    expect((await files.upload(hash, blobOf(bytes))).ok).toBe(true);
    // The relay's disk now holds other bytes of the same length under the name.
    writeFileSync(join(filesDirectoryOf(database), room, hash), randomBytes(bytes.length));
    expect(await files.download(hash)).toMatchObject({ ok: false, problem: 'hash' });
    expect(await files.get(hash)).toBeNull();
    expect(problems).toEqual([
      'hash: Das Relay hat andere Bytes geschickt, als die Prüfsumme sagt: verworfen.',
    ]);
  });

  it('files over the per-file and per-workspace limits are refused with clear messages', async () => {
    const database = tempDatabase();
    const { room, secret } = newRoom();
    const server = await relay(database, '--max-file-mb', '2', '--max-workspace-mb', '3');
    const files = client(server.url, room, secret);
    const big = randomBytes(2 * MB + 1);
    const tooBig = await files.upload(sha256(big), blobOf(big));
    expect(tooBig).toEqual({
      ok: false,
      problem: 'file-too-large',
      message: 'Datei zu groß: über 2 MB, das Relay nimmt höchstens 2 MB pro Datei.',
    });
    // The relay itself refuses too, for a client that does not ask first, before reading the body.
    const token = await relayToken(room, secret);
    const raw = await rawPut(server.port, `/files/${room}/${sha256(big)}`, token, big, { send: 0 });
    expect(raw.status).toBe(413);
    expect(JSON.parse(raw.text)).toMatchObject({ error: 'file-too-large' });

    const first = randomBytes(2 * MB);
    expect((await files.upload(sha256(first), blobOf(first))).ok).toBe(true);
    const second = randomBytes(1.5 * MB);
    const full = await files.upload(sha256(second), blobOf(second));
    expect(full).toMatchObject({ ok: false, problem: 'workspace-full' });
    expect(!full.ok && full.message).toBe(
      'Speicher des Arbeitsbereichs auf dem Relay voll: 2 MB von 3 MB belegt, die Datei hat 1,5 MB.',
    );
    const rawFull = await rawPut(server.port, `/files/${room}/${sha256(second)}`, token, second, { send: 0 });
    expect(rawFull.status).toBe(507);
    expect(JSON.parse(rawFull.text).message).toContain('Speicher des Arbeitsbereichs auf dem Relay voll');
    expect(onDisk(database, room)).toEqual({ files: [sha256(first)], incoming: [] });
    const help = await relayCommand(['--help']);
    expect(help).toContain('[--max-file-mb 200]');
    expect(help).toContain('[--max-workspace-mb 10240]');
  });

  it('an upload broken off goes on where it stopped; a stalled one is cut; unfinished ones are removed', async () => {
    const database = tempDatabase();
    const { room, secret } = newRoom();
    const server = await relay(database, '--upload-idle-seconds', '1', '--upload-expiry-seconds', '3');
    const token = await relayToken(room, secret);
    const files = client(server.url, room, secret);

    // Broken off after 1 MB of 3: nothing complete, and the next upload starts at the offset.
    const bytes = randomBytes(3 * MB);
    const hash = sha256(bytes);
    const broken = await rawPut(server.port, `/files/${room}/${hash}`, token, bytes, {
      send: MB,
      then: 'destroy',
    });
    expect(broken.status).toBe('closed');
    await until(() => onDisk(database, room).incoming.length === 1, 'the unfinished upload');
    expect(await files.has(hash)).toBe(false);
    const progress: number[] = [];
    expect((await files.upload(hash, blobOf(bytes), (done) => progress.push(done))).ok).toBe(true);
    expect(progress[0]).toBeGreaterThan(0);
    expect(Buffer.from((await files.get(hash))!).equals(bytes)).toBe(true);

    // Stalled: the relay cuts the connection after a second without bytes.
    const slow = randomBytes(2 * MB);
    const stalled = await rawPut(server.port, `/files/${room}/${sha256(slow)}`, token, slow, {
      send: 64 * 1024,
      then: 'stall',
    });
    expect(stalled.status).toBe('closed');
    expect(await files.has(sha256(slow))).toBe(false);
    // Not continued: removed after the expiry; the complete file stays.
    await until(() => onDisk(database, room).incoming.length === 0, 'the stalled upload removed', 15_000);
    expect(onDisk(database, room).files).toEqual([hash]);
    expect(await files.usage()).toMatchObject({ ok: true, value: { used: bytes.length, incoming: 0 } });
  });

  it('two devices uploading the same file at once both end with it, stored once', async () => {
    const database = tempDatabase();
    const { room, secret } = newRoom();
    const server = await relay(database);
    const bytes = randomBytes(4 * MB);
    const hash = sha256(bytes);
    const [anna, ben] = await Promise.all([
      client(server.url, room, secret).upload(hash, blobOf(bytes)),
      client(server.url, room, secret).upload(hash, blobOf(bytes)),
    ]);
    expect([anna.ok, ben.ok]).toEqual([true, true]);
    expect(onDisk(database, room)).toEqual({ files: [hash], incoming: [] });
    expect(await client(server.url, room, secret).usage()).toMatchObject({ value: { used: bytes.length } });
  });

  it('a relay killed during an upload has no file after its restart, and the rest expires', async () => {
    const database = tempDatabase();
    const { room, secret } = newRoom();
    const first = await relay(database);
    const bytes = randomBytes(3 * MB);
    const hash = sha256(bytes);
    const token = await relayToken(room, secret);
    const cut = rawPut(first.port, `/files/${room}/${hash}`, token, bytes, { send: MB, then: 'stall' });
    await until(() => onDisk(database, room).incoming.length === 1, 'the upload under way');
    await first.stop('SIGKILL');
    expect((await cut).status).toBe('closed');

    const second = await relay(database, '--upload-expiry-seconds', '1');
    expect(await client(second.url, room, secret).has(hash)).toBe(false);
    await until(() => onDisk(database, room).incoming.length === 0, 'the unfinished upload removed', 15_000);
    expect(onDisk(database, room).files).toEqual([]);
  });

  it('`relay delete` removes the workspace’s files; its devices are refused', async () => {
    const database = tempDatabase();
    const { room, secret } = newRoom();
    const server = await relay(database);
    const problems: string[] = [];
    const files = client(server.url, room, secret, problems);
    const bytes = randomBytes(200_000);
    expect((await files.upload(sha256(bytes), blobOf(bytes))).ok).toBe(true);
    const keep = newRoom();
    const other = client(server.url, keep.room, keep.secret);
    expect((await other.upload(sha256(bytes), blobOf(bytes))).ok).toBe(true);

    const said = await relayCommand([
      '--data',
      database,
      'delete',
      encodeInvite({ room, secret, name: '', hubs: [] }),
    ]);
    expect(said).toContain('mit seinen Dateien');
    expect(existsSync(join(filesDirectoryOf(database), room))).toBe(false);
    expect(await files.get(sha256(bytes))).toBeNull();
    const upload = await files.upload(sha256(bytes), blobOf(bytes));
    expect(upload).toMatchObject({ ok: false, problem: 'deleted' satisfies RelayFileProblem });
    expect(problems).toEqual(['deleted: Der Arbeitsbereich wurde auf dem Relay gelöscht.']);
    expect(existsSync(join(filesDirectoryOf(database), room))).toBe(false);
    expect(await other.has(sha256(bytes))).toBe(true);
  });

  it('a device brings the relay up to its files: the missing ones go up once, resuming; nothing twice', async () => {
    const database = tempDatabase();
    const { room, secret } = newRoom();
    const server = await relay(database);
    // The device keeps three files of cards: one the relay has, one it has half of (an upload
    // broken off), one it has never seen (received from a colleague over WebRTC); and one that
    // is on no card any more.
    const [had, half, received, removed] = [
      randomBytes(300_000),
      randomBytes(3 * MB),
      randomBytes(500_000),
      randomBytes(1000),
    ];
    const store = new DeviceStore(new MemoryBackend());
    for (const bytes of [had, half, received, removed]) await store.put(blobOf(bytes));
    const files = client(server.url, room, secret);
    expect((await files.upload(sha256(had), blobOf(had))).ok).toBe(true);
    const token = await relayToken(room, secret);
    await rawPut(server.port, `/files/${room}/${sha256(half)}`, token, half, { send: MB, then: 'destroy' });
    const halfOffset = async () => {
      const state = await files.states([sha256(half)]);
      return state.ok ? state.value.get(sha256(half))!.offset : 0;
    };
    for (let tries = 0; (await halfOffset()) === 0; tries++) {
      if (tries > 200) throw new Error('the first MiB did not reach the relay');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    // The state query answers 200 for each, also for files the relay lacks.
    const query = await fetch(`${relayFilesUrl(server.url)}${room}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ hashes: [sha256(had), sha256(half), sha256(received)] }),
    });
    expect(query.status).toBe(200);
    const { files: states } = (await query.json()) as { files: Record<string, unknown> };
    expect(states[sha256(had)]).toEqual({ complete: true, size: had.length });
    expect(states[sha256(received)]).toEqual({ complete: false, offset: 0 });
    expect((states[sha256(half)] as { offset: number }).offset).toBeGreaterThan(0);

    const sent: Array<{ hash: string; from: number }> = [];
    const counting = {
      states: (hashes: readonly string[]) => files.states(hashes),
      upload: async (hash: string, blob: Blob) => {
        const state = await files.states([hash]);
        sent.push({ hash, from: state.ok ? state.value.get(hash)!.offset : -1 });
        return files.upload(hash, blob);
      },
    };
    const onCards = [had, half, received].map(sha256);
    const uploads = new RelayUploads(
      store,
      () => onCards,
      () => counting,
    );
    await uploads.sync();
    expect(sent.map((s) => s.hash).sort()).toEqual([sha256(half), sha256(received)].sort());
    expect(sent.find((s) => s.hash === sha256(half))!.from).toBeGreaterThan(0);
    expect(onDisk(database, room)).toEqual({
      files: [had, half, received].map(sha256).sort(),
      incoming: [],
    });
    await uploads.sync();
    expect(sent).toHaveLength(2);
    // Another device with the same files sends nothing: the relay has them.
    const elsewhere = new RelayUploads(
      store,
      () => onCards,
      () => counting,
    );
    await elsewhere.sync();
    expect(sent).toHaveLength(2);
  });

  it('CORS: the app’s origin may call the file routes; the token still decides', async () => {
    const { room } = newRoom();
    const server = await relay(tempDatabase());
    const url = `${relayFilesUrl(server.url)}${room}/${'0'.repeat(64)}`;
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: { Origin: 'app://sendeplan', 'Access-Control-Request-Method': 'PUT' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('app://sendeplan');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('Authorization');
    const refused = await fetch(url, { headers: { Origin: 'http://127.0.0.1:5173' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBe('http://127.0.0.1:5173');
  });
});
