// `npm run dist` here, without the internet: the build, then electron-builder packs the unpacked
// Linux app (`--dir`) around an Electron zip it fetches from a local mirror on 127.0.0.1 and checks
// against the mirror's SHASUMS256.txt. The zip is a stand-in (scripts/fakeElectron.ts): its
// "binary" is a script that carries Electron's fuse wire, so the fuses electron-builder.yml
// configures can be read back from the packaged executable. What this cannot show: that a real
// Electron binary starts the packaged app (no Electron binary can be downloaded on this machine).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronZipName, fakeElectronZip, sha256, startMirror, type Mirror } from './fakeElectron';

const require = createRequire(import.meta.url);
const { version } = require('electron/package.json') as { version: string };
const projectPackage = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };

const UPDATE_URL = 'https://updates.example.invalid/sendeplan';

let temp: string;
let mirror: Mirror;
let appDir: string;
let run: { status: number | null; output: string };

/** Runs `npm run dist` the way npm runs it, with `args` passed on to electron-builder. */
function npmRunDist(args: string[], env: NodeJS.ProcessEnv): Promise<typeof run> {
  const npm = process.env.npm_execpath;
  const [command, prefix] = npm ? [process.execPath, [npm]] : ['npm', []];
  const child = spawn(command, [...prefix, 'run', 'dist', '--', ...args], { env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, output })));
}

beforeAll(async () => {
  if (process.platform !== 'linux') return;
  temp = mkdtempSync(path.join(tmpdir(), 'sendeplan-dist-'));
  const zip = fakeElectronZip(version);
  const zipName = electronZipName(version, 'linux', 'x64');
  mirror = await startMirror({
    [`v${version}/${zipName}`]: zip,
    [`v${version}/SHASUMS256.txt`]: Buffer.from(`${sha256(zip)} *${zipName}\n`),
  });
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // No certificates, mirrors or caches of the developer's may take part.
    // Nor vitest's NODE_ENV=test: the app is built as for a release.
    if (
      !/^(electron_|npm_config_electron|CSC_|WIN_CSC_|APPLE_|GH_TOKEN|XDG_CACHE_HOME|NODE_ENV$|VITEST)/i.test(
        key,
      )
    )
      env[key] = value;
  }
  Object.assign(env, {
    ELECTRON_MIRROR: mirror.url,
    // Electron's download cache and electron-builder's own, both in the test's folder.
    XDG_CACHE_HOME: path.join(temp, 'cache'),
    ELECTRON_BUILDER_CACHE: path.join(temp, 'cache', 'electron-builder'),
  });
  const output = path.join(temp, 'release');
  run = await npmRunDist(
    [
      ...['--dir', '--linux', '--x64', '--publish', 'never', `-c.directories.output=${output}`],
      // An update server, the way docs/install.md says to name one (nothing is published: --publish never).
      ...['-c.publish.provider=generic', `-c.publish.url=${UPDATE_URL}`],
    ],
    env,
  );
  appDir = path.join(output, 'linux-unpacked');
}, 240_000);

afterAll(async () => {
  await mirror?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe.skipIf(process.platform !== 'linux')('npm run dist', () => {
  it('builds, fetches Electron from the mirror with its checksum and packs the unpacked Linux app', () => {
    expect(run.status, run.output).toBe(0);
    expect(mirror.requests).toEqual([
      `/v${version}/${electronZipName(version, 'linux', 'x64')}`,
      `/v${version}/SHASUMS256.txt`,
    ]);
    const executable = path.join(appDir, 'sendeplan');
    expect(statSync(executable).mode & 0o111).not.toBe(0);
    expect(existsSync(path.join(appDir, 'LICENSE.electron.txt'))).toBe(true);
    expect(existsSync(path.join(appDir, 'resources', 'app.asar'))).toBe(true);
    // Electron's own default app is gone: the packaged binary can only run Sendeplan.
    expect(existsSync(path.join(appDir, 'resources', 'default_app.asar'))).toBe(false);
    expect(existsSync(path.join(appDir, 'resources', 'app'))).toBe(false);
  });

  it("has the app's entry points inside app.asar, its runtime dependencies, and nothing else", () => {
    const asar = path.join(appDir, 'resources', 'app.asar');
    const files = listPackage(asar, { isPack: false }).map((file) => file.replaceAll(path.sep, '/'));
    const packed = JSON.parse(extractFile(asar, 'package.json').toString()) as { main: string };
    expect(packed.main).toBe(projectPackage.main);
    for (const entry of [
      `/${projectPackage.main}`,
      '/dist/electron/preload.cjs',
      '/dist/renderer/index.html',
      '/dist/renderer/sw.js',
      '/node_modules/ws/package.json',
      '/node_modules/bonjour-service/package.json',
      '/node_modules/electron-updater/package.json',
    ]) {
      expect(files).toContain(entry);
    }
    const index = extractFile(asar, 'dist/renderer/index.html').toString();
    const script = /src="\.\/(assets\/index-[\w-]+\.js)"/.exec(index)?.[1];
    expect(files).toContain(`/dist/renderer/${script}`);
    // No sources, tests, source maps or development packages.
    expect(files.filter((file) => file.startsWith('/dist/') && /\.(map|tsx?)$/.test(file))).toEqual([]);
    expect(files.some((file) => /^\/(renderer|electron|shared|tests|scripts)\//.test(file))).toBe(false);
    for (const devOnly of ['electron', 'vite', 'react', 'yjs', 'electron-builder'])
      expect(files).not.toContain(`/node_modules/${devOnly}`);
  });

  it('flips the fuses electron-builder.yml asks for in the packaged binary', async () => {
    // A fuse is one byte in the wire: '1' on, '0' off (@electron/fuses' FuseState).
    const [ENABLE, DISABLE] = ['1'.charCodeAt(0), '0'.charCodeAt(0)];
    const wire = await getCurrentFuseWire(path.join(appDir, 'sendeplan'));
    const state = (option: FuseV1Options) => wire[option];
    expect(state(FuseV1Options.RunAsNode)).toBe(DISABLE);
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe(ENABLE);
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(DISABLE);
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe(DISABLE);
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(ENABLE);
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe(ENABLE);
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(DISABLE);
  });

  it('tells the installed app where its updates come from', () => {
    const feed = readFileSync(path.join(appDir, 'resources', 'app-update.yml'), 'utf8');
    expect(feed).toContain('provider: generic');
    expect(feed).toContain(`url: ${UPDATE_URL}`);
  });
});
