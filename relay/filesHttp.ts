/*
 * The relay's file routes (files.ts stores the bytes), plain HTTP on the relay's own server and
 * port. Every request carries `Authorization: Bearer <workspace token>` (shared/relayToken.ts),
 * checked for that workspace exactly as a document connection is (onAuthenticate), every time.
 *
 *   GET     /files/<room>           {"used", "incoming", "maxFileBytes", "maxWorkspaceBytes"}
 *   POST    /files/<room>           body {"hashes": [up to 1,000 SHA-256]} → 200 {"files": {<hash>:
 *                                   {"complete": true, "size"} | {"complete": false, "offset"}}}:
 *                                   what the relay has of each, asked before uploading. An answer
 *                                   of 200 also for a file it lacks, because a browser logs every
 *                                   404 a page fetches as an error in its console.
 *   HEAD    /files/<room>/<sha256>  200 + Content-Length when the relay has the file; else 404 with
 *                                   Upload-Offset: where an unfinished upload of it stands (0: none)
 *   GET     /files/<room>/<sha256>  the bytes, streamed; `Range: bytes=a-b` → 206 (a download goes on
 *                                   where it broke off)
 *   PUT     /files/<room>/<sha256>  a part: `Content-Range: bytes a-b/total` (or none: the whole
 *                                   file), Content-Length required. Taken when `a` is the upload's
 *                                   offset, else 409 + Upload-Offset. Answers {"complete", "offset"};
 *                                   the last part checks the SHA-256 (422 and nothing kept if wrong)
 *   OPTIONS                         CORS preflight
 *
 * Refusals answer {"error": code, "message": German text the app can show}: 401 token, 403 not
 * admitted (--invite-only), 410 deleted, 411 no length, 413 file over the limit, 507 workspace full.
 *
 * CORS: any Origin may call these routes, because what authorises is the token, never a cookie
 * or the caller's address: a page without the workspace's token gets 401 like any other client.
 * The app calls from app://sendeplan (desktop) or from whatever address `serve` has (browser).
 */
import type http from 'node:http';
import { pathOf } from '../electron/hub/sockets';
import { FILE_HASH, FileRefusal, type FileStore } from './files';

export const FILES_PATH = '/files/';

export type Authorize = (room: string, token: unknown) => Promise<'token' | 'deleted' | 'unknown' | null>;

const REFUSED = {
  token: [401, 'Das Relay kennt diesen Arbeitsbereich mit einem anderen Schlüssel.'],
  deleted: [410, 'Der Arbeitsbereich wurde auf dem Relay gelöscht.'],
  unknown: [403, 'Der Arbeitsbereich ist auf diesem Relay nicht zugelassen.'],
} as const;

function cors(request: http.IncomingMessage, response: http.ServerResponse) {
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return;
  response.setHeader('Access-Control-Allow-Origin', origin);
  response.setHeader('Vary', 'Origin');
  response.setHeader('Access-Control-Expose-Headers', 'Content-Length, Content-Range, Upload-Offset');
}

function answer(
  response: http.ServerResponse,
  status: number,
  body: object,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(text);
}

/** A refusal; a request whose body was not read closes its connection (the rest is not wanted). */
function refuse(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  status: number,
  error: string,
  message: string,
  headers: Record<string, string> = {},
) {
  const unread = (request.method === 'PUT' || request.method === 'POST') && !request.readableEnded;
  answer(response, status, { error, message }, unread ? { ...headers, Connection: 'close' } : headers);
}

function bearer(request: http.IncomingMessage): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{1,100})$/.exec(request.headers.authorization ?? '');
  return match ? match[1]! : null;
}

const integer = (text: string | undefined) => {
  const value = text === undefined || text === '' ? NaN : Number(text);
  return Number.isSafeInteger(value) && value >= 0 ? value : null;
};

/** `bytes=a-b`, `bytes=a-`, `bytes=-n` of a file of `size` bytes; null: unsatisfiable. */
function parseRange(header: string, size: number): { start: number; end: number } | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [first, last] = [integer(match[1]), integer(match[2])];
  if (first === null) {
    if (last === null || last === 0) return null;
    return { start: Math.max(0, size - last), end: size - 1 };
  }
  if (first >= size) return null;
  return { start: first, end: Math.min(size - 1, last ?? size - 1) };
}

/** Most hashes one state query may name, and the bytes of its body at most. */
export const STATE_HASHES = 1000;
const STATE_BODY_BYTES = 80 * STATE_HASHES;

/** The body of a request as text, or null when it is longer than `limit` bytes. */
function bodyText(request: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    request.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        request.pause();
        resolve(null);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Answers a state query: what the relay has of each named file. */
async function states(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  files: FileStore,
  room: string,
) {
  const text = await bodyText(request, STATE_BODY_BYTES);
  let hashes: unknown;
  try {
    hashes = text === null ? null : (JSON.parse(text) as { hashes?: unknown } | null)?.hashes;
  } catch {
    hashes = null;
  }
  if (
    !Array.isArray(hashes) ||
    hashes.length > STATE_HASHES ||
    !hashes.every((hash) => typeof hash === 'string' && FILE_HASH.test(hash))
  )
    return refuse(request, response, 400, 'invalid', `Bis zu ${STATE_HASHES} SHA-256-Prüfsummen erwartet.`);
  const found: Record<string, { complete: boolean; size?: number; offset?: number }> = {};
  for (const hash of new Set(hashes as string[])) {
    const size = await files.size(room, hash);
    found[hash] =
      size === null ? { complete: false, offset: await files.offset(room, hash) } : { complete: true, size };
  }
  answer(response, 200, { files: found });
}

async function download(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  files: FileStore,
  room: string,
  hash: string,
) {
  const size = await files.size(room, hash);
  if (size === null) {
    const offset = await files.offset(room, hash);
    return refuse(request, response, 404, 'missing', 'Das Relay hat diese Datei nicht.', {
      'Upload-Offset': String(offset),
    });
  }
  const headers: Record<string, string> = {
    'Content-Type': 'application/octet-stream',
    'Accept-Ranges': 'bytes',
    ETag: `"${hash}"`,
    'Cache-Control': 'private, max-age=31536000, immutable',
  };
  const header = request.headers.range;
  const range = header && size > 0 ? parseRange(header, size) : undefined;
  if (range === null)
    return refuse(request, response, 416, 'range', 'Bereich außerhalb der Datei.', {
      'Content-Range': `bytes */${size}`,
    });
  if (range) headers['Content-Range'] = `bytes ${range.start}-${range.end}/${size}`;
  headers['Content-Length'] = String(range ? range.end - range.start + 1 : size);
  response.writeHead(range ? 206 : 200, headers);
  if (request.method === 'HEAD' || size === 0) return void response.end();
  const stream = files.read(room, hash, range);
  stream.on('error', () => response.destroy());
  response.on('close', () => stream.destroy());
  stream.pipe(response);
}

async function upload(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  files: FileStore,
  room: string,
  hash: string,
) {
  const length = integer(request.headers['content-length']);
  if (length === null) return refuse(request, response, 411, 'length', 'Content-Length fehlt.');
  const contentRange = request.headers['content-range'];
  let part = { start: 0, length, total: length };
  if (contentRange !== undefined) {
    const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(contentRange);
    const [start, end, total] = [integer(match?.[1]), integer(match?.[2]), integer(match?.[3])];
    if (start === null || end === null || total === null || end < start || end - start + 1 !== length)
      return refuse(request, response, 400, 'range', 'Content-Range passt nicht zu Content-Length.');
    part = { start, length, total };
  }
  try {
    const result = await files.put(room, hash, part, request);
    const offset = result === 'complete' ? part.total : result;
    // A file the relay had already: the body was not read and is not wanted.
    const unread: Record<string, string> = request.readableEnded ? {} : { Connection: 'close' };
    answer(
      response,
      200,
      { complete: result === 'complete', offset },
      { 'Upload-Offset': String(offset), ...unread },
    );
  } catch (error) {
    if (!(error instanceof FileRefusal)) return void response.destroy();
    const headers: Record<string, string> =
      error.offset === undefined ? {} : { 'Upload-Offset': String(error.offset) };
    const code = { 409: 'offset', 413: 'file-too-large', 422: 'hash', 507: 'workspace-full' }[error.status];
    refuse(request, response, error.status, code ?? 'invalid', error.message, headers);
  }
}

/** Answers a request under /files/; returns false for any other path. */
export function handleFileRequest(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  files: FileStore,
  authorize: Authorize,
): boolean {
  const path = pathOf(request.url);
  if (!path.startsWith(FILES_PATH)) return false;
  cors(request, response);
  if (request.method === 'OPTIONS') {
    response.writeHead(204, {
      'Access-Control-Allow-Methods': 'GET, HEAD, PUT, POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, Content-Range, Range',
      'Access-Control-Max-Age': '600',
    });
    response.end();
    return true;
  }
  const [room = '', hash, ...rest] = path.slice(FILES_PATH.length).split('/');
  void (async () => {
    if (rest.length > 0 || (hash !== undefined && !FILE_HASH.test(hash)))
      return refuse(request, response, 404, 'path', 'Unbekannter Pfad.');
    const reason = await authorize(room, bearer(request));
    if (reason) return refuse(request, response, REFUSED[reason][0], reason, REFUSED[reason][1]);
    if (hash === undefined) {
      if (request.method === 'POST') return states(request, response, files, room);
      if (request.method !== 'GET') return refuse(request, response, 405, 'method', 'GET oder POST.');
      const { maxFileBytes, maxWorkspaceBytes } = files.limits;
      return answer(response, 200, { ...(await files.usage(room)), maxFileBytes, maxWorkspaceBytes });
    }
    if (request.method === 'GET' || request.method === 'HEAD')
      return download(request, response, files, room, hash);
    if (request.method === 'PUT') return upload(request, response, files, room, hash);
    refuse(request, response, 405, 'method', 'GET, HEAD oder PUT.');
  })().catch(() => response.destroy());
  return true;
}
