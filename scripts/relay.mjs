// `npm run relay`: builds the relay (relay/ and what it imports, one file) and runs it on Node 22
// with the arguments given, e.g. `npm run relay -- --host 0.0.0.0 --data /var/lib/sendeplan/relay.sqlite`.
import { spawn } from 'node:child_process';
import { buildRelay } from './build-relay.mjs';
import { node22 } from './node22.mjs';

await buildRelay();
const child = spawn(
  node22(),
  ['--disable-warning=ExperimentalWarning', 'dist/relay/cli.js', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
