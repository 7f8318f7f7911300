// Writes the plan's sheet (exportRows.ts) as an XLSX file with write-excel-file, the writing
// sibling of the reader (docs/import-export.md says why these two).
import writeXlsxFile, { type Cell } from 'write-excel-file/universal';
import type { SheetCell } from './exportRows';

export async function xlsxBytes(
  sheet: readonly SheetCell[][],
  sheetName = 'Redaktionsplan',
): Promise<Uint8Array> {
  const data: Cell[][] = sheet.map((row, index) =>
    row.map((cell): Cell => {
      if (!cell) return null;
      if (cell.type === 'date') return { value: cell.value, type: Date, format: 'dd.mm.yyyy' };
      return { value: cell.value, type: String, ...(index === 0 ? { fontWeight: 'bold' as const } : {}) };
    }),
  );
  const blob = await writeXlsxFile(data, { sheet: sheetName }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
