import { useEffect, useRef, useState } from 'react';
import { moveColumn, readColumns, renameColumn, type Column } from '../../../shared/model';
import { DraftNotice, useDraft } from '../../components/useDraft';
import { useI18n } from '../../i18n';
import { useSession } from '../../sync/useDocValue';
import { DeleteColumnDialog } from './DeleteColumnDialog';

/** A column's title, card count and its actions: rename, move left/right, delete. */
export function ColumnHeader({
  column,
  headingId,
  count,
  isFirst,
  isLast,
}: {
  column: Column;
  headingId: string;
  count: number;
  isFirst: boolean;
  isLast: boolean;
}) {
  const { t } = useI18n();
  const session = useSession();
  const [menuOpen, setMenuOpen] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!menuOpen) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event instanceof MouseEvent && menuRef.current?.contains(event.target as Node)) return;
      setMenuOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [menuOpen]);

  function move(direction: -1 | 1) {
    setMenuOpen(false);
    const columns = readColumns(session.doc);
    const index = columns.findIndex((c) => c.id === column.id);
    const neighbour = columns[index + direction];
    if (neighbour)
      moveColumn(session.doc, column.id, direction < 0 ? { before: neighbour.id } : { after: neighbour.id });
  }

  return (
    <header className="column-header">
      {renaming ? (
        <RenameField
          value={column.title}
          onCommit={(title) => title.trim() && renameColumn(session.doc, column.id, title)}
          onDone={() => setRenaming(false)}
        />
      ) : (
        <h2 id={headingId} onDoubleClick={() => setRenaming(true)}>
          {column.title}
        </h2>
      )}
      <span className="column-count" aria-label={t('board.count', { count })}>
        {count}
      </span>
      <div className="menu-anchor" ref={menuRef}>
        <button
          type="button"
          className="icon-button"
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          aria-label={t('board.columnActions', { column: column.title })}
          onClick={() => setMenuOpen((open) => !open)}
        >
          ⋯
        </button>
        {menuOpen && (
          <div role="menu" className="menu" aria-label={t('board.columnActions', { column: column.title })}>
            <button
              role="menuitem"
              type="button"
              autoFocus
              onClick={() => {
                setMenuOpen(false);
                setRenaming(true);
              }}
            >
              {t('board.renameColumn')}
            </button>
            <button role="menuitem" type="button" disabled={isFirst} onClick={() => move(-1)}>
              {t('board.moveColumnLeft')}
            </button>
            <button role="menuitem" type="button" disabled={isLast} onClick={() => move(1)}>
              {t('board.moveColumnRight')}
            </button>
            <button
              role="menuitem"
              type="button"
              className="danger"
              disabled={isFirst && isLast}
              title={isFirst && isLast ? t('board.lastColumn') : undefined}
              onClick={() => {
                setMenuOpen(false);
                setDeleting(true);
              }}
            >
              {t('board.deleteColumn')}
            </button>
          </div>
        )}
      </div>
      {deleting && <DeleteColumnDialog column={column} count={count} onClose={() => setDeleting(false)} />}
    </header>
  );
}

function RenameField({
  value,
  onCommit,
  onDone,
}: {
  value: string;
  onCommit: (title: string) => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const draft = useDraft({ value, onCommit, onDone });
  return (
    <>
      <input
        {...draft.bind}
        className="column-rename"
        aria-label={t('board.columnTitle')}
        autoFocus
        maxLength={60}
        onFocus={(e) => e.target.select()}
      />
      <DraftNotice draft={draft} field={t('board.columnTitle')} />
    </>
  );
}
