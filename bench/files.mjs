#!/usr/bin/env node
// `npm run bench:files`: bundles bench/files.ts and runs it (see there), inside a network namespace
// of its own when it can make one (as bench/run.mjs), so the transfer figures run over real WebRTC.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setUpNamespace, whyNoNetns } from '../scripts/netns.mjs';
import { runBundled } from './runBundled.mjs';

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
if (process.env.SENDEPLAN_BENCH_NETNS_CHILD === '1' || whyNoNetns('SENDEPLAN_BENCH_NO_NETNS') !== null)
  runBundled('files');
