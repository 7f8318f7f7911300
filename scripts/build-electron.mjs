// Bundles the Node side with esbuild: the Electron main process (ESM), the sandboxed preload (one
// CommonJS file, as sandboxed preloads require) and the `serve` command for browser mode.
// Dependencies stay external and are resolved from node_modules at run time.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/electron/main.js',
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: ['electron/hub/serveCli.ts'],
    outfile: 'dist/electron/serve.js',
    format: 'esm',
    packages: 'external',
  }),
]);
