// A second app server with its own hub, for tests whose peers must not all meet on one hub.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface AppServer {
  url: string;
  hub: string;
  /** Everything the server printed so far. */
  output(): string;
  /** Stops the server; resolves when the process has exited (its port is free again). */
  stop(): Promise<void>;
}

export interface AppServerOptions {
  /** Default 127.0.0.1; 0.0.0.0 only inside the harness namespace. */
  host?: string;
  /** Default 0 (a free one); a test that restarts its server passes the port it had. */
  port?: number;
  /** Another built renderer (serve's --root). */
  root?: string;
  /** Pages of these origins may use its hub too (a hub refuses other sites' pages otherwise). */
  allowOrigins?: readonly string[];
}

/** Starts the built serve CLI, by default on loopback with a free port (as tests/e2e/run.mjs does). */
export function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  const entry = resolve(process.env.SENDEPLAN_SERVE_ENTRY ?? 'dist/electron/serve.js');
  const args = ['--host', options.host ?? '127.0.0.1', '--port', String(options.port ?? 0)];
  if (options.root) args.push('--root', options.root);
  for (const origin of options.allowOrigins ?? []) args.push('--allow-origin', origin);
  const server = spawn(process.execPath, [entry, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveStarted, reject) => {
    let seen = '';
    const timer = setTimeout(() => {
      server.kill();
      reject(new Error(`the second server printed no "läuft auf" line:\n${seen}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /läuft auf (https?:\/\/\S+) \(Hub: (wss?:\/\/\S+)\)/.exec(seen);
      if (!match) return;
      clearTimeout(timer);
      const exited = new Promise<void>((done) => server.once('exit', () => done()));
      resolveStarted({
        url: match[1]!,
        hub: match[2]!,
        output: () => seen,
        stop: () => {
          if (server.exitCode === null && server.signalCode === null) server.kill();
          return exited;
        },
      });
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
  });
}
