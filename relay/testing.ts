// Test helpers: a real relay process (built, run on this Node, 22 like the whole project) and Node
// devices that connect to it with @hocuspocus/provider, as the app does.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { buildRelay } from '../scripts/build-relay.mjs';
import { relayToken } from '../shared/relayToken';

let built: Promise<unknown> | null = null;

export interface RelayProcess {
  url: string;
  port: number;
  child: ChildProcess;
  output: string[];
  /** Ends the process: SIGTERM (a clean stop) or SIGKILL; resolves when it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export const tempDatabase = (): string =>
  join(mkdtempSync(join(tmpdir(), 'sendeplan-relay-')), 'relay.sqlite');

/** Runs `npm run relay`'s program on this Node with these arguments and waits for its start line. */
export async function startRelayProcess(args: string[]): Promise<RelayProcess> {
  built ??= buildRelay();
  await built;
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', 'dist/relay/cli.js', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  // A test or bench that ends early does not leave its relay behind.
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      process.off('exit', orphaned);
      resolve();
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`relay did not start:\n${output.join('')}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /läuft auf (ws:\/\/[^\s]+)/.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`relay exited (${code}):\n${output.join('')}`)));
  });
  return {
    url,
    port: Number(new URL(url).port),
    child,
    output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Runs an admin command of the relay (delete, allow, list) and resolves with its output. */
export async function relayCommand(args: string[]): Promise<string> {
  const relay = await startRelayProcess(args).catch((error: Error) => error);
  // Admin commands exit without a start line: their output is in the error's message.
  return relay instanceof Error ? relay.message : (await relay.stop(), relay.output.join(''));
}

export interface Device {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Why the relay refused this device, if it did. */
  refused: string | null;
  destroy(): void;
}

/** A device with its own Y.Doc on the relay, proving the invite with the token of `secret`. */
export async function connectDevice(
  url: string,
  room: string,
  secret: string,
  options: { token?: string; doc?: Y.Doc } = {},
): Promise<Device> {
  const doc = options.doc ?? new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 200,
    minDelay: 100,
    maxDelay: 1000,
  });
  const device: Device = {
    doc,
    refused: null,
    provider: null as unknown as HocuspocusProvider,
    destroy: () => {
      device.provider.destroy();
      socket.destroy();
    },
  };
  device.provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token: options.token ?? (await relayToken(room, secret)),
    onAuthenticationFailed: ({ reason }) => (device.refused = reason),
    onClose: ({ event }) => {
      if (event.reason === 'deleted') device.refused = 'deleted';
    },
  });
  device.provider.attach();
  return device;
}

/** Resolves once `check` holds, polling; rejects with `what` after `ms`. */
export async function until(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
