#!/usr/bin/env node
// `npm run bench`: measures and prints issue 6's figures ("Big boards stay instant") and writes
// bench/results.json. Not a test: it never fails on a missed target (tests/e2e/README.md).
//
// 1. As root with unshare and iproute2 it re-executes itself inside a fresh network namespace with
//    the veth recipe of tests/e2e/README.md (as tests/e2e/run.mjs does), so the 10-peer sync figure can
//    run over real WebRTC; without it that figure is reported as not measured.
// 2. Builds the renderer into test-results/bench/renderer (its own directory: other runs may be
//    using dist/) and bundles the serve CLI and the bench itself with esbuild (the bench bundles the
//    load-only page's script).
//    SENDEPLAN_BENCH_SKIP_BUILD=1 reuses the last build.
// 3. Runs bench/main.ts: model figures in Node, then the built app in Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setUpNamespace, whyNoNetns } from '../scripts/netns.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test-results', 'bench');
const say = (line) => console.log(`[bench] ${line}`);
const args = process.argv.slice(2);
// --profile: CPU profiles of opens and keyboard moves instead of the figures (bench/profile.ts),
// from an unminified build so that the profiles name the functions.
const profile = args.includes('--profile');
// A profiled sync run (SENDEPLAN_BENCH_SYNC_PROFILE, bench/sync.ts) needs the names as well.
const unminified = profile || !!process.env.SENDEPLAN_BENCH_SYNC_PROFILE;
// --only model,browser,open,pictures,sync,relay,junk: just these groups (a partial run prints its table and leaves
// bench/results.json alone).
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? (args[onlyAt + 1] ?? '').split(',').filter(Boolean) : null;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

async function main() {
  let netns = false;
  if (process.env.SENDEPLAN_BENCH_NETNS_CHILD === '1') {
    setUpNamespace();
    netns = true;
  } else {
    const why = whyNoNetns('SENDEPLAN_BENCH_NO_NETNS');
    if (why === null) {
      say('entering a fresh network namespace (unshare -n) for the peer figures');
      const child = spawn('unshare', ['-n', process.execPath, fileURLToPath(import.meta.url), ...args], {
        stdio: 'inherit',
        env: { ...process.env, SENDEPLAN_BENCH_NETNS_CHILD: '1' },
      });
      for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
      child.on('exit', (code) => process.exit(code ?? 1));
      return;
    }
    say(`no network namespace (${why}): the sync figure will not be measured`);
  }

  mkdirSync(out, { recursive: true });
  const esbuild = join(root, 'node_modules', '.bin', 'esbuild');
  const node = ['--bundle', '--platform=node', '--format=esm', '--packages=external', '--log-level=warning'];
  if (process.env.SENDEPLAN_BENCH_SKIP_BUILD !== '1') {
    say('building the renderer into test-results/bench/renderer');
    run(join(root, 'node_modules', '.bin', 'vite'), [
      'build',
      ...(unminified ? ['--minify', 'false'] : []),
      '--outDir',
      join(out, 'renderer'),
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ]);
    run(esbuild, ['electron/hub/serveCli.ts', ...node, `--outfile=${join(out, 'serve.mjs')}`]);
  }
  run(esbuild, ['bench/main.ts', ...node, `--outfile=${join(out, 'bench.mjs')}`]);
  const bench = await import(pathToFileURL(join(out, 'bench.mjs')).href);
  await bench.main({ root, out, netns, profile, only });
}

main().catch((error) => {
  console.error(`[bench] failed: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
