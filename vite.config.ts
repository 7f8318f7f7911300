import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The renderer is built with relative asset paths so that the same bundle loads from
// app://sendeplan/ in Electron and from http://127.0.0.1:<port>/ in browser mode.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  test: {
    root: '.',
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
  },
});
