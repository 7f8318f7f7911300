import { build } from 'esbuild';
import fc from 'fast-check';
import * as original from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { lib0ShortStringsEsbuild, patchLib0Decoding, SHORT_STRING_BYTES } from './lib0ShortStrings';

// The installed lib0, as the build reads it.
const root = fileURLToPath(new URL('..', import.meta.url));
const source = readFileSync(new URL('../node_modules/lib0/decoding.js', import.meta.url), 'utf8');

/** lib0's decoding module as the build makes it: bundled with the patch, then loaded. */
async function patchedDecoding(): Promise<typeof original> {
  const result = await build({
    stdin: { contents: "export * from 'lib0/decoding'", resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins: [lib0ShortStringsEsbuild()],
  });
  const code = result.outputFiles[0]!.text;
  expect(code).toContain('String.fromCharCode.apply('); // the patch is in the bundle
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const encoded = (write: (encoder: encoding.Encoder) => void) => {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
};

it('the installed lib0 changes in its string reader only, line for line', () => {
  const patched = patchLib0Decoding(source);
  expect(patched).not.toBe(source);
  expect(patched.split('\n').length).toBe(source.split('\n').length);
  const changed = patched.split('\n').filter((line, i) => line !== source.split('\n')[i]);
  expect(changed).toHaveLength(2);
  expect(changed[0]).toMatch(/^export const _readVarStringNative = decoder =>/);
});

it('reads every string as lib0 does: short and long, ASCII, umlauts and emoji, one after another', async () => {
  const patched = await patchedDecoding();
  const strings = fc.array(
    fc.oneof(
      fc.string({ maxLength: SHORT_STRING_BYTES + 8 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom(
        '',
        'title',
        'c-7ufvRCjXBdVj',
        'Geschäftsführung',
        'Müller',
        '🎄 Advent',
        'x'.repeat(32),
      ),
    ),
    { maxLength: 8 },
  );
  fc.assert(
    fc.property(strings, (values) => {
      const bytes = encoded((encoder) => values.forEach((value) => encoding.writeVarString(encoder, value)));
      const mine = patched.createDecoder(bytes);
      const theirs = original.createDecoder(bytes);
      for (const value of values) {
        expect(patched.readVarString(mine)).toBe(value);
        expect(original.readVarString(theirs)).toBe(value);
      }
      expect(mine.pos).toBe(bytes.length);
    }),
    { numRuns: 2_000 },
  );
});

it('bad UTF-8 and a string that runs past the end still throw, as in lib0', async () => {
  const patched = await patchedDecoding();
  const badUtf8 = encoded((encoder) =>
    encoding.writeVarUint8Array(encoder, new Uint8Array([0x61, 0xc3, 0x28])),
  );
  expect(() => original.readVarString(original.createDecoder(badUtf8))).toThrow();
  expect(() => patched.readVarString(patched.createDecoder(badUtf8))).toThrow();
  const cut = encoded((encoder) => encoding.writeVarString(encoder, 'Freigabe')).slice(0, 5);
  expect(() => original.readVarString(original.createDecoder(cut))).toThrow('Unexpected end of array');
  expect(() => patched.readVarString(patched.createDecoder(cut))).toThrow('Unexpected end of array');
});

it('a lib0 whose string reader changed fails the build instead of being patched blindly', () => {
  expect(() =>
    patchLib0Decoding(source.replace('_readVarStringNative = decoder =>', '_read = decoder =>')),
  ).toThrow(
    /lib0: "export const _readVarStringNative = decoder =>[\s\S]*" is not in its source exactly once/,
  );
});
