/*
 * Text surgery on a dependency's source while the renderer is built (y-webrtc without its
 * BroadcastChannel, lib0 with a quicker way to read short strings). Each replacement must match
 * exactly once, or the build fails, so that an update of the dependency is looked at again rather
 * than patched blindly. No replacement adds or removes a line, so the dependency's source map still
 * holds.
 */
import type { Plugin as EsbuildPlugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

export type Replacement = [from: string, to: string];

/** `source` with the replacements made; throws if one does not match exactly once. */
export function applyReplacements(
  source: string,
  replacements: readonly Replacement[],
  what: string,
): string {
  return replacements.reduce((code, [from, to]) => {
    const at = code.indexOf(from);
    if (at < 0 || code.indexOf(from, at + 1) >= 0)
      throw new Error(`${what}: "${from.trim()}" is not in its source exactly once; review the patch`);
    return code.slice(0, at) + to + code.slice(at + from.length);
  }, source);
}

/** The Vite plugin that applies `patch` to the module whose path matches `file`. */
export function sourcePatchPlugin(name: string, file: RegExp, patch: (source: string) => string): Plugin {
  return {
    name,
    enforce: 'pre',
    transform(code, id) {
      if (!file.test(id.split('?')[0]!.replaceAll('\\', '/'))) return null;
      return { code: patch(code), map: null };
    },
  };
}

/** The same for esbuild (the bench's load-only page is built with it). */
export function sourcePatchEsbuild(
  name: string,
  file: RegExp,
  patch: (source: string) => string,
): EsbuildPlugin {
  return {
    name,
    setup(build) {
      build.onLoad({ filter: /\.js$/ }, async ({ path }) => {
        if (!file.test(path.replaceAll('\\', '/'))) return undefined;
        return { contents: patch(await readFile(path, 'utf8')), loader: 'js' };
      });
    },
  };
}
