// renderer/sync/relayFiles.ts in Debian's Chromium, as the app runs it: a page from one origin
// (a bare server on 127.0.0.1) talks to the real relay process on another port, so every request
// goes through Chromium's CORS checks (preflight for Authorization and Content-Range, the
// Upload-Offset header read from a HEAD answer, refusals read as JSON).
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as relayFiles from '../renderer/sync/relayFiles';
import { newRoom } from '../shared/invite';
import { relayToken } from '../shared/relayToken';
import { chromiumArgs, chromiumPath } from '../tests/e2e/harness/chromium';
import { startRelayProcess, tempDatabase, type RelayProcess } from './testing';

let relay: RelayProcess;
let browser: Browser;
let page: Page;
let site: http.Server;

beforeAll(async () => {
  relay = await startRelayProcess(['--port', '0', '--data', tempDatabase()]);
  const bundle = await build({
    stdin: {
      contents:
        "import { RelayFiles, sha256Hex } from './renderer/sync/relayFiles'; Object.assign(window, { RelayFiles, sha256Hex });",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'warning',
  });
  const script = bundle.outputFiles[0]!.text;
  site = http.createServer((request, response) => {
    if (request.url === '/files.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' });
      return void response.end(script);
    }
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end('<!doctype html><title>files</title><script src="/files.js"></script>');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs() });
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  site?.close();
  await relay?.stop('SIGKILL');
});

type Files = typeof relayFiles;

interface PageRun {
  upload: { ok: boolean; problem?: string };
  progress: number[];
  has: boolean;
  same: boolean;
  refused: string[];
}

/** In the page: `size` random bytes uploaded in 1 MiB parts, checked, downloaded, compared. */
function inPage(room: string, secret: string, size: number, bytesBase64?: string): Promise<PageRun> {
  return page.evaluate(
    async ({ url, room, secret, size, bytesBase64 }) => {
      const { RelayFiles, sha256Hex } = window as unknown as Files;
      const bytes = bytesBase64
        ? Uint8Array.from(atob(bytesBase64), (c) => c.charCodeAt(0))
        : new Uint8Array(size);
      if (!bytesBase64)
        for (let i = 0; i < size; i += 65_536) crypto.getRandomValues(bytes.subarray(i, i + 65_536));
      const hash = await sha256Hex(bytes);
      const refused: string[] = [];
      const files = new RelayFiles({
        url,
        room,
        secret,
        partBytes: 1024 * 1024,
        onProblem: (_hash, problem) => refused.push(problem),
      });
      const progress: number[] = [];
      const upload = await files.upload(hash, new Blob([bytes]), (done) => progress.push(done));
      const has = await files.has(hash);
      const back = await files.get(hash);
      const same = back !== null && back.length === bytes.length && back.every((b, i) => b === bytes[i]);
      return { upload, progress, has, same, refused };
    },
    { url: relay.url, room, secret, size, bytesBase64 },
  );
}

describe('relayFiles.ts in Chromium against the relay (another origin)', () => {
  it('uploads in parts with progress and downloads the same bytes', async () => {
    const { room, secret } = newRoom();
    const run = await inPage(room, secret, 3 * 1024 * 1024 + 7);
    expect(run).toEqual({
      upload: { ok: true },
      progress: [0, 1048576, 2097152, 3145728, 3145735],
      has: true,
      same: true,
      refused: [],
    });
  });

  it('a wrong secret is refused with the relay’s reason', async () => {
    const { room, secret } = newRoom();
    expect((await inPage(room, secret, 1000)).upload.ok).toBe(true);
    const run = await inPage(room, 'a-wrong-secret-a-wrong-secret-xx', 1000);
    expect(run.upload).toMatchObject({ ok: false, problem: 'token' });
    expect(run.refused).toEqual(['token', 'token']);
  });

  it('uploading a file the relay has not seen, and asking for one it lacks, log nothing in the console', async () => {
    const { room, secret } = newRoom();
    const logged: string[] = [];
    const listen = (message: { type(): string; text(): string }) =>
      message.type() !== 'log' && logged.push(`${message.type()}: ${message.text()}`);
    page.on('console', listen);
    try {
      const run = await inPage(room, secret, 200_000);
      expect(run.upload).toEqual({ ok: true });
      const absent = await page.evaluate(
        async ({ url, room, secret }) => {
          const { RelayFiles } = window as unknown as Files;
          const files = new RelayFiles({ url, room, secret });
          return [await files.has('f'.repeat(64)), await files.get('e'.repeat(64))];
        },
        { url: relay.url, room, secret },
      );
      expect(absent).toEqual([false, null]);
    } finally {
      page.off('console', listen);
    }
    expect(logged).toEqual([]);
  });

  it('goes on where a broken-off upload stopped (Upload-Offset read across origins)', async () => {
    const { room, secret } = newRoom();
    const bytes = randomBytes(2 * 1024 * 1024);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const token = await relayToken(room, secret);
    // The first 1 MiB arrives, then the connection breaks.
    await new Promise<void>((resolve) => {
      const request = http.request({
        host: '127.0.0.1',
        port: relay.port,
        path: `/files/${room}/${hash}`,
        method: 'PUT',
        headers: { Authorization: `Bearer ${token}`, 'Content-Length': bytes.length },
      });
      request.on('error', () => {});
      request.on('close', () => resolve());
      request.write(bytes.subarray(0, 1024 * 1024), () => setTimeout(() => request.destroy(), 200));
    });
    const offset = async () =>
      Number(
        (
          await fetch(`http://127.0.0.1:${relay.port}/files/${room}/${hash}`, {
            method: 'HEAD',
            headers: { Authorization: `Bearer ${token}` },
          })
        ).headers.get('Upload-Offset'),
      );
    // The relay writes what it received as it notices the break.
    for (let tries = 0; (await offset()) !== 1024 * 1024; tries++) {
      if (tries > 100) throw new Error('the first MiB did not reach the relay');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const run = await inPage(room, secret, bytes.length, bytes.toString('base64'));
    expect(run.upload.ok).toBe(true);
    expect(run.progress[0]).toBe(1024 * 1024);
    expect(run.same).toBe(true);
  });
});
