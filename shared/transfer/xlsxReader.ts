// Reads the first sheet of an XLSX file with read-excel-file (see docs/import-export.md for why this
// reader). Its universal build runs anywhere: in the page, in Node for the tests and the bench.
import { readSheet } from 'read-excel-file/universal';
import type { XlsxReader } from './table';
import type { Cell } from './values';

export const readXlsxRows: XlsxReader = async (bytes) => {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const rows = await readSheet(buffer);
  return rows.map((row) => row.map((cell) => (cell === undefined ? null : (cell as unknown as Cell))));
};
