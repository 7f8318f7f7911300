import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsStore, DEFAULT_SETTINGS, parseSettings, writeFileAtomic } from './settings';

let dir: string;
let file: string;
let logged: string[];
const log = (message: string) => logged.push(message);

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sendeplan-settings-'));
  file = path.join(dir, 'settings.json');
  logged = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readJson = async () => JSON.parse(await readFile(file, 'utf8')) as unknown;

describe('parseSettings', () => {
  it('takes valid fields and defaults the rest', () => {
    expect(parseSettings({ announceOnLan: true })).toEqual({ announceOnLan: true });
    expect(parseSettings({ announceOnLan: 'true' })).toEqual({ announceOnLan: false });
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings([false])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the hub off the LAN by default', () => {
    expect(DEFAULT_SETTINGS).toEqual({ announceOnLan: false });
  });
});

describe('createSettingsStore', () => {
  it('gives the defaults without a file, quietly, and creates no file by reading', async () => {
    const store = createSettingsStore(file, { log });
    expect(await store.load()).toEqual({ announceOnLan: false });
    expect(logged).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ['broken JSON', '{"announceOnLan": fal'],
    ['an empty file', ''],
    ['a JSON array', '[false]'],
    ['a JSON string', '"off"'],
    ['binary garbage', '\u0000\u0001\u00ff'],
  ])('falls back to the defaults for %s and logs once', async (_what, content) => {
    await writeFile(file, content);
    const store = createSettingsStore(file, { log });
    expect(await store.load()).toEqual({ announceOnLan: false });
    expect(await store.load()).toEqual({ announceOnLan: false });
    expect(logged).toEqual([`Sendeplan: ${file} is unreadable; using default settings.`]);
  });

  it('falls back to the defaults when the path cannot be read as a file', async () => {
    await mkdir(file);
    const store = createSettingsStore(file, { log });
    expect(await store.load()).toEqual({ announceOnLan: false });
    expect(logged).toHaveLength(1);
  });

  it('defaults a field of the wrong type', async () => {
    await writeFile(file, '{"announceOnLan": "nein"}');
    expect(await createSettingsStore(file, { log }).load()).toEqual({ announceOnLan: false });
  });

  it('round-trips through the file into a fresh store', async () => {
    const store = createSettingsStore(file, { log });
    expect(await store.update({ announceOnLan: false })).toEqual({ announceOnLan: false });
    expect(await store.load()).toEqual({ announceOnLan: false });
    expect(await readJson()).toEqual({ announceOnLan: false });
    expect(await createSettingsStore(file, { log }).load()).toEqual({ announceOnLan: false });

    await store.update({ announceOnLan: true });
    expect(await createSettingsStore(file, { log }).load()).toEqual({ announceOnLan: true });
  });

  it('repairs a corrupt file on the next write', async () => {
    await writeFile(file, '{{{');
    const store = createSettingsStore(file, { log });
    await store.update({ announceOnLan: false });
    expect(await readJson()).toEqual({ announceOnLan: false });
  });

  it('keeps fields written by a newer version and normalises known ones', async () => {
    await writeFile(file, JSON.stringify({ announceOnLan: 7, theme: 'dark' }));
    const store = createSettingsStore(file, { log });
    await store.update({});
    expect(await readJson()).toEqual({ announceOnLan: false, theme: 'dark' });
    await store.update({ announceOnLan: true });
    expect(await readJson()).toEqual({ announceOnLan: true, theme: 'dark' });
  });

  it('creates the folder when it does not exist yet', async () => {
    const nested = path.join(dir, 'Sendeplan', 'settings.json');
    await createSettingsStore(nested, { log }).update({ announceOnLan: false });
    expect(JSON.parse(await readFile(nested, 'utf8'))).toEqual({ announceOnLan: false });
  });

  it('serialises writes: the last call wins, in the file and in memory', async () => {
    const store = createSettingsStore(file, { log });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => store.update({ announceOnLan: i % 2 === 0 })),
    );
    expect(results.map((r) => r.announceOnLan)).toEqual(Array.from({ length: 12 }, (_, i) => i % 2 === 0));
    expect(await readJson()).toEqual({ announceOnLan: false });
    expect(await store.load()).toEqual({ announceOnLan: false });
    expect((await readdir(dir)).sort()).toEqual(['settings.json']);
  });

  it('leaves the old file and the old value when the write fails, and rejects', async () => {
    await writeFile(file, '{"announceOnLan": true}\n');
    const store = createSettingsStore(file, {
      log,
      rename: () =>
        Promise.reject(Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' })),
    });
    await expect(store.update({ announceOnLan: false })).rejects.toThrow('EPERM');
    expect(await readFile(file, 'utf8')).toBe('{"announceOnLan": true}\n');
    expect(await store.load()).toEqual({ announceOnLan: true });
    expect(await readdir(dir)).toEqual(['settings.json']); // no temp file left behind
  });

  it('keeps working after a failed write', async () => {
    let failNext = true;
    const store = createSettingsStore(file, {
      log,
      rename: async (from, to) => {
        if (failNext) {
          failNext = false;
          throw new Error('disk full');
        }
        const { rename } = await import('node:fs/promises');
        await rename(from, to);
      },
    });
    await expect(store.update({ announceOnLan: false })).rejects.toThrow('disk full');
    await expect(store.update({ announceOnLan: false })).resolves.toEqual({ announceOnLan: false });
    expect(await readJson()).toEqual({ announceOnLan: false });
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file in one step: a reader never sees a partial file', async () => {
    // Large enough that a plain truncate-and-write would be observed half-written.
    const big = (n: number) =>
      JSON.stringify({ announceOnLan: n % 2 === 0, padding: 'x'.repeat(256 * 1024), n });
    await writeFile(file, big(0));
    let writing = true;
    const reads: number[] = [];
    const reader = (async () => {
      while (writing) {
        const parsed = JSON.parse(await readFile(file, 'utf8')) as { n: number };
        reads.push(parsed.n);
      }
    })();
    for (let n = 1; n <= 30; n++) await writeFileAtomic(file, big(n));
    writing = false;
    await reader;
    expect(reads.length).toBeGreaterThan(0);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ n: 30 });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });
});
