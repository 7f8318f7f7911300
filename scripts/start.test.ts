import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';

let empty: string | undefined;
afterEach(() => {
  if (empty) rmSync(empty, { recursive: true, force: true });
});

it('npm start without the Electron binary says so in German and English and points to npm run serve', () => {
  // An empty folder stands in for an electron/dist that was never downloaded.
  empty = mkdtempSync(path.join(tmpdir(), 'sendeplan-no-electron-'));
  const result = spawnSync(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
    encoding: 'utf8',
    timeout: 15_000,
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('Die Desktop-Laufzeit (Electron) ist nicht installiert.');
  expect(result.stderr).toContain('the desktop runtime (Electron) is not installed.');
  expect(result.stderr).toContain('npm run serve');
  expect(result.stdout).not.toContain('vite build');
});
