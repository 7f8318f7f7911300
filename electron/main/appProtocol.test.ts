import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentTypeFor, resolveAppUrl, serveAppRequest } from './appProtocol';
import { CONTENT_SECURITY_POLICY } from './security';

// A real directory: <tmp>/secret.txt lies next to the root <tmp>/renderer, which is what a
// traversal would be after.
let base: string;
let root: string;
const SECRET = 'TOP SECRET: outside the renderer root';
const INDEX = '<!doctype html><title>Sendeplan</title>';
const SCRIPT = 'console.log("sendeplan");';

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'sendeplan-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await mkdir(path.join(root, 'folder.js'));
  await writeFile(path.join(root, 'index.html'), INDEX);
  await writeFile(path.join(root, 'assets', 'index-abc123.js'), SCRIPT);
  await writeFile(path.join(root, 'assets', 'index-abc123.css'), 'body{margin:0}');
  await writeFile(path.join(root, 'assets', 'Logo Neu.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(path.join(root, 'notes.xyz'), 'not a served type');
  await writeFile(path.join(base, 'secret.txt'), SECRET);
  await writeFile(path.join(base, 'secret.js'), SECRET);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string) => serveAppRequest({ url, method: 'GET' }, root);

describe('serveAppRequest', () => {
  it('serves index.html for the root and for /index.html', async () => {
    for (const url of [
      'app://sendeplan/',
      'app://sendeplan/index.html',
      'app://sendeplan/index.html?x=1#top',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('serves assets with the Content-Type of their extension', async () => {
    const js = await get('app://sendeplan/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe(SCRIPT);
    expect(js.headers.get('content-length')).toBe(String(Buffer.byteLength(SCRIPT)));

    const css = await get('app://sendeplan/assets/index-abc123.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');

    const svg = await get('app://sendeplan/assets/Logo%20Neu.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('puts the CSP and nosniff on every response, errors included', async () => {
    for (const url of [
      'app://sendeplan/index.html',
      'app://sendeplan/missing.js',
      'app://sendeplan/%2e%2e/x.js',
    ]) {
      const response = await get(url);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
  });

  it('answers 404 for missing files, unknown types and directories', async () => {
    expect((await get('app://sendeplan/assets/missing.js')).status).toBe(404);
    expect((await get('app://sendeplan/notes.xyz')).status).toBe(404);
    expect((await get('app://sendeplan/assets')).status).toBe(404);
    expect((await get('app://sendeplan/assets/')).status).toBe(404);
    expect((await get('app://sendeplan/folder.js')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await serveAppRequest({ url: 'app://sendeplan/index.html', method: 'HEAD' }, root);
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(INDEX.length));
    expect(await head.text()).toBe('');

    const post = await serveAppRequest({ url: 'app://sendeplan/index.html', method: 'POST' }, root);
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers 500 (not 404) when a file exists but cannot be read', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const logError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await serveAppRequest({ url: 'app://sendeplan/index.html', method: 'GET' }, root, () =>
      Promise.reject(denied),
    );
    expect(response.status).toBe(500);
    expect(logError).toHaveBeenCalledOnce();
    logError.mockRestore();
  });

  // Each of these, if it slipped through, would read <tmp>/secret.* or a system file.
  const attacks: [url: string, status: number][] = [
    ['app://sendeplan/../secret.txt', 403],
    ['app://sendeplan/../secret.js', 403],
    ['app://sendeplan/assets/../../secret.js', 403],
    ['app://sendeplan/./index.html', 403],
    ['app://sendeplan/%2e%2e/secret.js', 403],
    ['app://sendeplan/%2E%2E/secret.js', 403],
    ['app://sendeplan/.%2e/secret.js', 403],
    ['app://sendeplan/%2e./secret.js', 403],
    ['app://sendeplan/assets/%2e%2e/%2e%2e/secret.js', 403],
    ['app://sendeplan/..%2fsecret.js', 403],
    ['app://sendeplan/assets%2f..%2f..%2fsecret.js', 403],
    ['app://sendeplan/..%5csecret.js', 403],
    ['app://sendeplan/assets\\..\\..\\secret.js', 403],
    ['app://sendeplan/%5c%5cserver%5cshare%5cx.js', 403],
    ['app://sendeplan//etc/passwd', 403],
    ['app://sendeplan/%2fetc%2fpasswd', 403],
    ['app://sendeplan/C:/Windows/win.ini', 403],
    ['app://sendeplan/C%3A%5CWindows%5Cwin.ini', 403],
    ['app://sendeplan/index.html%00.js', 403],
    ['app://sendeplan/index.html%0a', 403],
    ['app://sendeplan/%E0%A4%A', 400],
    ['app://evil/index.html', 403],
    ['app://sendeplan.evil.example/index.html', 403],
    ['app://sendeplan:8080/index.html', 403],
    ['https://sendeplan/index.html', 403],
    ['file:///etc/passwd', 403],
    ['app:index.html', 400],
    ['not a url', 400],
  ];

  it.each(attacks)('refuses %s with %i and never returns the secret', async (url, status) => {
    const response = await get(url);
    expect(response.status).toBe(status);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('refuses an encoded absolute path to the secret', async () => {
    const response = await get(`app://sendeplan/${encodeURIComponent(path.join(base, 'secret.js'))}`);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('treats double-encoded dots as a literal name inside the root, not as a parent', async () => {
    const resolved = resolveAppUrl('app://sendeplan/%252e%252e/secret.js', root);
    expect(resolved).toEqual({
      ok: true,
      filePath: path.join(root, '%2e%2e', 'secret.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect((await get('app://sendeplan/%252e%252e/secret.js')).status).toBe(404);
  });
});

describe('resolveAppUrl', () => {
  it('maps nested paths below the root', () => {
    expect(resolveAppUrl('app://sendeplan/assets/index-abc123.js', root)).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'index-abc123.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it('resolves relative roots to absolute paths', () => {
    const resolved = resolveAppUrl('app://sendeplan/index.html', 'dist/renderer');
    expect(resolved.ok && resolved.filePath).toBe(path.resolve('dist/renderer', 'index.html'));
  });
});

describe('contentTypeFor', () => {
  it('knows the types a Vite build emits, case-insensitively', () => {
    expect(contentTypeFor('a.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.js.map')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('icon.png')).toBe('image/png');
    expect(contentTypeFor('x.wasm')).toBe('application/wasm');
  });

  it('knows nothing else', () => {
    expect(contentTypeFor('Makefile')).toBeNull();
    expect(contentTypeFor('archive.zip')).toBeNull();
    expect(contentTypeFor('.env')).toBeNull();
  });
});
