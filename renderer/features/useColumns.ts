import { useMemo } from 'react';
import type { Column } from '../../shared/model';
import { columnTitle, useI18n } from '../i18n';
import { useDocValue } from '../sync/useDocValue';
import { sameRecords, selectColumns } from './selectors';

/** The board's columns in order, with the titles shown in the UI's language (columnTitle). */
export function useColumns(): Column[] {
  const { t } = useI18n();
  const columns = useDocValue(selectColumns, sameRecords);
  return useMemo(() => columns.map((c) => ({ ...c, title: columnTitle(c, t) })), [columns, t]);
}
