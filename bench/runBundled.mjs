// Bundles bench/<name>.ts with esbuild into test-results/bench-<name>/ and runs it with the
// repository's root as its argument, then exits with its status. Used by the launchers of the
// benches that run on their own (bench/files.mjs, bench/transfer.mjs).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function runBundled(name) {
  const out = join(root, 'test-results', `bench-${name}`);
  mkdirSync(out, { recursive: true });
  const bundle = join(out, `${name}.mjs`);
  const built = spawnSync(
    join(root, 'node_modules', '.bin', 'esbuild'),
    [
      join(root, 'bench', `${name}.ts`),
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--packages=external',
      `--outfile=${bundle}`,
      '--log-level=warning',
    ],
    { stdio: 'inherit' },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
  const run = spawnSync(process.execPath, [bundle, root], { stdio: 'inherit', cwd: root });
  process.exit(run.status ?? 1);
}
