// Bundles the relay (relay/cli.ts with the hub and shared modules it imports) into
// dist/relay/cli.js for Node 22; dependencies stay external, resolved from node_modules.
//
// Each output file is written beside its place and renamed into it: test files and e2e workers
// build in parallel, and a relay starting meanwhile must read the old file or the new one whole,
// never one half written (it exited at once, with nothing said, when it did).
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function buildRelay() {
  const result = await build({
    entryPoints: ['relay/cli.ts'],
    outfile: 'dist/relay/cli.js',
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    write: false,
  });
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const partial = `${file.path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(partial, file.contents);
    renameSync(partial, file.path);
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildRelay();
