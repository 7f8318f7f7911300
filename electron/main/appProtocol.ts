/*
 * The app:// protocol: serves the built renderer (dist/renderer) at app://sendeplan/.
 *
 * A privileged standard scheme gives the renderer a stable, secure origin, so IndexedDB (where
 * y-indexeddb keeps every workspace) survives restarts and moves of the install folder, which a
 * file:// origin would not guarantee.
 *
 * What must hold: a request can only ever read a file below the root directory. `resolveAppUrl` is
 * the guard, a pure function of (url, root):
 * - only app://sendeplan, only GET/HEAD;
 * - the path is percent-decoded once, then rejected if it holds `.`/`..` segments (also when
 *   encoded, before or after decoding), backslashes, NUL or control characters, a colon (drive
 *   letters, alternate data streams) or an empty segment (`//`, UNC-like);
 * - the resolved file must still lie inside the root (belt and braces);
 * - only known file types are served, each with its Content-Type; anything else is 404, which
 *   also keeps directories from being read.
 * `/` serves index.html, other directories are 404. Every response carries the CSP from security.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { knownContentType } from '../hub/contentTypes';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/** The Content-Type for a file name, or null when we do not serve that kind of file. */
export function contentTypeFor(fileName: string): string | null {
  return knownContentType(fileName);
}

export type AppUrlResolution =
  | { ok: true; filePath: string; contentType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

const DOT_SEGMENT = /(^|\/)(\.|%2e){1,2}(\/|$)/i;
// Control characters (NUL included), backslash and colon.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[\u0000-\u001f\u007f\\:]/;

function fail(status: 400 | 403 | 404, reason: string): AppUrlResolution {
  return { ok: false, status, reason };
}

/** Where app://sendeplan/<path> lives below `root`, or why it must not be served. Pure. */
export function resolveAppUrl(url: string, root: string): AppUrlResolution {
  // Look at the raw path first: the URL parser would quietly fold `..` segments away.
  const rawPath = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1];
  if (rawPath === undefined) return fail(400, 'not an absolute URL');
  if (DOT_SEGMENT.test(rawPath) || rawPath.includes('\\'))
    return fail(403, 'dot segment or backslash in path');

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail(400, 'malformed URL');
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return fail(403, 'foreign origin');

  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return fail(400, 'malformed percent-encoding');
  }
  if (decoded === '/' || decoded === '') decoded = '/index.html';
  if (!decoded.startsWith('/')) return fail(400, 'relative path');
  if (FORBIDDEN_CHARS.test(decoded)) return fail(403, 'forbidden character in path');

  if (decoded.endsWith('/')) return fail(404, 'directory');

  const segments = decoded.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return fail(403, 'empty or dot segment in path');
  }

  const rootDir = path.resolve(root);
  const filePath = path.resolve(rootDir, ...segments);
  const relative = path.relative(rootDir, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return fail(403, 'outside the root');
  }

  const contentType = contentTypeFor(filePath);
  if (contentType === null) return fail(404, 'unknown file type');
  return { ok: true, filePath, contentType };
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
};

function errorResponse(status: number, extraHeaders: Record<string, string> = {}): Response {
  const text = STATUS_TEXT[status] ?? 'Error';
  return new Response(`${status} ${text}\n`, {
    status,
    statusText: text,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extraHeaders },
  });
}

export interface AppRequest {
  url: string;
  method: string;
}

/** Reads a file. In Electron `fs.promises.readFile` is patched to read from app.asar too. */
export type ReadFile = (filePath: string) => Promise<Uint8Array>;
const readFromDisk: ReadFile = (filePath) => fs.promises.readFile(filePath);

/** The protocol.handle handler for app://, minus Electron: request in, Response out. */
export async function serveAppRequest(
  request: AppRequest,
  root: string,
  readFile: ReadFile = readFromDisk,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return errorResponse(405, { Allow: 'GET, HEAD' });
  }
  const resolved = resolveAppUrl(request.url, root);
  if (!resolved.ok) return errorResponse(resolved.status);

  let body: Uint8Array;
  try {
    body = await readFile(resolved.filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return errorResponse(404);
    console.error('Sendeplan: app:// could not read', resolved.filePath, error);
    return errorResponse(500);
  }
  // Response wants a Uint8Array over a plain ArrayBuffer; Buffer's type allows shared memory. Copy.
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': resolved.contentType,
      'Content-Length': String(body.byteLength),
    },
  });
}
