// `npm start`: makes sure the Electron runtime is there, builds the app and opens it in Electron.
// `npm start -- <args>` passes args to Electron.
//
// The `electron` package holds no binary and (as of Electron 45) has no install script that
// would download one: its `install-electron` bin (install.js, built on @electron/get) fetches the
// zip for this platform, checks it against the checksums the package ships, keeps it in the
// Electron cache and unpacks it into node_modules/electron/dist. When the executable is missing we
// run exactly that installer, so everything it honours applies: ELECTRON_MIRROR,
// ELECTRON_CUSTOM_DIR and ELECTRON_CUSTOM_FILENAME, electron_config_cache,
// electron_use_remote_checksums (for mirrors with their own builds), force_no_cache. Proxies
// (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) are honoured by Node's fetch when NODE_USE_ENV_PROXY is set
// (Node 22.21 and later), which we do for the installer when a proxy is set.
//
// We never call require('electron') before the binary is in place: that require would start the
// same download on its own, without our progress or our message when it fails.
//
// For tests: SENDEPLAN_ELECTRON_DIR names another copy of the electron package, and
// SENDEPLAN_START_NO_LAUNCH=1 stops once the runtime is in place (no build, no window).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { failureMessage, missingMessage } from './startMessages.mjs';

const require = createRequire(import.meta.url);
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function electronPackageDir() {
  if (process.env.SENDEPLAN_ELECTRON_DIR) return path.resolve(process.env.SENDEPLAN_ELECTRON_DIR);
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The executable's name inside dist/, as the package's installer writes it to path.txt. */
function platformExecutable() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

/** The Electron executable the package would run, or null when it is not there (the package's lookup). */
function installedElectron(packageDir) {
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const expected = override
    ? path.join(override, executable || 'electron')
    : executable && path.join(packageDir, 'dist', executable);
  return expected && existsSync(expected) ? expected : null;
}

/** Megabytes the German way: 12,3 MB. */
function megabytes(bytes) {
  return `${(bytes / 1_000_000).toLocaleString('de-DE', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
}

/** The size of the zip being downloaded into the installer's private temp folder, or 0. */
function downloadedBytes(tempRoot) {
  let total = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.zip')) total += statSync(full).size;
    }
  };
  try {
    walk(tempRoot);
  } catch {
    // The installer removes its temp folders as it goes; a vanished folder is no error.
  }
  return total;
}

/** Runs the electron package's own installer; resolves with its exit code and what it printed to stderr. */
function runInstaller(packageDir, version) {
  const mirror = process.env.ELECTRON_MIRROR || process.env.npm_config_electron_mirror;
  console.log(
    `Sendeplan: Electron ${version} wird einmalig heruntergeladen (etwa 110 MB)` +
      `${mirror ? ` von ${mirror}` : ''} …\n` +
      `           downloading Electron ${version} once (about 110 MB) …`,
  );
  // A temp folder of our own, so that we can watch the download grow there.
  const tempRoot = mkdtempSync(path.join(tmpdir(), 'sendeplan-electron-'));
  const proxy = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((k) => process.env[k]);
  const child = spawn(process.execPath, [path.join(packageDir, 'install.js')], {
    cwd: packageDir,
    env: {
      ...process.env,
      TMPDIR: tempRoot,
      TMP: tempRoot,
      TEMP: tempRoot,
      // Our own progress line replaces @electron/get's bar, which shows only after 30 s.
      ELECTRON_GET_NO_PROGRESS: '1',
      ...(proxy ? { NODE_USE_ENV_PROXY: '1' } : {}),
    },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));

  // On a terminal one line that counts up; in a log a line per 10 MB.
  const tty = process.stdout.isTTY;
  let shown = 0;
  let logged = 0;
  const progress = setInterval(() => {
    const bytes = downloadedBytes(tempRoot);
    if (bytes === shown || bytes === 0) return;
    shown = bytes;
    const line = `  ${megabytes(bytes)} geladen / downloaded`;
    if (tty) process.stdout.write(`\r${line}   `);
    else if (logged === 0 || bytes - logged >= 10_000_000) {
      logged = bytes;
      console.log(line);
    }
  }, 250);

  return new Promise((resolve) => {
    const finish = (status) => {
      clearInterval(progress);
      if (tty && shown) process.stdout.write('\n');
      rmSync(tempRoot, { recursive: true, force: true });
      resolve({ status, stderr });
    };
    child.on('error', (error) => finish(`${error.message}`));
    child.on('exit', (code, signal) => finish(code ?? signal));
  });
}

async function ensureElectron() {
  const packageDir = electronPackageDir();
  if (packageDir === null) return { error: missingMessage('no-package') };
  const found = installedElectron(packageDir);
  if (found) return { path: found };
  // Someone pointed the runtime elsewhere, or asked for no download: downloading into dist/ would
  // not help, or go against what they asked for.
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return { error: missingMessage('override') };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { error: missingMessage('skip') };

  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const { status, stderr } = await runInstaller(packageDir, version);
  const installed = installedElectron(packageDir);
  if (status === 0 && installed) {
    console.log(`Sendeplan: Electron ${version} ist installiert / installed: ${installed}`);
    return { path: installed };
  }
  const expected = path.join(packageDir, 'dist', platformExecutable());
  return { error: failureMessage(stderr || `exit ${status}; ${expected} fehlt / missing`) };
}

const electron = await ensureElectron();
if (electron.error) {
  console.error(electron.error);
  process.exit(1);
}
if (process.env.SENDEPLAN_START_NO_LAUNCH === '1') process.exit(0);

// Run npm the way it ran us (npm_execpath), which also works on Windows where npm is a .cmd.
const npmCli = process.env.npm_execpath;
const build = npmCli
  ? spawnSync(process.execPath, [npmCli, 'run', 'build'], { cwd: projectRoot, stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build'], {
      cwd: projectRoot,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
if (build.status !== 0) {
  console.error('Sendeplan: der Build ist fehlgeschlagen / the build failed.');
  process.exit(build.status ?? 1);
}

// npm passes what follows `npm start --` as our own arguments.
const child = spawn(electron.path, [projectRoot, ...process.argv.slice(2)], {
  cwd: projectRoot,
  stdio: 'inherit',
});
child.on('error', (error) => {
  console.error('Sendeplan: Electron konnte nicht starten / Electron could not start:', error.message);
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
