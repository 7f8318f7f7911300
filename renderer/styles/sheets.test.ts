// The stylesheets' house rules: the base sheet (renderer/styles/base.css) holds the theme and the
// pieces several features share; each feature's sheet lies beside its components and is imported
// only by them. A property is set for a selector in one place only: a second definition in another
// block (of any sheet) wins or loses by load order, which is how a rule silently stops applying.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, test);
    return test(entry.name) ? [path] : [];
  });
}

interface Rule {
  /** The enclosing at-rules, e.g. `@media print`. */
  context: string;
  selector: string;
  properties: string[];
}

/** Rules of a sheet: a brace scanner, enough for our sheets (no braces inside strings). */
export function rulesOf(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  const stack: string[] = [];
  let buffer = '';
  for (const char of text) {
    if (char === '{') {
      stack.push(buffer.trim().replace(/\s+/g, ' '));
      buffer = '';
    } else if (char === '}') {
      const head = stack.pop();
      const body = buffer.trim();
      buffer = '';
      if (head === undefined || head.startsWith('@') || body === '') continue;
      const properties = body
        .split(';')
        .map((declaration) => declaration.split(':')[0]!.trim())
        .filter((property) => property !== '');
      rules.push({ context: stack.join(' '), selector: head, properties });
    } else {
      buffer += char;
    }
  }
  return rules;
}

/**
 * Properties set for one selector in two places. Within one sheet a selector may take a shared
 * value from a group (`.a, .b { … }`) and override it in its own block below; across sheets, or
 * twice on its own, it is set twice.
 */
export function setTwice(sheets: { name: string; css: string }[]): string[] {
  const seen = new Map<string, { name: string; where: string; grouped: boolean }>();
  const twice: string[] = [];
  for (const { name, css } of sheets) {
    rulesOf(css).forEach((rule, index) => {
      const where = `${name} #${index + 1}`;
      const selectors = rule.selector.split(',').map((s) => s.trim());
      const grouped = selectors.length > 1;
      for (const selector of selectors) {
        for (const property of new Set(rule.properties)) {
          const key = `${rule.context} | ${selector} | ${property}`;
          const first = seen.get(key);
          if (first === undefined) seen.set(key, { name, where, grouped });
          else if (first.name !== name || (!first.grouped && !grouped)) {
            twice.push(`${key}: ${first.where} and ${where}`);
          }
        }
      }
    });
  }
  return twice;
}

const sheets = filesUnder(root, (name) => name.endsWith('.css'));
const base = join(root, 'styles', 'base.css');

describe('stylesheets', () => {
  it('set each property of a selector in one block only, across all sheets', () => {
    expect(
      setTwice(sheets.map((sheet) => ({ name: relative(root, sheet), css: readFileSync(sheet, 'utf8') }))),
    ).toEqual([]);
  });

  it('are imported only beside them: a feature never imports another feature’s sheet', () => {
    const sources = filesUnder(root, (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name));
    const foreign: string[] = [];
    const imported = new Set<string>();
    for (const source of sources) {
      for (const match of readFileSync(source, 'utf8').matchAll(/^import '([^']+\.css)';$/gm)) {
        const sheet = resolve(dirname(source), match[1]!);
        imported.add(sheet);
        const allowed =
          sheet === base ? source === join(root, 'main.tsx') : dirname(sheet) === dirname(source);
        if (!allowed) foreign.push(`${relative(root, source)} imports ${match[1]}`);
      }
    }
    expect(foreign).toEqual([]);
    // And every sheet is loaded by something.
    expect(sheets.filter((sheet) => !imported.has(sheet)).map((sheet) => relative(root, sheet))).toEqual([]);
  });

  it('finds a property set twice (the check can fail)', () => {
    const hidden = '.visually-hidden { position: absolute; width: 1px }';
    expect(
      setTwice([
        { name: 'a.css', css: hidden },
        { name: 'b.css', css: hidden },
      ]),
    ).toEqual([
      ' | .visually-hidden | position: a.css #1 and b.css #1',
      ' | .visually-hidden | width: a.css #1 and b.css #1',
    ]);
    expect(setTwice([{ name: 'a.css', css: '.chip, .tag { color: red } .chip { color: blue }' }])).toEqual(
      [],
    );
    expect(setTwice([{ name: 'a.css', css: '.chip { color: red } .chip { color: blue }' }])).toHaveLength(1);
    expect(
      setTwice([{ name: 'a.css', css: '.chip { color: red } @media print { .chip { color: blue } }' }]),
    ).toEqual([]);
    const rules = rulesOf(
      '.a { color: red; }\n@media print { .a { color: blue; } }\n.a, .b { color: green }',
    );
    expect(rules.map((r) => [r.context, r.selector, r.properties])).toEqual([
      ['', '.a', ['color']],
      ['@media print', '.a', ['color']],
      ['', '.a, .b', ['color']],
    ]);
  });
});
