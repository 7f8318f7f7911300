// The real start script against a local Electron mirror on 127.0.0.1, on a clean copy of the
// electron package: the package's own installer downloads the zip, checks it against the
// mirror's SHASUMS256.txt (electron_use_remote_checksums, the documented way for mirrors with
// their own builds) and unpacks it into the copy. SENDEPLAN_START_NO_LAUNCH stops before the build.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer as createHttpServer, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronZipName, fakeElectronZip, sha256, startMirror, type Mirror } from './fakeElectron';

const require = createRequire(import.meta.url);
const realPackage = path.dirname(require.resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(path.join(realPackage, 'package.json'), 'utf8')) as {
  version: string;
};
const zipName = electronZipName(version);

let temp: string;
let packageDir: string;
let cacheDir: string;
let mirror: Mirror | undefined;

beforeEach(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'sendeplan-start-'));
  // A clean copy of the package (never a dist/ or path.txt from a real install); its installer's
  // dependencies are the project's, reached through node_modules links beside the copy.
  packageDir = path.join(temp, 'node_modules', 'electron');
  cpSync(realPackage, packageDir, {
    recursive: true,
    filter: (source) => !['dist', 'path.txt'].includes(path.relative(realPackage, source)),
  });
  for (const scope of ['@electron', '@electron-internal']) {
    symlinkSync(path.join(realPackage, '..', scope), path.join(temp, 'node_modules', scope), 'dir');
  }
  cacheDir = path.join(temp, 'cache');
});

afterEach(async () => {
  await mirror?.close();
  mirror = undefined;
  rmSync(temp, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs scripts/start.mjs against `mirrorUrl`; `onStdout` sees the output as it grows. */
function runStart(
  mirrorUrl: string,
  onStdout?: (stdout: string) => void,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<Run> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // Nothing of the developer's own Electron settings may leak into the run.
    if (
      !/^(electron_|npm_config_electron|npm_package_config_electron|force_no_cache|https?_proxy|no_proxy)/i.test(
        key,
      )
    )
      env[key] = value;
  }
  Object.assign(env, {
    ELECTRON_MIRROR: mirrorUrl,
    electron_use_remote_checksums: '1',
    electron_config_cache: cacheDir,
    SENDEPLAN_ELECTRON_DIR: packageDir,
    SENDEPLAN_START_NO_LAUNCH: '1',
    ...extraEnv,
  });
  const child = spawn(process.execPath, ['scripts/start.mjs'], { env });
  const run: Run = { status: null, stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => {
    run.stdout += chunk.toString();
    onStdout?.(run.stdout);
  });
  child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.on('close', (status) => {
      run.status = status;
      resolve(run);
    }),
  );
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' });
}

describe.skipIf(process.platform !== 'linux')('npm start fetches Electron', () => {
  it('downloads the zip from ELECTRON_MIRROR with progress, checks it, unpacks it and keeps it in the cache', async () => {
    const zip = fakeElectronZip(version, 3_000_000);
    // The zip is held half-sent until the start script has shown the download's progress.
    let release: (() => void) | undefined;
    mirror = await startMirror(
      {
        [`v${version}/${zipName}`]: zip,
        [`v${version}/SHASUMS256.txt`]: Buffer.from(`${sha256(zip)} *${zipName}\n`),
      },
      (requested, rest, response: ServerResponse) => {
        if (!requested.endsWith('.zip')) return false;
        release = () => response.end(rest);
        return true;
      },
    );
    const run = await runStart(mirror.url, (stdout) => {
      if (release && / MB geladen/.test(stdout)) {
        release();
        release = undefined;
      }
    });

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Electron ${version} wird einmalig heruntergeladen`);
    expect(run.stdout).toContain(`von ${mirror.url}`);
    expect(run.stdout).toMatch(/\d,\d MB geladen \/ downloaded/);
    expect(run.stdout).toContain(`Electron ${version} ist installiert`);
    expect(mirror.requests).toEqual([`/v${version}/${zipName}`, `/v${version}/SHASUMS256.txt`]);

    const executable = path.join(packageDir, 'dist', 'electron');
    expect(readFileSync(path.join(packageDir, 'path.txt'), 'utf8')).toBe('electron');
    expect(statSync(executable).mode & 0o111).not.toBe(0);
    expect(readFileSync(path.join(packageDir, 'dist', 'version'), 'utf8')).toBe(`v${version}`);
    expect(filesUnder(cacheDir).some((file) => file.endsWith(zipName))).toBe(true);

    // Once in place, the next start neither downloads nor says so.
    const again = await runStart(mirror.url);
    expect(again.status).toBe(0);
    expect(again.stdout).not.toContain('heruntergeladen');
    expect(mirror.requests).toHaveLength(2);
  });

  // Node's fetch takes HTTP(S)_PROXY with NODE_USE_ENV_PROXY from Node 22.21 on (start.mjs sets it).
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  it.skipIf(major < 22 || (major === 22 && minor < 21))(
    'downloads through the proxy in HTTP_PROXY',
    async () => {
      const zip = fakeElectronZip(version);
      mirror = await startMirror({
        [`v${version}/${zipName}`]: zip,
        [`v${version}/SHASUMS256.txt`]: Buffer.from(`${sha256(zip)} *${zipName}\n`),
      });
      const mirrorPort = Number(new URL(mirror.url).port);
      // A proxy that tunnels every CONNECT to the mirror: the name in ELECTRON_MIRROR resolves nowhere.
      const tunnels: string[] = [];
      const proxy = createHttpServer((_request, response) => response.writeHead(405).end());
      proxy.on('connect', (request, client) => {
        tunnels.push(request.url ?? '');
        const upstream = connect(mirrorPort, '127.0.0.1', () => {
          client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
          upstream.pipe(client).pipe(upstream);
        });
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = proxy.address() as AddressInfo;
        const run = await runStart('http://electron-mirror.invalid/', undefined, {
          HTTP_PROXY: `http://127.0.0.1:${port}`,
        });
        expect(run.status, run.stderr).toBe(0);
        expect(tunnels).toContain('electron-mirror.invalid:80');
        expect(existsSync(path.join(packageDir, 'dist', 'electron'))).toBe(true);
      } finally {
        proxy.closeAllConnections();
        await new Promise((resolve) => proxy.close(resolve));
      }
    },
  );

  it('refuses a download that does not match its checksum, installs nothing and says what to do', async () => {
    const zip = fakeElectronZip(version);
    const damaged = Buffer.from(zip);
    const at = damaged.length - 40;
    damaged.writeUInt8(damaged.readUInt8(at) ^ 0xff, at);
    mirror = await startMirror({
      [`v${version}/${zipName}`]: damaged,
      [`v${version}/SHASUMS256.txt`]: Buffer.from(`${sha256(zip)} *${zipName}\n`),
    });
    const run = await runStart(mirror.url);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Die Desktop-Laufzeit (Electron) konnte nicht geladen werden.');
    expect(run.stderr).toContain('passt nicht zur Prüfsumme des electron-Pakets');
    expect(run.stderr).toContain('does not match the electron package');
    expect(run.stderr).toContain('npm start');
    expect(run.stderr).toContain('npm run serve');
    expect(run.stderr).not.toContain('npm rebuild');
    expect(run.stderr).toContain(`did not match expected checksum`);
    expect(existsSync(path.join(packageDir, 'dist', 'electron'))).toBe(false);
    expect(existsSync(path.join(packageDir, 'path.txt'))).toBe(false);
    expect(filesUnder(cacheDir).some((file) => file.endsWith('.zip'))).toBe(false);
  });

  it('says the download server cannot be reached when the mirror is down', async () => {
    // A port that was just free: nothing listens there any more.
    const gone = await startMirror({});
    await gone.close();
    const run = await runStart(gone.url);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Der Download-Server ist nicht erreichbar');
    expect(run.stderr).toContain('The download server cannot be reached');
    expect(run.stderr).toContain('HTTPS_PROXY=');
    expect(run.stderr).toContain('npm run serve');
    expect(run.stderr).not.toContain('npm rebuild');
    expect(existsSync(path.join(packageDir, 'dist', 'electron'))).toBe(false);
  });

  it('says the mirror lacks the version when it answers 404', async () => {
    mirror = await startMirror({});
    const run = await runStart(mirror.url);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Der Download-Server antwortet mit HTTP 404');
    expect(run.stderr).toContain('ELECTRON_MIRROR=');
  });

  it('does not download over ELECTRON_OVERRIDE_DIST_PATH and says the folder holds no Electron', async () => {
    mirror = await startMirror({});
    const empty = path.join(temp, 'empty');
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      env: { ...process.env, SENDEPLAN_ELECTRON_DIR: packageDir, ELECTRON_OVERRIDE_DIST_PATH: empty },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const status = await new Promise((resolve) => child.on('close', resolve));

    expect(status).toBe(1);
    expect(stderr).toContain('Die Desktop-Laufzeit (Electron) ist nicht installiert.');
    expect(stderr).toContain(`ELECTRON_OVERRIDE_DIST_PATH=${empty} enthält kein Electron`);
    expect(stderr).toContain('the desktop runtime (Electron) is not installed.');
    expect(stderr).toContain('npm run serve');
    expect(stdout).not.toContain('vite build');
    expect(mirror.requests).toEqual([]);
  });
});
