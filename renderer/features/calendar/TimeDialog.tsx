import { useState } from 'react';
import { isTime, longDayLabel, rescheduleCard, type CardId, type Slot } from '../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';
import { useSession } from '../../sync/useDocValue';

/**
 * After a card was dropped on a day rather than on a slot, its time is a suggestion: this asks
 * for the real one. Closing keeps the suggestion.
 */
export function TimeDialog({
  cardId,
  title,
  slot,
  onClose,
}: {
  cardId: CardId;
  title: string;
  slot: Slot;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const session = useSession();
  const [time, setTime] = useState(slot.time);
  const apply = () => {
    if (isTime(time) && time !== slot.time) {
      rescheduleCard(session.doc, cardId, { time });
      session.stopCapturing();
    }
    onClose();
  };
  return (
    <Dialog
      title={t('calendar.timeTitle', { title })}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" form="slot-time-form" className="button primary" disabled={!isTime(time)}>
            {t('calendar.apply')}
          </button>
        </>
      }
    >
      <form
        id="slot-time-form"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <p>{t('calendar.timeText', { day: longDayLabel(slot.date, locale) })}</p>
        <label className="field">
          <span>{t('slot.time')}</span>
          <input type="time" value={time} required autoFocus onChange={(e) => setTime(e.target.value)} />
        </label>
      </form>
    </Dialog>
  );
}
