// A second app server with its own hub, for tests whose peers must not all meet on one hub.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface AppServer {
  url: string;
  hub: string;
  stop(): void;
}

/**
 * Starts the built serve CLI on loopback with a free port (as tests/e2e/run.mjs does for the main
 * one). Pages of `allowOrigins` may use its hub too (a hub refuses other sites' pages otherwise).
 */
export function startAppServer(allowOrigins: readonly string[] = []): Promise<AppServer> {
  const entry = resolve(process.env.SENDEPLAN_SERVE_ENTRY ?? 'dist/electron/serve.js');
  const allow = allowOrigins.flatMap((origin) => ['--allow-origin', origin]);
  const server = spawn(process.execPath, [entry, '--host', '127.0.0.1', '--port', '0', ...allow], {
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
      resolveStarted({ url: match[1]!, hub: match[2]!, stop: () => server.kill() });
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
  });
}
