// Bundles the relay (relay/cli.ts with the hub and shared modules it imports) into
// dist/relay/cli.js for Node 22; dependencies stay external, resolved from node_modules.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

export function buildRelay() {
  return build({
    entryPoints: ['relay/cli.ts'],
    outfile: 'dist/relay/cli.js',
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildRelay();
