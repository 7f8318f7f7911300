// What `npm start` says when the Electron runtime is missing or could not be fetched: German first,
// then English, each with a command that works in that situation.

const BROWSER_MODE = `  Dieselbe App läuft auch ohne Electron im Browser:
      npm run serve`;
const BROWSER_MODE_EN = `  The same app also runs in the browser, without Electron:
      npm run serve`;

/** Why the runtime is not there and was not fetched: no package, an override, or downloads switched off. */
export function missingMessage(kind) {
  const de = {
    'no-package': `  Das Paket "electron" fehlt in node_modules. Installieren Sie die Abhängigkeiten:
      npm install`,
    override: `  ELECTRON_OVERRIDE_DIST_PATH=${process.env.ELECTRON_OVERRIDE_DIST_PATH} enthält kein Electron.
  Setzen Sie die Variable auf einen Ordner mit Electron, oder lassen Sie sie weg:
  dann lädt npm start Electron selbst herunter.`,
    skip: `  ELECTRON_SKIP_BINARY_DOWNLOAD ist gesetzt, deshalb lädt npm start Electron nicht herunter.
  Ohne die Variable holt npm start das Programm beim nächsten Start (mit Internetzugang):
      env -u ELECTRON_SKIP_BINARY_DOWNLOAD npm start`,
  }[kind];
  const en = {
    'no-package': `  The "electron" package is missing from node_modules. Install the dependencies:
      npm install`,
    override: `  ELECTRON_OVERRIDE_DIST_PATH=${process.env.ELECTRON_OVERRIDE_DIST_PATH} holds no Electron.
  Point it at a folder with Electron, or unset it: npm start then downloads Electron itself.`,
    skip: `  ELECTRON_SKIP_BINARY_DOWNLOAD is set, so npm start does not download Electron.
  Without it, npm start fetches the program on its next run (with internet access):
      env -u ELECTRON_SKIP_BINARY_DOWNLOAD npm start`,
  }[kind];
  return `
Sendeplan: Die Desktop-Laufzeit (Electron) ist nicht installiert.
${de}
${BROWSER_MODE}

Sendeplan: the desktop runtime (Electron) is not installed.
${en}
${BROWSER_MODE_EN}
`;
}

/** Sorts the installer's error output into what the user can do about it. */
export function classifyFailure(stderr) {
  if (/did not match expected checksum|No checksum found/i.test(stderr)) return { kind: 'corrupt' };
  const http = /Response code (\d{3})/.exec(stderr);
  if (http) return { kind: 'http', status: http[1] };
  if (/fetch failed|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|socket hang up/i.test(stderr))
    return { kind: 'unreachable' };
  return { kind: 'other' };
}

/** The installer's own first error line, for people who want the details. */
function firstErrorLine(stderr) {
  const line = stderr.split('\n').find((l) => /error|failed|checksum|response code/i.test(l));
  return (line ?? stderr.split('\n').find((l) => l.trim()) ?? '').trim();
}

const RETRY = `      npm start`;
const MIRROR = `      ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start`;
const PROXY = `      HTTPS_PROXY=http://proxy.example:3128 npm start`;

/** The message after the package's installer failed, from what it printed. */
export function failureMessage(stderr) {
  const failure = classifyFailure(stderr);
  const detail = firstErrorLine(stderr);
  const de = {
    corrupt: `  Die heruntergeladene Datei passt nicht zur Prüfsumme des electron-Pakets: sie ist
  beschädigt oder nicht die erwartete. Sie wurde verworfen, nichts wurde installiert.
  Noch einmal versuchen:
${RETRY}`,
    http: `  Der Download-Server antwortet mit HTTP ${failure.status}: er hat diese Electron-Version nicht
  (bei ELECTRON_MIRROR: stimmt die Adresse, und führt der Mirror diese Version?).
  Mit einem anderen Mirror:
${MIRROR}`,
    unreachable: `  Der Download-Server ist nicht erreichbar (kein Internet, Firewall oder Proxy?).
  Mit Internetzugang noch einmal versuchen:
${RETRY}
  Hinter einem Proxy, oder über einen Mirror:
${PROXY}
${MIRROR}`,
    other: `  Noch einmal versuchen:
${RETRY}`,
  }[failure.kind];
  const en = {
    corrupt: `  The downloaded file does not match the electron package's checksum: it is damaged or not
  the expected one. It was discarded; nothing was installed. Try again:
${RETRY}`,
    http: `  The download server answers HTTP ${failure.status}: it does not have this Electron version
  (with ELECTRON_MIRROR: is the address right, and does the mirror carry this version?).
  With another mirror:
${MIRROR}`,
    unreachable: `  The download server cannot be reached (no internet, firewall or proxy?).
  With internet access, try again:
${RETRY}
  Behind a proxy, or through a mirror:
${PROXY}
${MIRROR}`,
    other: `  Try again:
${RETRY}`,
  }[failure.kind];
  return `
Sendeplan: Die Desktop-Laufzeit (Electron) konnte nicht geladen werden.
${de}
${BROWSER_MODE}

Sendeplan: the desktop runtime (Electron) could not be downloaded.
${en}
${BROWSER_MODE_EN}

  (${detail})
`;
}
