import { useState, type FormEvent } from 'react';
import { addCard, type Column } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useSession } from '../../sync/useDocValue';
import { useIdentity } from '../shell/identity';

/** "+ Karte hinzufügen" at the foot of a column; Enter creates and keeps the field open for the next idea. */
export function AddCard({ column }: { column: Column }) {
  const { t } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return;
    addCard(session.doc, { title, columnId: column.id, createdBy: me, ownerId: me });
    session.stopCapturing();
    setTitle('');
  }

  if (!open) {
    return (
      <button
        type="button"
        className="add-card"
        onClick={() => setOpen(true)}
        aria-label={t('board.addCardTo', { column: column.title })}
      >
        + {t('board.addCard')}
      </button>
    );
  }
  return (
    <form className="add-card-form" onSubmit={submit}>
      <textarea
        aria-label={t('board.newCardTitle')}
        value={title}
        autoFocus
        rows={2}
        maxLength={300}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) submit(e);
          if (e.key === 'Escape') setOpen(false);
        }}
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
  );
}
