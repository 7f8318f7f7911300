/*
 * The messages of both languages: the same keys in each, no key defined by two sources (a later
 * spread would win silently), and no key that no code uses. A key is used when the renderer's code
 * names it as a string, or builds it from a prefix (`t(\`kind.${kind}\`)` uses every `kind.*`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';

const RENDERER = join(import.meta.dirname, '..');
const FEATURES = readdirSync(join(RENDERER, 'features')).filter((name) =>
  existsSync(join(RENDERER, 'features', name, 'messages.ts')),
);

function code(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return code(path);
    const source = /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name);
    return source && !/messages\.ts$|i18n[/\\](de|en)\.ts$/.test(path) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('messages', () => {
  it('has the same keys in German and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it.each(['de', 'en'] as const)('defines each %s key in one source only', async (locale) => {
    // Every feature's messages.ts (exporting `<feature>De` and `<feature>En`), then the keys written
    // in i18n/de.ts or en.ts itself after the features' spreads.
    const sources: { [name: string]: string[] } = {};
    for (const feature of FEATURES) {
      const module = (await import(`../features/${feature}/messages.ts`)) as { [name: string]: object };
      const messages = module[`${feature}${locale === 'de' ? 'De' : 'En'}`];
      expect(messages, `features/${feature}/messages.ts exports ${feature}De and ${feature}En`).toBeDefined();
      sources[`features/${feature}`] = Object.keys(messages!);
    }
    const own = readFileSync(join(import.meta.dirname, `${locale}.ts`), 'utf8');
    sources[`i18n/${locale}.ts`] = [...own.matchAll(/^ {2}'([\w.]+)':/gm)].map((m) => m[1]!);
    const seen = new Map<string, string>();
    for (const [source, keys] of Object.entries(sources))
      for (const key of keys) {
        expect(seen.get(key), `${key} is defined in ${seen.get(key)} and again in ${source}`).toBeUndefined();
        seen.set(key, source);
      }
    // Each feature's messages are merged into the locale.
    expect([...seen.keys()].sort()).toEqual(Object.keys(locale === 'de' ? de : en).sort());
  });

  it('uses every key', () => {
    const sources = code(RENDERER).join('\n');
    const prefixes = [...sources.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1]!);
    const unused = Object.keys(de).filter(
      (key) => !sources.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });
});
