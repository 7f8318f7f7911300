#!/usr/bin/env node
// `npm run bench:transfer`: bundles bench/transfer.ts with esbuild and runs it (see there).
// Needs the built app (`npm run build`) for its browser figures.
import { runBundled } from './runBundled.mjs';

runBundled('transfer');
