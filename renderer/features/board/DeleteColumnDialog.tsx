import { useCallback, useState } from 'react';
import { cardsInColumn, deleteColumn, type Column, type ColumnId } from '../../../shared/model';
import { ConfirmDialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { useColumns } from '../useColumns';

/** Deleting a column asks where its cards go (default: the first other column); no card is lost. */
export function DeleteColumnDialog({
  column,
  onClose,
}: {
  column: Column;
  count: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const session = useSession();
  // Through the bridge: a colleague who adds a column or moves a card meanwhile is seen here.
  const others = useColumns().filter((c) => c.id !== column.id);
  const cardCount = useDocValue(
    useCallback((s: Session) => cardsInColumn(s.doc, column.id, true).length, [column.id]),
  );
  const [target, setTarget] = useState<ColumnId | undefined>(others[0]?.id);
  return (
    <ConfirmDialog
      title={t('board.deleteColumnTitle', { column: column.title })}
      confirmLabel={t('board.deleteColumnConfirm')}
      disabled={!target}
      onConfirm={() => {
        if (target) deleteColumn(session.doc, column.id, target);
        session.stopCapturing();
      }}
      onClose={onClose}
    >
      {others.length === 0 ? (
        <p>{t('board.lastColumn')}</p>
      ) : cardCount === 0 ? (
        <p>{t('board.deleteColumnEmpty')}</p>
      ) : (
        <label className="field">
          <span>{t('board.deleteColumnCards', { count: cardCount })}</span>
          <select value={target} onChange={(e) => setTarget(e.target.value as ColumnId)}>
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
      )}
    </ConfirmDialog>
  );
}
