import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagesOutsideDesktop, RUNTIME } from './desktopPackages.mjs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as unknown;
const builderConfig = readFileSync('electron-builder.yml', 'utf8');

describe('the packaged desktop app', () => {
  it('leaves out exactly the production packages its main process does not load', () => {
    const excluded = [...builderConfig.matchAll(/^ {2}- '!node_modules\/(.+)\{,\/\*\*\}'$/gm)].map(
      (m) => m[1],
    );
    expect(excluded).toEqual(packagesOutsideDesktop(lock));
  });

  it('keeps what the main process loads, and the renderer and relay libraries are among the rest', () => {
    const outside = packagesOutsideDesktop(lock);
    for (const name of RUNTIME) expect(outside).not.toContain(name);
    for (const name of ['react', 'yjs', '@hocuspocus/server']) expect(outside).toContain(name);
  });
});
