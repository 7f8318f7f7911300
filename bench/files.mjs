#!/usr/bin/env node
// `npm run bench:files`: bundles bench/files.ts and runs it (see there), inside a network namespace
// of its own when it can make one (as bench/run.mjs), so the transfer figures run over real WebRTC.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setUpNamespace, whyNoNetns } from '../scripts/netns.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (process.env.SENDEPLAN_BENCH_NETNS_CHILD === '1') setUpNamespace();
else {
  const why = whyNoNetns('SENDEPLAN_BENCH_NO_NETNS');
  if (why === null) {
    const child = spawn('unshare', ['-n', process.execPath, fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      env: { ...process.env, SENDEPLAN_BENCH_NETNS_CHILD: '1' },
    });
    child.on('exit', (code) => process.exit(code ?? 1));
  } else console.log(`[bench:files] no network namespace (${why})`);
}
if (process.env.SENDEPLAN_BENCH_NETNS_CHILD === '1' || whyNoNetns('SENDEPLAN_BENCH_NO_NETNS') !== null) {
  const out = join(root, 'test-results', 'bench-files');
  mkdirSync(out, { recursive: true });
  const bundle = join(out, 'files.mjs');
  const built = spawnSync(
    join(root, 'node_modules', '.bin', 'esbuild'),
    [
      join(root, 'bench', 'files.ts'),
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
}
