// The calendar's export as a sheet: the posts the dialog chose (period and filter), as CSV for
// German Excel or as XLSX, with the headers in the user's language (shared/transfer/exportRows.ts).
import { exportNames, type Card } from '../../../shared/model';
import { planCsv, planRows, planSheet, type ExportHeaders } from '../../../shared/transfer/exportRows';
import { xlsxBytes } from '../../../shared/transfer/xlsxWriter';
import type { Translate } from '../../i18n';
import type { Session } from '../../sync/session';

export const SHEET_FORMATS = ['xlsx', 'csv'] as const;
export type SheetFormat = (typeof SHEET_FORMATS)[number];

const headersOf = (t: Translate): ExportHeaders => ({
  id: t('export.header.id'),
  date: t('export.header.date'),
  time: t('export.header.time'),
  channel: t('export.header.channel'),
  title: t('export.header.title'),
  text: t('export.header.text'),
  owner: t('export.header.owner'),
  status: t('export.header.status'),
  hashtags: t('export.header.hashtags'),
  tags: t('export.header.tags'),
  campaign: t('export.header.campaign'),
  format: t('post.format'),
  link: t('post.link'),
  cta: t('export.header.cta'),
  audience: t('export.header.audience'),
  cmNote: t('export.header.cmNote'),
  kpi: t('export.header.kpi'),
  brief: t('export.header.brief'),
});

export async function sheetFile(
  session: Session,
  posts: readonly Card[],
  format: SheetFormat,
  t: Translate,
): Promise<{ content: string | Uint8Array; type: string; filter: { name: string; extensions: string[] } }> {
  const rows = planRows(posts, exportNames(session.doc));
  if (format === 'csv') {
    return {
      content: planCsv(rows, headersOf(t)),
      type: 'text/csv;charset=utf-8',
      filter: { name: t('export.fileType.csv'), extensions: ['csv'] },
    };
  }
  return {
    content: await xlsxBytes(planSheet(rows, headersOf(t)), t('export.sheetName')),
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filter: { name: t('export.fileType.xlsx'), extensions: ['xlsx'] },
  };
}
