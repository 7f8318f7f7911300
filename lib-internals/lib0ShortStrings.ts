/*
 * lib0's string reader with a quicker way for short ASCII strings, applied to lib0's source when
 * the renderer (and the bench's load-only page) is built (lib-internals/sourcePatch.ts).
 *
 * Yjs reads every key, id, date and short value of an update with lib0's `readVarString`, which
 * hands each one to a TextDecoder: a call into the browser for a string of a few bytes, several
 * hundred thousand times when a 10,000-card workspace is opened. Now a string of up to 32 bytes
 * that are all ASCII is made in JS, in one piece (`String.fromCharCode` of all its bytes: adding
 * one character at a time leaves V8 a chain of string pieces, 9 MB more heap for 10,000 cards);
 * every other string goes to the same TextDecoder as before (which throws on bad UTF-8), so what is
 * read does not change. The gain is in docs/performance.md ("What the app does to meet them").
 */
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';
import { applyReplacements, sourcePatchEsbuild, sourcePatchPlugin } from './sourcePatch.ts';

const LIB0_DECODING = /\/node_modules\/lib0\/decoding\.js$/;

/** Strings up to this many bytes are read in JS when they are ASCII. */
export const SHORT_STRING_BYTES = 32;

const NATIVE =
  'export const _readVarStringNative = decoder =>\n' +
  '  /** @type any */ (string.utf8TextDecoder).decode(readVarUint8Array(decoder))';

// Two lines, as the original: the lines after it keep their numbers.
const SHORT_FIRST =
  'export const _readVarStringNative = decoder => { const len = readVarUint(decoder); const arr = decoder.arr; const start = decoder.pos; if (start + len > arr.length) throw errorUnexpectedEndOfArray; decoder.pos = start + len\n' +
  `  if (len <= ${SHORT_STRING_BYTES}) { let i = start; while (i < start + len && arr[i] < 128) i++; if (i === start + len) return String.fromCharCode.apply(null, /** @type any */ (arr.subarray(start, i))) } return /** @type any */ (string.utf8TextDecoder).decode(subarray(arr, start, len)) }`;

/** lib0's decoding.js with the short-string reader; throws if lib0's source changed there. */
export function patchLib0Decoding(source: string): string {
  return applyReplacements(source, [[NATIVE, SHORT_FIRST]], 'lib0');
}

/** The Vite plugin that applies `patchLib0Decoding` to lib0's decoding module. */
export function lib0ShortStrings(): Plugin {
  return sourcePatchPlugin('sendeplan:lib0-short-strings', LIB0_DECODING, patchLib0Decoding);
}

/** The same for esbuild. */
export function lib0ShortStringsEsbuild(): EsbuildPlugin {
  return sourcePatchEsbuild('sendeplan:lib0-short-strings', LIB0_DECODING, patchLib0Decoding);
}
