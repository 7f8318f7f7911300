// Command line of `npm run serve` (serveCli.ts). Flags win over the environment (PORT, HOST),
// which wins over the defaults. A port the user chose is taken strictly (busy = error); the
// default port 5180 falls back to a free port, so a second `npm run serve` still starts.

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 5180;

export const USAGE = `Aufruf: npm run serve -- [--port N] [--host H] [--announce] [--root DIR]
  --port N     Port für App und Hub (Standard 5180, sonst PORT; 0 = beliebig)
  --host H     Adresse, an die gebunden wird (Standard 127.0.0.1, sonst HOST;
               0.0.0.0 macht die App im LAN erreichbar)
  --announce   den Hub per mDNS im LAN bekannt machen (nur mit --host außer 127.0.0.1 sinnvoll)
  --root DIR   Verzeichnis der gebauten App (Standard dist/renderer)
  --allow-origin O  eine weitere Web-Adresse, deren Seiten den Hub nutzen dürfen
               (z. B. https://sendeplan.firma.de; mehrfach möglich)`;

export interface ServeArgs {
  host: string;
  port: number;
  /** The port was chosen by the user: fail rather than pick another. */
  strictPort: boolean;
  announce: boolean;
  rootDir: string | undefined;
  /** Origins besides the server's own whose pages may use the hub. */
  allowedOrigins: string[];
  help: boolean;
}

export class ServeArgsError extends Error {}

function parsePort(value: string, source: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65_535) {
    throw new ServeArgsError(`Ungültiger Port ${JSON.stringify(value)} (${source}): erwartet 0–65535.`);
  }
  return Number(value);
}

function parseHost(value: string, source: string): string {
  if (!/^[A-Za-z0-9.:%-]{1,253}$/.test(value)) {
    throw new ServeArgsError(`Ungültige Adresse ${JSON.stringify(value)} (${source}).`);
  }
  return value;
}

function parseOrigin(value: string): string {
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value) return value;
  } catch {
    // worded below
  }
  throw new ServeArgsError(
    `Ungültige Herkunft ${JSON.stringify(value)} für --allow-origin: erwartet z. B. https://sendeplan.firma.de (ohne / am Ende).`,
  );
}

export function parseServeArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ServeArgs {
  const args: ServeArgs = {
    host: DEFAULT_HOST,
    port: DEFAULT_PORT,
    strictPort: false,
    announce: false,
    rootDir: undefined,
    allowedOrigins: [],
    help: false,
  };
  if (env.HOST) args.host = parseHost(env.HOST, 'HOST');
  if (env.PORT) {
    args.port = parsePort(env.PORT, 'PORT');
    args.strictPort = true;
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new ServeArgsError(`${flag} braucht einen Wert.`);
      return next;
    };
    switch (flag) {
      case '--port':
        args.port = parsePort(value(), '--port');
        args.strictPort = true;
        break;
      case '--host':
        args.host = parseHost(value(), '--host');
        break;
      case '--root':
        args.rootDir = value();
        break;
      case '--allow-origin':
        args.allowedOrigins.push(parseOrigin(value()));
        break;
      case '--announce':
      case '--help':
      case '-h':
        if (inline !== undefined) throw new ServeArgsError(`${flag} nimmt keinen Wert.`);
        if (flag === '--announce') args.announce = true;
        else args.help = true;
        break;
      default:
        throw new ServeArgsError(`Unbekannte Option ${JSON.stringify(arg)}.`);
    }
  }
  return args;
}

/** How colleagues reach this server, or how to let them. */
export function reachability(lanUrls: readonly string[], port: number): string {
  if (lanUrls.length === 0) {
    return (
      'Nur auf diesem Rechner erreichbar. Für Kolleg:innen im LAN: npm run serve -- --host 0.0.0.0\n' +
      'Reachable from this machine only. For colleagues on the LAN: npm run serve -- --host 0.0.0.0'
    );
  }
  const urls = lanUrls.map((url) => `  ${url}`).join('\n');
  return (
    `Kolleg:innen im LAN öffnen / colleagues on the LAN open:\n${urls}\n` +
    `Offline starten kann der Browser die App nur über http://localhost:${port} oder HTTPS (siehe README).\n` +
    `A browser starts the app offline only from http://localhost:${port} or HTTPS (see README).`
  );
}
