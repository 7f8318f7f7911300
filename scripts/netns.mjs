// The project's own network namespace for tests and benchmarks that run real WebRTC between
// Chromium processes (tests/e2e/README.md): `unshare -n`, then loopback plus a veth pair, with nothing
// routed out of the namespace. Used by tests/e2e/run.mjs and bench/run.mjs.
import { spawnSync } from 'node:child_process';

function canRun(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

/** Why no namespace can be made here, or null when one can. `optOut` names an env var that forbids it. */
export function whyNoNetns(optOut) {
  if (process.env[optOut] === '1') return `${optOut}=1`;
  if (process.platform !== 'linux') return 'not Linux';
  if (process.getuid?.() !== 0) return 'not root';
  if (!canRun('unshare', ['--version'])) return 'unshare (util-linux) is missing';
  if (!canRun('ip', ['-V'])) return 'ip (iproute2) is missing';
  if (!canRun('unshare', ['-n', 'true'])) return '`unshare -n` is not permitted here';
  return null;
}

/** Inside the new namespace: loopback plus veth0 10.99.0.1/24 <-> veth1 10.99.0.2/24, default via veth0. */
export function setUpNamespace() {
  const steps = [
    'link set lo up',
    'link add veth0 type veth peer name veth1',
    'addr add 10.99.0.1/24 dev veth0',
    'addr add 10.99.0.2/24 dev veth1',
    'link set veth0 up',
    'link set veth1 up',
    'route add default dev veth0',
  ];
  for (const step of steps) {
    const result = spawnSync('ip', step.split(' '), { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`ip ${step} failed: ${(result.stderr || String(result.error)).trim()}`);
    }
  }
}
