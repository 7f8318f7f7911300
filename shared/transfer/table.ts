/*
 * A file the user chose, read into a table of cells: CSV with papaparse (semicolon, comma or tab,
 * UTF-8 with or without BOM, else Windows-1252 as German Excel writes "CSV (Trennzeichen-getrennt)"),
 * XLSX with read-excel-file (the caller passes its reader, so that the browser can read in a worker).
 * The kind is found from the bytes, not the name: a CSV named .xlsx is still read.
 *
 * Every way a file can be wrong ends in a TableError the dialog words for the user; nothing of a
 * refused file reaches a workspace.
 */
import Papa from 'papaparse';
import type { Cell } from './values';

/** Larger files are refused before they are read: a plan of 10,000 rows is a few MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Rows a plan may have; more is refused (the 10^5-row sheet) rather than freezing the app. */
export const MAX_ROWS = 10_000;
export const MAX_COLUMNS = 200;

export type TableError =
  'empty' | 'tooLarge' | 'tooManyRows' | 'tooManyColumns' | 'binary' | 'oldExcel' | 'damaged' | 'noRows';

export interface Table {
  kind: 'csv' | 'xlsx';
  /** Every row of the sheet or file, the header among them (see guessHeader). */
  rows: Cell[][];
  /** How the text of a CSV was decoded. */
  encoding?: 'utf-8' | 'windows-1252';
}

export type TableReading = { ok: true; table: Table } | { ok: false; error: TableError };

/** Reads an XLSX file's first sheet into rows of cells (read-excel-file's readSheet). */
export type XlsxReader = (bytes: Uint8Array) => Promise<Cell[][]>;

/** Called now and then while reading, with the share done (0..1). Awaited: the page can draw. */
export type Progress = (done: number) => Promise<void> | void;

const fail = (error: TableError): TableReading => ({ ok: false, error });

/** A cell that holds something (a cell of spaces does not). */
export const isFilled = (cell: Cell) => cell !== null && !(typeof cell === 'string' && cell.trim() === '');

export function fileKind(bytes: Uint8Array): 'zip' | 'ole' | 'text' | 'binary' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  // Text has no NUL bytes (UTF-16 files have, and are not what Excel writes as CSV).
  const head = bytes.subarray(0, 8192);
  return head.includes(0) ? 'binary' : 'text';
}

export async function readTable(
  bytes: Uint8Array,
  readXlsx: XlsxReader,
  progress: Progress = () => {},
): Promise<TableReading> {
  if (bytes.length === 0) return fail('empty');
  if (bytes.length > MAX_FILE_BYTES) return fail('tooLarge');
  const kind = fileKind(bytes);
  if (kind === 'ole') return fail('oldExcel');
  if (kind === 'binary') return fail('binary');
  let rows: Cell[][];
  let encoding: Table['encoding'];
  if (kind === 'zip') {
    try {
      rows = await readXlsx(bytes);
    } catch {
      return fail('damaged');
    }
  } else {
    const text = decodeText(bytes);
    encoding = text.encoding;
    const parsed = await parseCsv(text.text, progress);
    if (!parsed) return fail('tooManyRows');
    rows = parsed;
  }
  // Empty rows stay (a row's number is the line the user sees in Excel); the drafts skip them.
  const filled = rows.filter((row) => row.some(isFilled)).length;
  if (filled === 0) return fail('empty');
  if (filled > MAX_ROWS + 1) return fail('tooManyRows');
  if (rows.some((row) => row.length > MAX_COLUMNS)) return fail('tooManyColumns');
  if (filled < 2) return fail('noRows');
  await progress(1);
  return { ok: true, table: { kind: kind === 'zip' ? 'xlsx' : 'csv', rows, encoding } };
}

/** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Some engines (Node before 23) decode the label windows-1252 as ISO-8859-1, which has control
    // characters where Windows-1252 has – „ “ € …: those bytes are mapped here whatever the engine did.
    const text = new TextDecoder('windows-1252').decode(bytes);
    return {
      text: text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c),
      encoding: 'windows-1252',
    };
  }
}

/** Windows-1252's characters for the bytes 0x80 to 0x9F (the five it leaves undefined stay as they are). */
const CP1252_HIGH = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'];

/** Characters parsed between two yields to the page. */
const CHUNK_CHARS = 256 * 1024;

/**
 * Parses CSV text in chunks, yielding to the page between them (papaparse pause/resume).
 * Null when there are more rows than MAX_ROWS allows.
 */
function parseCsv(text: string, progress: Progress): Promise<Cell[][] | null> {
  return new Promise((resolve, reject) => {
    const rows: Cell[][] = [];
    let tooMany = false;
    Papa.parse<string[]>(text, {
      delimitersToGuess: [';', ',', '\t', '|'],
      chunkSize: CHUNK_CHARS,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        for (const row of results.data) rows.push(row);
        if (rows.length > MAX_ROWS + 1) {
          tooMany = true;
          parser.abort();
          return;
        }
        parser.pause();
        void Promise.resolve(progress(Math.min(0.99, (results.meta.cursor ?? 0) / text.length)))
          .then(() => new Promise((next) => setTimeout(next, 0)))
          .then(() => parser.resume(), reject);
      },
      complete: () => resolve(tooMany ? null : rows),
      error: (error: Error) => reject(error),
    });
  });
}
