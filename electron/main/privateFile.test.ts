import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { writePrivateFile } from './privateFile';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sendeplan-private-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const modeOf = async (file: string) => (await stat(file)).mode & 0o777;

it.skipIf(process.platform === 'win32')('writes a new file readable by its owner only (0600)', async () => {
  const file = path.join(dir, 'Sicherung.sendeplan');
  await writePrivateFile(file, 'geheim');
  expect(await readFile(file, 'utf8')).toBe('geheim');
  expect(await modeOf(file)).toBe(0o600);
});

it.skipIf(process.platform === 'win32')('takes the others’ rights from a file it overwrites', async () => {
  const file = path.join(dir, 'alt.sendeplan');
  await writeFile(file, 'alt und länger als das Neue', { mode: 0o644 });
  expect(await modeOf(file)).toBe(0o644);
  await writePrivateFile(file, 'neu');
  expect(await readFile(file, 'utf8')).toBe('neu');
  expect(await modeOf(file)).toBe(0o600);
});
