// Browser mode on 127.0.0.1: static files, refusals, hub-info, the hub on the same port, the CLI.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listen } from './sockets';
import { MissingBuildError, startServer, type RunningServer, type ServeOptions } from './serve';
import { parseServeArgs, reachability, ServeArgsError } from './serveArgs';
import { CONTENT_SECURITY_POLICY, resolveRequestPath } from './staticFiles';
import { connect, type TestClient } from './testing/hubClient';

let tmp: string;
let root: string;
const running: RunningServer[] = [];
const cleanups: (() => unknown)[] = [];

const INDEX =
  '<!doctype html><title>Sendeplan</title><script defer src="./assets/index-AbCd1234.js"></script>';

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sendeplan-serve-'));
  root = path.join(tmp, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await mkdir(path.join(root, 'sub'));
  await writeFile(path.join(tmp, 'package.json'), '{"secret":"SECRET-OUTSIDE"}');
  await writeFile(path.join(root, 'index.html'), INDEX);
  await writeFile(path.join(root, 'assets', 'index-AbCd1234.js'), 'console.log("app")');
  await writeFile(path.join(root, 'assets', 'index-Ef56Gh78.css'), 'body{margin:0}');
  await writeFile(path.join(root, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(path.join(root, 'sub', 'data.json'), '{"ok":true}');
  await writeFile(path.join(root, 'empty.txt'), '');
  await writeFile(path.join(root, '.env'), 'SECRET-DOTFILE');
  await symlink(path.join(tmp, 'package.json'), path.join(root, 'escape.json'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await Promise.all(running.splice(0).map((server) => server.close()));
});

async function serve(options: Partial<ServeOptions> = {}): Promise<RunningServer> {
  const server = await startServer({ rootDir: root, port: 0, ...options });
  running.push(server);
  return server;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with the path sent exactly as given (no client-side normalisation of '..'). */
function request(port: number, rawPath: string, options: http.RequestOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, agent: false, ...options }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static files', () => {
  it('serves index.html for / with the security headers and no caching', async () => {
    const { port } = await serve();
    for (const target of ['/', '/index.html', '/?x=1']) {
      const reply = await request(port, target);
      expect(reply.status).toBe(200);
      expect(reply.body).toBe(INDEX);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(reply.headers['cache-control']).toBe('no-cache');
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['x-frame-options']).toBe('DENY');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
    }
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "media-src 'self' blob:; " +
        "connect-src 'self' ws: wss: http: https:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('serves assets with their content types, hashed ones cached as immutable', async () => {
    const { port } = await serve();
    const js = await request(port, '/assets/index-AbCd1234.js');
    expect(js).toMatchObject({ status: 200, body: 'console.log("app")' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const css = await request(port, '/assets/index-Ef56Gh78.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const svg = await request(port, '/assets/logo.svg');
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.headers['cache-control']).toBe('no-cache'); // not content-hashed
    const json = await request(port, '/sub/data.json');
    expect(json).toMatchObject({ status: 200, body: '{"ok":true}' });
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    const empty = await request(port, '/empty.txt');
    expect(empty).toMatchObject({ status: 200, body: '' });
    expect(empty.headers['content-length']).toBe('0');
  });

  it('answers a matching If-None-Match with 304 and HEAD without a body', async () => {
    const { port } = await serve();
    const first = await request(port, '/assets/index-AbCd1234.js');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    const again = await request(port, '/assets/index-AbCd1234.js', { headers: { 'If-None-Match': etag } });
    expect(again).toMatchObject({ status: 304, body: '' });
    const head = await request(port, '/', { method: 'HEAD' });
    expect(head).toMatchObject({ status: 200, body: '' });
    expect(head.headers['content-length']).toBe(String(INDEX.length));
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/%2e%2e%2fpackage.json',
    '/..%2fpackage.json',
    '/assets/../../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/%5c..%5cpackage.json',
    '/..\\package.json',
    '/.env',
    '/%2eenv',
    '/escape.json',
    '/index.html%00.js',
    '/%E0%A4%A',
    '//etc/passwd',
  ])('refuses %s', async (target) => {
    const { port } = await serve();
    const reply = await request(port, target);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('SECRET');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('404s missing files and directories instead of listing them', async () => {
    const { port } = await serve();
    for (const target of ['/nope.js', '/assets/', '/assets', '/sub/', '/sub']) {
      const reply = await request(port, target);
      expect(reply.status, target).toBe(404);
      expect(reply.body).not.toContain('index-AbCd1234');
    }
  });

  it('allows only GET and HEAD', async () => {
    const { port } = await serve();
    const reply = await request(port, '/index.html', { method: 'POST' });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });

  it('resolveRequestPath keeps every result inside the root', () => {
    const base = path.resolve('/srv/app');
    expect(resolveRequestPath(base, '/')).toBe(path.join(base, 'index.html'));
    expect(resolveRequestPath(base, '/assets/a%20b.js')).toBe(path.join(base, 'assets', 'a b.js'));
    expect(resolveRequestPath(base, '/assets/x/..')).toBeNull();
    expect(resolveRequestPath(base, 'assets/a.js')).toBeNull();
    expect(resolveRequestPath(base, '*')).toBeNull();
  });

  it('says clearly when the renderer has not been built', async () => {
    const error = await startServer({ rootDir: path.join(tmp, 'missing'), port: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingBuildError);
    expect(String(error)).toContain('npm run build:renderer');
  });
});

describe('hub on the same port', () => {
  it('reports the hub in /hub-info.json, as the browser reached the server', async () => {
    const server = await serve();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.hubUrl).toBe(`ws://127.0.0.1:${server.port}/hub`);
    const reply = await request(server.port, '/hub-info.json');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(reply.body)).toEqual({ hubs: [server.hubUrl], lanHubs: [] });

    const viaName = await request(server.port, '/hub-info.json', {
      headers: { Host: 'sendeplan.local:5180' },
    });
    expect(JSON.parse(viaName.body)).toEqual({ hubs: ['ws://sendeplan.local:5180/hub'], lanHubs: [] });
    const forged = await request(server.port, '/hub-info.json', { headers: { Host: 'evil"/><script>' } });
    expect(JSON.parse(forged.body)).toEqual({ hubs: [server.hubUrl], lanHubs: [] });
  });

  it('tells the app and the console how colleagues on the LAN reach it', async () => {
    // Stands in for a wildcard bind (lanAddresses.test.ts): the test itself stays on loopback.
    const server = await serve({ lanHosts: ['192.168.1.20', '[2001:db8::20]'] });
    expect(server.lanUrls).toEqual([
      `http://192.168.1.20:${server.port}`,
      `http://[2001:db8::20]:${server.port}`,
    ]);
    const reply = await request(server.port, '/hub-info.json');
    expect(JSON.parse(reply.body)).toEqual({
      hubs: [server.hubUrl],
      lanHubs: [`ws://192.168.1.20:${server.port}/hub`, `ws://[2001:db8::20]:${server.port}/hub`],
    });
    const text = reachability(server.lanUrls, server.port);
    expect(text).toContain(
      `Kolleg:innen im LAN öffnen / colleagues on the LAN open:\n  http://192.168.1.20:${server.port}\n`,
    );
    expect(text).toContain(`nur über http://localhost:${server.port} oder HTTPS`);
    expect(reachability([], server.port)).toContain(
      'Nur auf diesem Rechner erreichbar. Für Kolleg:innen im LAN: npm run serve -- --host 0.0.0.0',
    );
  });

  it('relays signaling on /hub and refuses WebSocket upgrades elsewhere', async () => {
    const server = await serve();
    const clients: TestClient[] = await Promise.all([connect(server.hubUrl), connect(server.hubUrl)]);
    cleanups.push(() => clients.forEach((client) => client.close()));
    const [a, b] = clients as [TestClient, TestClient];
    b.send({ type: 'subscribe', topics: ['room'] });
    await b.roundTrip();
    // The serve hub wants the sending time on every publish (guards.ts): one without is dropped.
    a.send({ type: 'publish', topic: 'room', data: 'untimed' });
    const ts = Date.now();
    a.send({ type: 'publish', topic: 'room', data: 'offer', ts });
    expect(await b.take((m) => m.type === 'publish')).toEqual({
      type: 'publish',
      topic: 'room',
      data: 'offer',
      ts,
      clients: 1,
    });
    await expect(connect(`ws://127.0.0.1:${server.port}/`)).rejects.toThrow('HTTP 404');
    expect((await request(server.port, '/hub')).status).toBe(426);
  });

  it('close() ends hub connections and frees the port', async () => {
    const server = await startServer({ rootDir: root, port: 0 });
    const client = await connect(server.hubUrl);
    await server.close();
    expect((await client.closed).code).toBe(1001);
    await expect(request(server.port, '/')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('falls back to a free port only when allowed', async () => {
    const blocker = http.createServer();
    await listen(blocker, 0, '127.0.0.1');
    cleanups.push(() => new Promise((resolve) => blocker.close(resolve)));
    const taken = (blocker.address() as { port: number }).port;

    await expect(startServer({ rootDir: root, port: taken })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    const server = await serve({ port: taken, strictPort: false });
    expect(server.portFallback).toBe(true);
    expect(server.port).not.toBe(taken);
    expect((await request(server.port, '/')).status).toBe(200);
  });

  it('does not announce a hub bound to loopback', async () => {
    const lines: string[] = [];
    await serve({ announce: true, log: (line) => lines.push(line) });
    expect(lines).toEqual([expect.stringContaining('--announce ignored')]);
  });
});

describe('parseServeArgs', () => {
  it('defaults to 127.0.0.1:5180 with fallback allowed', () => {
    expect(parseServeArgs([], {})).toEqual({
      host: '127.0.0.1',
      port: 5180,
      strictPort: false,
      announce: false,
      rootDir: undefined,
      allowedOrigins: [],
      help: false,
    });
  });

  it('takes flags over environment, and a chosen port strictly', () => {
    expect(parseServeArgs([], { PORT: '8080', HOST: '0.0.0.0' })).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      strictPort: true,
    });
    expect(
      parseServeArgs(
        ['--port', '9000', '--host=::1', '--announce', '--root', 'x', '--allow-origin', 'https://a.example'],
        { PORT: '8080' },
      ),
    ).toEqual({
      host: '::1',
      port: 9000,
      strictPort: true,
      announce: true,
      rootDir: 'x',
      allowedOrigins: ['https://a.example'],
      help: false,
    });
    expect(parseServeArgs(['--port=0'], {})).toMatchObject({ port: 0, strictPort: true });
  });

  it.each([
    ['--port', 'abc'],
    ['--port', '70000'],
    ['--port'],
    ['--host', 'a b'],
    ['--bogus'],
    ['--announce=yes'],
    ['--allow-origin', 'https://a.example/'],
    ['--allow-origin', '*'],
  ])('rejects %j', (...argv) => {
    expect(() => parseServeArgs(argv, {})).toThrow(ServeArgsError);
  });

  it('rejects a bad PORT from the environment', () => {
    expect(() => parseServeArgs([], { PORT: '-1' })).toThrow(ServeArgsError);
  });
});

describe('serve CLI', () => {
  /** Bundled as npm run serve does, inside the repo so that node finds the external packages. */
  const bundleCli = async () => {
    const cache = path.resolve('node_modules', '.cache');
    await mkdir(cache, { recursive: true });
    const dir = await mkdtemp(path.join(cache, 'sendeplan-serve-test-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const outfile = path.join(dir, 'serve.js');
    await build({
      entryPoints: [path.join(import.meta.dirname, 'serveCli.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile,
      logLevel: 'silent',
    });
    return outfile;
  };
  it('prints the URLs and who can reach them, serves, and exits cleanly on SIGTERM', async () => {
    const bundle = await bundleCli();
    const child = spawn(process.execPath, [bundle, '--port', '0', '--root', root], {
      env: { ...process.env, PORT: '', HOST: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    cleanups.push(() => child.kill('SIGKILL'));
    const lines: string[] = [];
    const stdout = createInterface({ input: child.stdout });
    stdout.on('line', (line) => lines.push(line));
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

    const first = await new Promise<string>((resolve, reject) => {
      stdout.once('line', resolve);
      child.once('exit', () => reject(new Error(`exited early: ${stderr}`)));
    });
    const match =
      /^Sendeplan läuft auf http:\/\/127\.0\.0\.1:(\d+) \(Hub: ws:\/\/127\.0\.0\.1:\1\/hub\)$/.exec(first);
    expect(match, first).not.toBeNull();
    const port = Number(match?.[1]);
    expect((await request(port, '/')).body).toBe(INDEX);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(lines).toEqual([first, ...reachability([], port).split('\n')]);
    expect(stderr).toBe('');
  });

  it('explains a missing build and exits with 1', async () => {
    const bundle = await bundleCli();
    const child = spawn(process.execPath, [bundle, '--port', '0', '--root', path.join(tmp, 'nothing')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('npm run build:renderer');
  });
});
