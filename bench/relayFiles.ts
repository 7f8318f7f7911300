/*
 * Files through the relay on loopback: a 50 MB file uploaded and downloaded by the app's client
 * (renderer/sync/relayFiles.ts, in parts of 8 MiB, hash checked by the relay on upload and by the
 * client on download) against the real relay process, in MB/s (1 MB = 2^20 bytes).
 *
 * The relay's peak resident memory (VmHWM) before and after says whether it streamed.
 * In the same run, the same 50 MB through a bare Node HTTP server on loopback (one PUT that is
 * discarded, one GET from memory): the ratio says what the relay's checks and disk cost, apart
 * from how busy the machine is.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { RelayFiles } from '../renderer/sync/relayFiles';
import { newRoom } from '../shared/invite';
import { startRelayProcess, tempDatabase } from '../relay/testing';
import { figure, type Figure } from './figures';

const SIZE = 50 * 1024 * 1024;

/** The relay process's peak resident memory so far (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? NaN) / 1024;
}
const MB = 1024 * 1024;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return (performance.now() - start) / 1000;
}

/** Seconds for one PUT and one GET of `bytes` through a bare HTTP server on 127.0.0.1. */
async function bare(bytes: Uint8Array): Promise<{ up: number; down: number }> {
  const server = http.createServer((request, response) => {
    if (request.method === 'PUT') {
      request.resume();
      request.on('end', () => response.end('{}'));
    } else {
      response.writeHead(200, { 'Content-Length': bytes.length });
      response.end(bytes);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  try {
    const blob = new Blob([new Uint8Array(bytes)]);
    const up = await timed(async () => (await fetch(url, { method: 'PUT', body: blob })).text());
    const down = await timed(async () => (await fetch(url)).arrayBuffer());
    return { up, down };
  } finally {
    server.close();
  }
}

export async function relayFilesBenchmark(log: (line: string) => void): Promise<Figure[]> {
  const relay = await startRelayProcess(['--port', '0', '--data', tempDatabase()]);
  try {
    const peakBefore = peakRssMb(relay.child.pid!);
    const bytes = randomBytes(SIZE);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const { room, secret } = newRoom();
    const files = new RelayFiles({ url: relay.url, room, secret });
    const blob = new Blob([new Uint8Array(bytes)]);
    let uploaded = false;
    const up = await timed(async () => (uploaded = (await files.upload(hash, blob)).ok));
    let downloaded: Uint8Array | null = null;
    const down = await timed(async () => (downloaded = await files.get(hash)));
    if (!uploaded || !downloaded) throw new Error('the 50 MB file did not go through the relay');
    const peakGrowth = peakRssMb(relay.child.pid!) - peakBefore;
    const reference = await bare(bytes);
    const rate = (seconds: number) => SIZE / MB / seconds;
    log(
      `relay files: 50 MB up ${rate(up).toFixed(0)} MB/s, down ${rate(down).toFixed(0)} MB/s; ` +
        `bare HTTP up ${rate(reference.up).toFixed(0)} MB/s, down ${rate(reference.down).toFixed(0)} MB/s; ` +
        `the relay's peak RSS grew by ${peakGrowth.toFixed(1)} MB`,
    );
    const note = (seconds: number, bareSeconds: number) =>
      `50 MB on 127.0.0.1 with relayFiles.ts; ${(bareSeconds / seconds).toFixed(2)} × the same bytes through a bare Node HTTP server in this run`;
    return [
      figure('relay-file-upload', 'relay: 50 MB file upload', rate(up), 'MB/s', null, note(up, reference.up)),
      figure(
        'relay-file-download',
        'relay: 50 MB file download (hash checked)',
        rate(down),
        'MB/s',
        null,
        note(down, reference.down),
      ),
      figure(
        'relay-file-peak-rss',
        'relay: peak RSS growth for a 50 MB file up and down',
        peakGrowth,
        'MB',
        null,
        "the relay process's VmHWM after both transfers minus before; holding the file in memory would add at least 50 MB",
      ),
    ];
  } finally {
    await relay.stop('SIGKILL');
  }
}
