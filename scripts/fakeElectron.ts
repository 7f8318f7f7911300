// Test support for the Electron download and packaging: a stand-in Electron release zip and a
// local HTTP mirror on 127.0.0.1 that serves it the way github.com/electron/electron/releases does
// (`<mirror>v<version>/<file>`, with SHASUMS256.txt beside the zips).
//
// The "binary" is a tiny shell script named like Electron's executable. It carries Electron's fuse
// wire (the sentinel, then version 1, the wire's length and one byte per fuse, as @electron/fuses
// reads and writes it), so packaging can flip fuses in it and a test can read them back.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Unix file mode, e.g. 0o755 for an executable. */
  mode?: number;
}

/** A zip with stored (uncompressed) entries and Unix modes, as Electron's release zips carry them. */
export function makeZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the external attributes hold a mode
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((((entry.mode ?? 0o644) | 0o100000) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults for its first eight fuses (1 = on, 0 = off), in @electron/fuses' order. */
const DEFAULT_FUSE_WIRE = '10110001';

/** The stand-in executable: prints what it was started with; carries the fuse wire in a comment. */
export function fakeElectronExecutable(): Buffer {
  return Buffer.concat([
    Buffer.from('#!/bin/sh\necho "fake electron $*"\nexit 0\n# '),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, DEFAULT_FUSE_WIRE.length]),
    Buffer.from(DEFAULT_FUSE_WIRE, 'latin1'),
    Buffer.from('\n'),
  ]);
}

export function electronZipName(version: string, platform = process.platform, arch = process.arch) {
  return `electron-v${version}-${platform}-${arch}.zip`;
}

/** A Linux Electron release zip in miniature: the executable, its version and licences. */
export function fakeElectronZip(version: string, padding = 0): Buffer {
  return makeZip([
    { name: 'electron', data: fakeElectronExecutable(), mode: 0o755 },
    { name: 'version', data: Buffer.from(`v${version}`) },
    { name: 'LICENSE', data: Buffer.from('MIT (stand-in)\n') },
    { name: 'LICENSES.chromium.html', data: Buffer.from('<p>stand-in</p>\n') },
    { name: 'resources/default_app.asar', data: Buffer.alloc(16) },
    ...(padding ? [{ name: 'padding.bin', data: Buffer.alloc(padding, 7) }] : []),
  ]);
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface Mirror {
  /** The base URL, ending in a slash, to use as ELECTRON_MIRROR. */
  url: string;
  /** Paths requested so far, e.g. `/v45.5.0/SHASUMS256.txt`. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `files` (path below the mirror, e.g. `v45.5.0/electron-…zip`) on 127.0.0.1. `slow`
 * lets a test hold a response half-sent: it receives the response after the first half and sends
 * the rest itself.
 */
export async function startMirror(
  files: Record<string, Buffer>,
  slow?: (path: string, rest: Buffer, response: ServerResponse) => boolean,
): Promise<Mirror> {
  const requests: string[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://mirror').pathname);
    requests.push(path);
    const body = files[path.slice(1)];
    if (!body) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-length': String(body.length) });
    const half = Math.floor(body.length / 2);
    if (slow && body.length > 1 && slow(path, body.subarray(half), response)) {
      response.write(body.subarray(0, half));
      return;
    }
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
