// `npm start`: builds the app and opens it in Electron. `npm start -- <args>` passes args to Electron.
//
// The Electron binary comes from outside the package registry (the `electron` package downloads it
// in its install script). Where that did not happen, offline or with ELECTRON_SKIP_BINARY_DOWNLOAD,
// we say so in plain words before building anything, and point to `npm run serve`.
//
// We check before calling require('electron'): when the binary is missing, that require would try
// to download it on the spot (and hang or fail noisily offline). The check follows the package's
// own lookup (node_modules/electron/path.txt names the executable inside dist/, or
// ELECTRON_OVERRIDE_DIST_PATH replaces dist/).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The path of the Electron executable, or null when it is not installed. */
function findElectron() {
  let packageDir;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const expected = override
    ? path.join(override, executable || 'electron')
    : executable && path.join(packageDir, 'dist', executable);
  if (!expected || !existsSync(expected)) return null;
  try {
    const electronPath = require('electron');
    return typeof electronPath === 'string' && existsSync(electronPath) ? electronPath : null;
  } catch {
    return null;
  }
}

const MISSING_ELECTRON = `
Sendeplan: Die Desktop-Laufzeit (Electron) ist nicht installiert.
  Das passiert, wenn die Abhängigkeiten ohne Internet oder mit ELECTRON_SKIP_BINARY_DOWNLOAD=1
  installiert wurden: npm hat dann nur das Paket "electron", nicht aber das Programm geladen.
  So holen Sie es nach (mit Internetzugang):
      npm rebuild electron
  oder installieren Sie die Abhängigkeiten neu: rm -rf node_modules && npm install
  Dieselbe App läuft auch ohne Electron im Browser:
      npm run serve

Sendeplan: the desktop runtime (Electron) is not installed.
  This happens when dependencies were installed offline or with ELECTRON_SKIP_BINARY_DOWNLOAD=1:
  npm then fetched the "electron" package but not the program itself.
  To get it (with internet access):
      npm rebuild electron
  or reinstall the dependencies: rm -rf node_modules && npm install
  The same app also runs in the browser, without Electron:
      npm run serve
`;

const electronPath = findElectron();
if (electronPath === null) {
  console.error(MISSING_ELECTRON);
  process.exit(1);
}

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
const child = spawn(electronPath, [projectRoot, ...process.argv.slice(2)], {
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
