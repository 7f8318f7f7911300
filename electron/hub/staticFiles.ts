// Static files for browser mode: serves the built renderer (dist/renderer) read-only.
//
// What must hold:
// - Nothing outside the root is ever served. The raw request path is percent-decoded once and
//   refused if any segment is '.', '..' or starts with a dot (dotfiles), or if it holds a
//   backslash or NUL; the resolved path must lie inside the root, and so must its realpath (no
//   escape through symlinks). Refusals look like any missing file: 404.
// - No directory listings: '/' is index.html, any other directory is 404. No SPA fallback: the
//   renderer routes inside index.html, so an unknown path is a real 404.
// - Vite's content-hashed files under /assets/ are cached for a year (immutable); everything
//   else revalidates every time (no-cache + ETag), so a rebuilt app is picked up on reload.
// - Every response carries the security headers, 404s and errors included.
import { open, realpath, type FileHandle } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';
import { knownContentType } from './contentTypes';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  // ws: hubs and the relay, http: the relay's files (electron/main/security.ts says why).
  "connect-src 'self' ws: wss: http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=()',
};

export function contentTypeFor(file: string): string {
  return knownContentType(file) ?? 'application/octet-stream';
}

/** Vite names built assets `name-<hash>.ext` under assets/. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/**
 * The file a request path names inside `rootDir` (absolute, already a realpath), or null when
 * the path must be refused. Pure: does not touch the file system.
 */
export function resolveRequestPath(rootDir: string, requestPath: string): string | null {
  if (!requestPath.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment.startsWith('.'))) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  const full = path.resolve(rootDir, relative);
  return full.startsWith(rootDir + path.sep) ? full : null;
}

export function sendText(
  response: http.ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(response.req.method === 'HEAD' ? undefined : text);
}

/** Serves `rootDir` (must be a realpath). Resolves when the response is under way; never rejects. */
export async function serveStatic(
  rootDir: string,
  requestPath: string,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Methode nicht erlaubt\n', { Allow: 'GET, HEAD' });
    return;
  }
  const file = resolveRequestPath(rootDir, requestPath);
  const found = file === null ? null : await openRegularFileInside(rootDir, file);
  if (found === null) {
    sendText(response, 404, 'Nicht gefunden\n');
    return;
  }
  // Stat and read go through one handle: a rebuild replacing dist/renderer meanwhile cannot
  // turn a 200 into a broken response.
  const { handle, realFile, size, mtimeMs } = found;
  const etag = `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeFor(realFile),
    'Cache-Control': HASHED_ASSET.test(requestPath) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ETag: etag,
  };
  const notModified = request.headers['if-none-match'] === etag;
  if (notModified || request.method === 'HEAD') {
    await handle.close();
    response.writeHead(
      notModified ? 304 : 200,
      notModified ? headers : { ...headers, 'Content-Length': String(size) },
    );
    response.end();
    return;
  }
  response.writeHead(200, { ...headers, 'Content-Length': String(size) });
  if (size === 0) {
    await handle.close();
    response.end();
    return;
  }
  // Never more than Content-Length, even if the file grows while being sent.
  const stream = handle.createReadStream({ start: 0, end: size - 1 });
  stream.on('error', () => response.destroy());
  response.on('close', () => stream.destroy());
  stream.pipe(response);
}

async function openRegularFileInside(
  rootDir: string,
  file: string,
): Promise<{ handle: FileHandle; realFile: string; size: number; mtimeMs: number } | null> {
  let handle: FileHandle | undefined;
  try {
    const realFile = await realpath(file);
    if (!realFile.startsWith(rootDir + path.sep)) return null;
    handle = await open(realFile, 'r');
    const info = await handle.stat();
    if (!info.isFile()) {
      await handle.close();
      return null;
    }
    return { handle, realFile, size: info.size, mtimeMs: info.mtimeMs };
  } catch {
    await handle?.close().catch(() => {});
    return null;
  }
}
