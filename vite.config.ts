import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { lib0ShortStrings } from './lib-internals/lib0ShortStrings.ts';
import { framedPeers } from './lib-internals/yWebrtcFramedPeers.ts';
import { signalingTimestamps } from './lib-internals/yWebrtcTimestamps.ts';
import { withoutBroadcastChannel } from './lib-internals/yWebrtcWithoutBroadcastChannel.ts';
import { hyphenationScript } from './scripts/hyphenationScript.ts';

/**
 * The renderer ships as one classic script, not as ES modules, because Chromium keeps V8's code
 * cache only for classic scripts: with Chromium 156, a module script was compiled again on every
 * open, while a classic script was read from its cache, with the functions the open had run.
 * Measured in docs/performance.md (also why there is no `//# allFunctionsCalledOnLoad` hint).
 */
function classicScript(): Plugin {
  const moduleScript = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
  return {
    name: 'sendeplan:classic-script',
    // The dev server serves modules as they are (and index.html names main.tsx).
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!moduleScript.test(html)) throw new Error('index.html: the entry script was not found');
        return html.replace(moduleScript, '<script defer src="$1"></script>');
      },
    },
  };
}

/**
 * The service worker that lets browser mode start offline (renderer/features/update/appUpdate.ts
 * registers it): Workbox precaches the whole built app and answers every navigation with
 * index.html. A new build waits for the user ('prompt').
 */
function offlineApp() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2}'],
      // The one script holds the whole app.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/hub/],
      cleanupOutdatedCaches: true,
    },
  });
}

// The renderer is built with relative asset paths so that the same bundle loads from
// app://sendeplan/ in Electron and from http://127.0.0.1:<port>/ in browser mode.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    classicScript(),
    withoutBroadcastChannel(),
    signalingTimestamps(),
    framedPeers(),
    lib0ShortStrings(),
    hyphenationScript(),
    offlineApp(),
  ],
  // The dev server bundles dependencies ahead: y-webrtc and lib0 get the same patches there.
  optimizeDeps: {
    rolldownOptions: {
      plugins: [withoutBroadcastChannel(), signalingTimestamps(), framedPeers(), lib0ShortStrings()],
    },
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // One script and one style sheet: nothing to preload, and no chunk size to warn about.
    modulePreload: false,
    cssCodeSplit: false,
    chunkSizeWarningLimit: 2_000,
    rolldownOptions: {
      // The lazily shown views stay lazily evaluated inside the one script.
      output: { format: 'iife', codeSplitting: false },
      // Vite's preload helper names import.meta.url, which it needs only for chunks: there are none.
      checks: { emptyImportMeta: false },
    },
  },
  test: {
    root: '.',
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'relay/**/*.test.ts',
      'renderer/**/*.test.ts',
      'scripts/**/*.test.ts',
      'lib-internals/**/*.test.ts',
    ],
    // Packaging takes most of a minute on a busy machine: its own suite (vitest.dist.config.ts).
    exclude: ['**/node_modules/**', 'scripts/dist.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
