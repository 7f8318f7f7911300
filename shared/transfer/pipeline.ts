/*
 * The steps of an import in order, for the dialog, the tests and the bench: read the file into a
 * table (table.ts), guess the header and the columns' uses (columns.ts), read the rows as drafts
 * (rows.ts). A file none of whose rows could become a card is refused as a whole.
 */
import { guessHeader, guessMapping, type ColumnUse } from './columns';
import { readDrafts, type RowDraft } from './rows';
import { readTable, type Progress, type Table, type TableError, type XlsxReader } from './table';
import type { Cell } from './values';
import { SKIPPING } from './rows';

export type ImportError = TableError | 'noTitleColumn' | 'nothingToImport';

export interface ReadPlan {
  table: Table;
  headerIndex: number;
  header: Cell[];
  uses: ColumnUse[];
}

export async function readPlanFile(
  bytes: Uint8Array,
  readXlsx: XlsxReader,
  progress?: Progress,
): Promise<{ ok: true; plan: ReadPlan } | { ok: false; error: ImportError }> {
  const reading = await readTable(bytes, readXlsx, progress);
  if (!reading.ok) return reading;
  const { rows } = reading.table;
  const headerIndex = guessHeader(rows);
  const header = rows[headerIndex] ?? [];
  return { ok: true, plan: { table: reading.table, headerIndex, header, uses: guessMapping(header) } };
}

/** Why these uses cannot import anything: no column names the posts. */
export function mappingError(uses: readonly ColumnUse[]): ImportError | null {
  return uses.includes('title') || uses.includes('text') ? null : 'noTitleColumn';
}

/** The drafts of a read plan with these uses, or why there is nothing to import. */
export function draftsOf(
  plan: ReadPlan,
  uses: readonly ColumnUse[],
): { ok: true; drafts: RowDraft[] } | { ok: false; error: ImportError } {
  const error = mappingError(uses);
  if (error) return { ok: false, error };
  const drafts = readDrafts(plan.table.rows, plan.headerIndex, uses, plan.table.kind === 'csv');
  if (!drafts.some((d) => !d.problems.some((p) => SKIPPING.has(p.kind))))
    return { ok: false, error: 'nothingToImport' };
  return { ok: true, drafts };
}
