import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { checkForUpdates, updateFeed } from './updates';

let resources: string;
beforeEach(async () => {
  resources = await mkdtemp(path.join(os.tmpdir(), 'sendeplan-resources-'));
});
afterEach(async () => {
  await rm(resources, { recursive: true, force: true });
});

it('looks for updates only in an installation built for an update server', async () => {
  expect(updateFeed(resources, true)).toBeNull();
  await writeFile(
    path.join(resources, 'app-update.yml'),
    'provider: generic\nurl: https://updates.example/\n',
  );
  expect(updateFeed(resources, true)).toBe(path.join(resources, 'app-update.yml'));
  // Started from the sources, never.
  expect(updateFeed(resources, false)).toBeNull();
});

it('does not load the updater at all without an update server', async () => {
  const logged: string[] = [];
  await checkForUpdates({ resourcesPath: resources, isPackaged: true, log: (line) => logged.push(line) });
  expect(logged).toEqual([]);
});
