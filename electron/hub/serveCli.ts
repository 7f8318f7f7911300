// `npm run serve`: the built renderer plus a hub on one port, for colleagues who use a browser.
// Bundled by scripts/build-electron.mjs to dist/electron/serve.js. Prints one line with the URL
// on stdout; hub and discovery messages go to stderr. Ctrl+C (SIGINT) or SIGTERM closes cleanly.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MissingBuildError, startServer } from './serve';
import { DEFAULT_PORT, parseServeArgs, reachability, ServeArgsError, USAGE } from './serveArgs';

/** dist/renderer next to the bundle (dist/electron/serve.js), else below the working directory. */
async function defaultRoot(): Promise<string> {
  const candidates = [
    fileURLToPath(new URL('../renderer', import.meta.url)),
    path.resolve('dist', 'renderer'),
  ];
  for (const candidate of candidates) {
    try {
      await access(path.join(candidate, 'index.html'));
      return candidate;
    } catch {
      // try the next one
    }
  }
  return path.resolve('dist', 'renderer');
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseServeArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof ServeArgsError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }

  let running;
  try {
    running = await startServer({
      rootDir: args.rootDir ?? (await defaultRoot()),
      allowedOrigins: args.allowedOrigins,
      host: args.host,
      port: args.port,
      strictPort: args.strictPort,
      announce: args.announce,
      log: (line) => console.error(line),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof MissingBuildError) console.error(error.message);
    else if (code === 'EADDRINUSE')
      console.error(`Port ${args.port} ist belegt. Anderen Port mit --port N wählen.`);
    else if (code === 'EADDRNOTAVAIL')
      console.error(`Adresse ${args.host} gibt es auf diesem Rechner nicht.`);
    else if (code === 'EACCES') console.error(`Keine Berechtigung für Port ${args.port} auf ${args.host}.`);
    else console.error(`Start fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }

  const note = running.portFallback ? `; Port ${DEFAULT_PORT} war belegt` : '';
  console.log(`Sendeplan läuft auf ${running.url} (Hub: ${running.hubUrl}${note})`);
  console.log(reachability(running.lanUrls, running.port));

  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(130); // second Ctrl+C: do not wait
    stopping = true;
    setTimeout(() => process.exit(1), 3000).unref();
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
