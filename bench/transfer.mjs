#!/usr/bin/env node
// `npm run bench:transfer`: bundles bench/transfer.ts with esbuild and runs it (see there).
// Needs the built app (`npm run build`) for its browser figures.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test-results', 'bench-transfer');
mkdirSync(out, { recursive: true });
const bundle = join(out, 'transfer.mjs');
const built = spawnSync(
  join(root, 'node_modules', '.bin', 'esbuild'),
  [
    join(root, 'bench', 'transfer.ts'),
    '--bundle',
    '--platform=node',
    '--format=esm',
    '--packages=external',
    `--outfile=${bundle}`,
    '--log-level=warning',
  ],
  { stdio: 'inherit' },
);
if (built.status !== 0) process.exit(built.status ?? 1);
const run = spawnSync(process.execPath, [bundle, root], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);
