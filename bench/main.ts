// The bench itself, bundled and started by bench/run.mjs (see there for the build and namespace).
import { build } from 'esbuild';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { browserBenchmarks, type Launch, type SeededWorkspace } from './browser';
import { machineTime, stolenSince } from './cpu';
import { notMeasured, type Figure } from './figures';
import { junkBenchmark } from './junk';
import { modelBenchmarks } from './model';
import { picturesBenchmark } from './pictures';
import { profileBenchmarks } from './profile';
import { relayBenchmark } from './relay';
import { relayFilesBenchmark } from './relayFiles';
import { syncBenchmark } from './sync';
import { generateWorkspace } from './workspace';
import { lib0ShortStringsEsbuild } from '../lib-internals/lib0ShortStrings';
import { getCard, type CardId } from '../shared/model';
import { columnSiblings } from '../shared/model/columnIndex';

/**
 * The bench's Chromium: Debian's headless shell (package chromium-headless-shell) where it is
 * installed, else the full browser. The shell is the same Chromium build without the browser's own
 * windows, tab strip and toolbar, as the desktop app's window has none either; in the full browser,
 * laying out and drawing them took 50-70 ms of CPU during an open of the 2,000-card board
 * (docs/performance.md, "Seventh session"). Playwright's own headless runs use the shell too.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const CHROMIUM =
  process.env.SENDEPLAN_CHROMIUM ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');
export function chromiumArgs(netns: boolean): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    netns
      ? '--disable-features=WebRtcHideLocalIpsWithMdns'
      : '--webrtc-ip-handling-policy=disable_non_proxied_udp',
  ];
}

/** Chromium for the browser figures; user profiles go to `out`/profiles. */
const launchOf = (out: string, netns: boolean): Launch => ({
  executable: CHROMIUM,
  args: chromiumArgs(netns),
  profiles: join(out, 'profiles'),
});

const log = (line: string) => console.log(`[bench] ${line}`);

function startServer(out: string): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(
    process.execPath,
    [join(out, 'serve.mjs'), '--host', '127.0.0.1', '--port', '0', '--root', join(out, 'renderer')],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${seen}`)), 30_000);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const url = /läuft auf (https?:\/\/[^\s)]+)/.exec(seen)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ server, url: url.replace(/\/$/, '') });
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.on('exit', (code) => reject(new Error(`serve exited (${code}):\n${seen}`)));
  });
}

/** Generates a workspace and writes its state where the bench server serves it. */
function prepare(out: string, cards: number, scheduled: number): SeededWorkspace & { titles: string[] } {
  const ws = generateWorkspace({ cards, scheduled, from: '2025-12-01' });
  const file = `bench-seed-${cards}.bin`;
  writeFileSync(join(out, 'renderer', file), Y.encodeStateAsUpdate(ws.doc));
  // The titles of the top cards of the first column (visible without scrolling), for the sync figure.
  const titles = columnSiblings(ws.doc, ws.columns[0]!)
    .slice(0, 10)
    .map((s) => getCard(ws.doc, s.id as CardId)!.title);
  return {
    id: `bench-${cards}-${Date.now().toString(36)}`,
    name: `Bench ${cards}`,
    secret: `secret-${cards}-0123456789abcdef`,
    me: ws.me,
    file: `/${file}`,
    cards,
    titles,
  };
}

function printTable(figures: Figure[]) {
  const rows = figures.map((f) => [
    f.label,
    f.value === null ? '-' : `${f.value} ${f.unit === 'x' ? '×' : f.unit}`,
    f.target,
    f.pass === null ? 'n/a' : f.pass ? 'PASS' : 'FAIL',
    f.note,
  ]);
  const header = ['figure', 'value', 'target', 'result', 'how / notes'];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => Math.min(r[i]!.length, i === 4 ? 90 : 80))),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
  for (const row of rows) console.log(line(row));
  const measured = figures.filter((f) => f.pass !== null);
  console.log(
    `\n${measured.filter((f) => f.pass).length} of ${measured.length} measured figures meet their target; ${figures.length - measured.length} not measured.`,
  );
}

async function profile(out: string, netns: boolean) {
  const workspaces = [prepare(out, 2_000, 2_000), prepare(out, 10_000, 6_000)];
  const { server, url } = await startServer(out);
  try {
    await profileBenchmarks(launchOf(out, netns), url, workspaces, out, log);
  } finally {
    server.kill('SIGTERM');
  }
}

async function syncFigure(out: string, url: string, netns: boolean): Promise<Figure> {
  const unmeasured = (why: string) =>
    notMeasured('sync.10peers', 'sync: edit to visible on 9 other peers', 'ms', '≤ 50 / ≤ 200 ms', why);
  if (!netns)
    return unmeasured('no network namespace (needs root, unshare and iproute2; tests/e2e/README.md)');
  log(`sync: ${10} peers on a 500-card workspace`);
  const shared = prepare(out, 500, 300);
  return syncBenchmark(url, shared, launchOf(out, netns), log).catch((error: unknown) =>
    unmeasured(`the run failed: ${String(error)}`),
  );
}

// 'open' is the part of 'browser' with only the two open figures (and the heap).
const GROUPS = ['model', 'browser', 'open', 'pictures', 'sync', 'relay', 'junk'] as const;
type Group = (typeof GROUPS)[number];

export async function main(options: {
  root: string;
  out: string;
  netns: boolean;
  profile: boolean;
  only: string[] | null;
}) {
  const { root, out, netns } = options;
  const unknown = options.only?.filter((group) => !GROUPS.includes(group as Group)) ?? [];
  if (unknown.length > 0)
    throw new Error(`--only: unknown group ${unknown.join(', ')} (${GROUPS.join(', ')})`);
  const runs = (group: Group) => options.only === null || options.only.includes(group);
  const started = Date.now();
  log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}`);
  log(`browser: ${CHROMIUM}`);
  if (CHROMIUM !== HEADLESS_SHELL && !process.env.SENDEPLAN_CHROMIUM)
    log(`${HEADLESS_SHELL} is not installed: the opens include the full browser's own windows`);
  if (options.profile) return profile(out, netns);
  const figures: Figure[] = [];
  const stolen: { [group: string]: number | null } = {};
  const measured = async <T>(group: string, run: () => T | Promise<T>): Promise<T> => {
    const before = machineTime();
    const result = await run();
    stolen[group] = stolenSince(before);
    if (stolen[group] !== null)
      log(
        `machine: ${(stolen[group]! * 100).toFixed(1)} % of its CPU time went to other guests of the host (${group})`,
      );
    return result;
  };

  if (runs('model')) {
    log('model benchmarks (Node)');
    figures.push(...(await measured('model', () => modelBenchmarks(log))));
  }

  const { server, url } = await startServer(out);
  log(`serving the built app at ${url}`);
  try {
    if (runs('browser') || runs('open') || runs('pictures'))
      // The load-only page reads the update with the app's lib0, patched as the app's build does.
      await build({
        entryPoints: [join(root, 'bench', 'baseline.ts')],
        bundle: true,
        format: 'iife',
        logLevel: 'warning',
        outfile: join(out, 'renderer', 'bench-baseline.js'),
        plugins: [lib0ShortStringsEsbuild()],
      });
    if (runs('browser') || runs('open')) {
      log('generating the 10,000- and 2,000-card workspaces');
      const big = prepare(out, 10_000, 6_000);
      const small = prepare(out, 2_000, 2_000);
      figures.push(
        ...(await measured('browser', () =>
          browserBenchmarks(launchOf(out, netns), url, big, small, log, !runs('browser')),
        )),
      );
    }
    if (runs('pictures'))
      figures.push(
        ...(await measured('pictures', () => picturesBenchmark(launchOf(out, netns), url, out, log))),
      );
    if (runs('sync')) figures.push(await measured('sync', () => syncFigure(out, url, netns)));
    if (runs('junk'))
      figures.push(
        await measured('junk', () =>
          netns
            ? junkBenchmark(url, out, launchOf(out, netns), log)
            : notMeasured(
                'junk.longestTask',
                'junk: longest task on the receiving peers while a colleague sends 10 MB',
                'ms',
                '≤ 200 ms',
                'no network namespace (needs root, unshare and iproute2; tests/e2e/README.md)',
              ),
        ),
      );
    if (runs('relay'))
      figures.push(
        ...(await measured('relay', () =>
          relayBenchmark(log).catch((error: unknown) => [
            notMeasured(
              'relay',
              'relay: 200 devices on 20 workspaces',
              'ms',
              '-',
              `the run failed: ${String(error)}`,
            ),
          ]),
        )),
        ...(await measured('relay files', () =>
          relayFilesBenchmark(log).catch((error: unknown) => [
            notMeasured(
              'relay-files',
              'relay: 50 MB file up and down',
              'MB/s',
              '-',
              `the run failed: ${String(error)}`,
            ),
          ]),
        )),
      );
  } finally {
    server.kill('SIGTERM');
  }

  printTable(figures);
  if (options.only !== null) {
    log(`partial run (--only ${options.only.join(',')}): bench/results.json left as it was`);
    return;
  }
  const results = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? '',
      node: process.version,
      browser: CHROMIUM,
      netns,
      /** Share of the machine's CPU time stolen by the hypervisor while each group ran. */
      stolen,
    },
    seconds: Math.round((Date.now() - started) / 1000),
    figures,
  };
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote bench/results.json (${results.seconds} s)`);
}
