// `npm run relay`: builds the relay (relay/ and what it imports, one file) and runs it on this Node
// (22 or newer, the project's engine; `. scripts/node22.sh` provides it) with the arguments given, e.g. `npm run relay -- --host 0.0.0.0 --data /var/lib/sendeplan/relay.sqlite`.
import { spawn } from 'node:child_process';
import { buildRelay } from './build-relay.mjs';

await buildRelay();
const child = spawn(
  process.execPath,
  ['--disable-warning=ExperimentalWarning', 'dist/relay/cli.js', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
