// `npm run test:dist`: packaging with electron-builder (scripts/dist.test.ts), apart from the unit
// suite because it builds the whole app and packs it. scripts/test-all.mjs runs it as its own suite.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['scripts/dist.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 300_000,
  },
});
