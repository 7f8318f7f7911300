import { useState } from 'react';
import { cardsInColumn, deleteColumn, readColumns, type Column, type ColumnId } from '../../../shared/model';
import { ConfirmDialog } from '../../components/Dialog';
import { columnTitle, useI18n } from '../../i18n';
import { useSession } from '../../sync/useDocValue';

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
  const others = readColumns(session.doc)
    .filter((c) => c.id !== column.id)
    .map((c) => ({ ...c, title: columnTitle(c, t) }));
  const cardCount = cardsInColumn(session.doc, column.id, true).length;
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
