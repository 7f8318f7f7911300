// The path of a Node >= 22 binary for the relay (Hocuspocus 4 needs it): this Node's own when it is
// new enough, otherwise the registry's `node@22` package through npm exec (cached after the first
// time), or SENDEPLAN_NODE22. Once the whole project runs on Node 22 the first branch is always taken.
import { execFileSync } from 'node:child_process';

export function node22() {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  // Resolved ahead where npm cannot reach the registry (the e2e harness's network namespace).
  if (process.env.SENDEPLAN_NODE22) return process.env.SENDEPLAN_NODE22;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const output = execFileSync(
    npm,
    ['exec', '--yes', '--package=node@22', '--', 'node', '-p', 'process.execPath'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return output.trim().split('\n').at(-1);
}
