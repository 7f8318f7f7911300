/*
 * `npm run relay` (scripts/relay.mjs builds this and runs it on Node 22):
 *
 *   relay [--host 127.0.0.1] [--port 5190] [--data sendeplan-relay.sqlite]
 *         [--redis redis://host:6379] [--invite-only]      start the relay
 *         [--files dir] [--max-file-mb 200] [--max-workspace-mb 10240]   attachments' bytes
 *   relay delete <room id or invite> [--data …]           delete a workspace (and its files) for good
 *   relay allow <invite> [--data …]                       admit a workspace (for --invite-only)
 *   relay list [--data …]                                 the workspaces the relay knows
 */
import { parseArgs } from 'node:util';
import { decodeInvite } from '../shared/invite';
import { relayToken, relayTokenHash } from '../shared/relayToken';
import { filesDirectoryOf, removeWorkspaceFiles, type FileLimits } from './files';
import { startRelay } from './relay';
import { RelayStore } from './store';

const USAGE = `Sendeplan-Relay
  npm run relay -- [--host 127.0.0.1] [--port 5190] [--data sendeplan-relay.sqlite] [--redis redis://host:6379] [--invite-only]
                   [--max-message-bytes 33554432] [--max-connections-per-ip 64]
                   [--files <Verzeichnis>]          Dateien der Karten (Standard: <data ohne Endung>-files neben der Datenbank)
                   [--max-file-mb 200]              größte Datei
                   [--max-workspace-mb 10240]       alle Dateien eines Arbeitsbereichs zusammen
                   [--upload-idle-seconds 30]       ein Upload ohne neue Bytes so lange: abgebrochen
                   [--upload-expiry-seconds 86400]  ein unfertiger Upload, so lange nicht fortgesetzt: gelöscht
  npm run relay -- delete <Raum-ID oder Einladung> [--data …] [--files …]   (löscht auch die Dateien)
  npm run relay -- allow <Einladung> [--data …]
  npm run relay -- list [--data …]`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

/** The room id of an invite string or of a bare room id. */
function roomOf(text: string): string {
  const decoded = decodeInvite(text);
  if (decoded.ok) return decoded.invite.room;
  if (/^[A-Za-z0-9_-]{16,64}$/.test(text)) return text;
  return fail(`Keine Raum-ID und keine gültige Einladung: ${text}`);
}

/** A positive number of `unit`s from a command-line value, or undefined when the option is absent. */
function amount(name: string, text: string | undefined, unit: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) fail(`--${name}: ${text}`);
  return Math.round(value * unit);
}

function fileLimits(values: Record<string, string | boolean | undefined>): Partial<FileLimits> {
  const option = (name: string) => values[name] as string | undefined;
  const limits: Partial<FileLimits> = {
    maxFileBytes: amount('max-file-mb', option('max-file-mb'), 1024 * 1024),
    maxWorkspaceBytes: amount('max-workspace-mb', option('max-workspace-mb'), 1024 * 1024),
    idleTimeoutMs: amount('upload-idle-seconds', option('upload-idle-seconds'), 1000),
    uploadExpiryMs: amount('upload-expiry-seconds', option('upload-expiry-seconds'), 1000),
  };
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined));
}

function redisOption(url: string | undefined) {
  if (!url) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:') fail(`--redis erwartet redis://host:port, nicht ${url}`);
  return { host: parsed.hostname, port: Number(parsed.port || 6379) };
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '5190' },
      data: { type: 'string', default: 'sendeplan-relay.sqlite' },
      redis: { type: 'string' },
      'invite-only': { type: 'boolean', default: false },
      'store-debounce': { type: 'string' },
      'max-message-bytes': { type: 'string' },
      'max-connections-per-ip': { type: 'string' },
      files: { type: 'string' },
      'max-file-mb': { type: 'string' },
      'max-workspace-mb': { type: 'string' },
      'upload-idle-seconds': { type: 'string' },
      'upload-expiry-seconds': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const filesDirectory = values.files ?? filesDirectoryOf(values.data);
  const [command, argument] = positionals;
  if (command === 'delete' || command === 'allow' || command === 'list') {
    const store = new RelayStore(values.data);
    try {
      if (command === 'list') return store.names().forEach((name) => console.log(name));
      if (!argument) fail(`${command}: was?`);
      if (command === 'delete') {
        const room = roomOf(argument);
        store.delete(room);
        removeWorkspaceFiles(filesDirectory, room);
        return console.log(
          `Arbeitsbereich ${room} auf dem Relay gelöscht, mit seinen Dateien. Geräte, die ihn haben, werden abgewiesen.`,
        );
      }
      const decoded = decodeInvite(argument);
      if (!decoded.ok) fail('allow erwartet eine Einladung (sendeplan1.…)');
      const { room, secret } = decoded.invite;
      if (store.isDeleted(room)) fail(`Arbeitsbereich ${room} wurde gelöscht und bleibt es.`);
      store.registerToken(room, await relayTokenHash(await relayToken(room, secret)));
      return console.log(`Arbeitsbereich ${room} zugelassen.`);
    } finally {
      store.close();
    }
  }
  if (command !== undefined) fail(`Unbekannter Befehl: ${command}`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port: ${values.port}`);
  const relay = await startRelay({
    host: values.host,
    port,
    database: values.data,
    redis: redisOption(values.redis),
    inviteOnly: values['invite-only'],
    files: filesDirectory,
    fileLimits: fileLimits(values),
    storeDebounceMs: values['store-debounce'] ? Number(values['store-debounce']) : undefined,
    limits: {
      ...(values['max-message-bytes'] ? { maxMessageBytes: Number(values['max-message-bytes']) } : {}),
      ...(values['max-connections-per-ip']
        ? { maxConnectionsPerIp: Number(values['max-connections-per-ip']) }
        : {}),
    },
    log: (line) => console.log(line),
  });
  console.log(
    `Sendeplan-Relay läuft auf ${relay.url} (Hub: ${relay.hubUrl}, Daten: ${values.data}, Dateien: ${filesDirectory})`,
  );
  const stop = () => void relay.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
