import { useState, type FormEvent } from 'react';
import { addColumn } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useSession } from '../../sync/useDocValue';

export function AddColumn() {
  const { t } = useI18n();
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return;
    addColumn(session.doc, title);
    session.stopCapturing();
    setTitle('');
    setOpen(false);
  }

  return (
    <div className="add-column">
      {open ? (
        <form onSubmit={submit} className="add-column-form">
          <input
            aria-label={t('board.newColumnTitle')}
            value={title}
            autoFocus
            maxLength={60}
            onChange={(e) => setTitle(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
          />
          <div className="row">
            <button type="submit" className="button primary small" disabled={!title.trim()}>
              {t('board.create')}
            </button>
            <button type="button" className="button small" onClick={() => setOpen(false)}>
              {t('board.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="add-column-button" onClick={() => setOpen(true)}>
          + {t('board.addColumn')}
        </button>
      )}
    </div>
  );
}
