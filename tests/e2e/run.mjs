#!/usr/bin/env node
// The e2e harness: `npm run test:e2e [-- <playwright test args>]`. See tests/e2e/README.md.
//
// 1. As root with unshare and iproute2 it re-executes itself inside a fresh network namespace
//    (`unshare -n`) and sets up lo plus a veth pair, the recipe of tests/e2e/README.md: Chromium peers
//    then gather real host candidates (10.99.0.x) while no packet can leave the namespace, and
//    SENDEPLAN_NETNS=1 tells the fixtures that peers may start. Without a namespace the suite
//    still runs, but peer tests refuse to start peers (tests/e2e/harness/env.ts).
// 2. Builds the renderer and the Node bundles once (`npm run build`), unless
//    SENDEPLAN_E2E_SKIP_BUILD=1 says dist/ is current.
// 3. Starts the serve CLI on 127.0.0.1 with a random port, waits for its "läuft auf" line and
//    exports SENDEPLAN_URL and SENDEPLAN_HUB. Its output goes to test-results/serve.log.
// 4. Runs `playwright test` (playwright.config.ts: list reporter, JSON to test-results/e2e.json),
//    stops the server and exits with Playwright's exit code.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setUpNamespace, whyNoNetns } from '../../scripts/netns.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const resultsDir = join(root, 'test-results');
const serveEntry = resolve(root, process.env.SENDEPLAN_SERVE_ENTRY ?? 'dist/electron/serve.js');
const serveLog = join(resultsDir, 'serve.log');
const readyTimeoutMs = 30_000;
const args = process.argv.slice(2);

const say = (line) => console.log(`[e2e] ${line}`);

/** Exits like the child did: its code, or 128 + signal number when a signal ended it. */
function exitLike(code, signal) {
  process.exit(code ?? 128 + (constants.signals[signal] ?? 1));
}

function reexecInNetns() {
  say('entering a fresh network namespace (unshare -n)');
  const child = spawn('unshare', ['-n', process.execPath, fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
    env: { ...process.env, SENDEPLAN_E2E_NETNS_CHILD: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', exitLike);
}

function build() {
  if (process.env.SENDEPLAN_E2E_SKIP_BUILD === '1') {
    say('SENDEPLAN_E2E_SKIP_BUILD=1: using the existing dist/');
    return;
  }
  say('building (npm run build)');
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
  say(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Starts the serve CLI and resolves with its URLs once it printed its ready line. */
function startServer() {
  mkdirSync(resultsDir, { recursive: true });
  const log = createWriteStream(serveLog);
  const server = spawn(process.execPath, [serveEntry, '--host', '127.0.0.1', '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.on('close', () => log.end());
  const ready = new Promise((resolveReady, rejectReady) => {
    let seen = '';
    let settled = false;
    const fail = (why) => {
      if (settled) return;
      settled = true;
      rejectReady(new Error(`${why}\n--- ${serveLog} ---\n${seen.trim()}`));
    };
    const timer = setTimeout(
      () => fail(`serve printed no "läuft auf" line within ${readyTimeoutMs} ms`),
      readyTimeoutMs,
    );
    const onData = (chunk) => {
      log.write(chunk);
      if (settled) return;
      seen += chunk.toString();
      const line = seen.split('\n').find((l) => /läuft auf/.test(l) && /https?:\/\//.test(l));
      if (!line) return;
      clearTimeout(timer);
      settled = true;
      const url = line.match(/https?:\/\/[^\s)]+/)[0].replace(/\/$/, '');
      const hub = line.match(/wss?:\/\/[^\s)]+/)?.[0] ?? `${url.replace(/^http/, 'ws')}/hub`;
      if (new URL(url).port === '0') {
        rejectReady(new Error(`serve printed port 0 (${url}); it must print the port it is bound to`));
      } else {
        resolveReady({ url, hub });
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('error', (error) => fail(`serve could not start: ${error.message}`));
    server.on('exit', (code, signal) => {
      clearTimeout(timer);
      fail(`serve exited (${code ?? signal}) before it was ready`);
    });
  });
  return { server, ready };
}

async function stopServer(server) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolveExit) => server.once('exit', resolveExit));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

function runPlaywright(env) {
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  const child = spawn(
    process.execPath,
    [cli, 'test', '--config', join(root, 'playwright.config.ts'), ...args],
    {
      cwd: root,
      stdio: 'inherit',
      env,
    },
  );
  const stop = (signal) => child.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return new Promise((resolveRun) => child.on('exit', (code, signal) => resolveRun({ code, signal })));
}

async function main() {
  rmSync(join(resultsDir, 'e2e.json'), { force: true }); // never let a stale result count
  const env = { ...process.env };
  delete env.SENDEPLAN_NETNS; // only this harness may say so, after making the namespace
  if (process.env.SENDEPLAN_E2E_NETNS_CHILD === '1') {
    setUpNamespace();
    say('namespace ready: lo, veth0 10.99.0.1/24 <-> veth1 10.99.0.2/24, default route via veth0');
    env.SENDEPLAN_NETNS = '1';
  } else {
    const why = whyNoNetns('SENDEPLAN_E2E_NO_NETNS');
    if (why === null) return reexecInNetns();
    const then =
      process.env.SENDEPLAN_ALLOW_SKIP_PEERS === '1'
        ? 'peer tests will be SKIPPED (SENDEPLAN_ALLOW_SKIP_PEERS=1)'
        : 'peer tests will FAIL, refusing to start peers (set SENDEPLAN_ALLOW_SKIP_PEERS=1 to skip them)';
    say(`NO network namespace (${why}): ${then}.`);
  }
  delete env.SENDEPLAN_E2E_NETNS_CHILD;

  build();
  const { server, ready } = startServer();
  let urls;
  try {
    urls = await ready;
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  say(`serve is up: ${urls.url} (hub ${urls.hub}); log in ${serveLog}`);
  server.on('exit', (code, signal) =>
    say(`serve exited during the run (${code ?? signal}); see ${serveLog}`),
  );

  const { code, signal } = await runPlaywright({ ...env, SENDEPLAN_URL: urls.url, SENDEPLAN_HUB: urls.hub });
  server.removeAllListeners('exit');
  await stopServer(server);
  exitLike(code, signal);
}

main().catch((error) => {
  console.error(`[e2e] harness failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
