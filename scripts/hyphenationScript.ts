/*
 * The German hyphenation patterns (package `hyphen`, about 0.7 MB) as a script of their own, loaded
 * when the calendar first shows a title, so that they are not part of the app's one classic script
 * (vite.config.ts: one IIFE without chunks, for V8's code cache) that every open parses.
 *
 * `virtual:hyphenation-de` exports `loadHyphenation(): Promise<hyphenateSync>`. In a build, the
 * plugin bundles `hyphen/de` with esbuild into `assets/hyphen-de-<hash>.js`, a classic script that
 * sets one global, and the module loads it with a <script> element (the app's CSP allows scripts
 * of its own origin; the service worker precaches it with the other .js files). The dev server and
 * vitest import `hyphen/de` directly.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const ID = 'virtual:hyphenation-de';
const RESOLVED = `\0${ID}`;
const GLOBAL = 'sendeplanHyphenationDe';

const LOAD_SCRIPT = `function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => (window[${JSON.stringify(GLOBAL)}] ? resolve(window[${JSON.stringify(GLOBAL)}]) : reject(new Error(src + ' set nothing')));
    script.onerror = () => reject(new Error('could not load ' + src));
    document.head.append(script);
  });
}`;

/** The patterns' script: its content and the file name it is emitted under. */
export async function hyphenationBundle(): Promise<{ fileName: string; code: string }> {
  const result = await build({
    stdin: {
      contents: `export { hyphenateSync } from 'hyphen/de';`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]!.text;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 8);
  return { fileName: `assets/hyphen-de-${hash}.js`, code };
}

export function hyphenationScript(): Plugin {
  let serve = true;
  return {
    name: 'sendeplan:hyphenation-script',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      if (serve)
        return `export const loadHyphenation = () => import('hyphen/de').then((m) => m.hyphenateSync);`;
      const { fileName, code } = await hyphenationBundle();
      this.emitFile({ type: 'asset', fileName, source: code });
      return `${LOAD_SCRIPT}\nexport const loadHyphenation = () => loadScript(${JSON.stringify(fileName)}).then((m) => m.hyphenateSync);`;
    },
  };
}
