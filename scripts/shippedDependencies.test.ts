// Every library the renderer ships is a production dependency: an audit of what ships (`npm audit
// --omit=dev`, a licence report, the packaged app's node_modules) reads `dependencies` only.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** The code that ends up in the renderer's bundle: the renderer, the shared model, patched libraries. */
const SHIPPED = ['renderer', 'shared', 'lib-internals'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'testing' || entry.name === 'fixtures' ? [] : sources(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) && !/\.test\.|\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Packages a file imports at run time (not `import type`), by package name. */
export function importedPackages(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/^\s*import\s+(?!type\b)[^;]*?\bfrom\s+'([^'.][^']*)'/gm),
    ...source.matchAll(/^\s*import\s+'([^'.][^']*)'/gm),
    ...source.matchAll(/\bimport\('([^'.][^']*)'\)/g),
  ].map((m) => m[1]!);
  return specifiers
    .filter((s) => !s.startsWith('node:') && !s.startsWith('virtual:'))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
}

it('finds run-time imports and skips type-only ones', () => {
  const source = [
    "import { a } from 'yjs';",
    "import type { B } from 'react';",
    "import * as c from '@dnd-kit/core/dist/x';",
    "import './styles.css';",
    "const d = import('y-webrtc');",
    "import { e } from 'node:fs';",
  ].join('\n');
  expect(importedPackages(source)).toEqual(['yjs', '@dnd-kit/core', 'y-webrtc']);
});

it('lists every library the renderer and the shared model import under dependencies', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const missing = new Set<string>();
  let found = 0;
  for (const file of SHIPPED.flatMap(sources)) {
    for (const name of importedPackages(readFileSync(file, 'utf8'))) {
      found++;
      if (!manifest.dependencies?.[name]) missing.add(`${name} (${file})`);
    }
  }
  expect(found).toBeGreaterThan(20);
  expect([...missing]).toEqual([]);
});
