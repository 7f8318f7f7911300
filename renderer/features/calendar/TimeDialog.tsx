import { useState } from 'react';
import { isTime, longDayLabel, type CardId, type Slot } from '../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';
import { useSession } from '../../sync/useDocValue';
import { useProcessActions } from '../processes/processActions';
import { useSlotCheck } from './useSlotCheck';

/**
 * After a card was dropped on a day rather than on a slot, its time is a suggestion: this asks
 * for the real one. "Abbrechen" (and Escape) takes the drop back. A drop into the past or into
 * the hour the clocks skip asks here too, and only a time that can be taken is applied.
 */
export function TimeDialog({
  cardId,
  title,
  slot,
  onClose,
  onCancel,
}: {
  cardId: CardId;
  title: string;
  slot: Slot;
  onClose: () => void;
  /** Takes the drop back. */
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const session = useSession();
  const [time, setTime] = useState(slot.time);
  const check = useSlotCheck();
  const { reschedule } = useProcessActions();
  const problem = isTime(time) ? check({ date: slot.date, time }) : null;
  const refused = problem?.kind === 'nonexistent';
  const apply = () => {
    if (refused) return;
    if (isTime(time) && time !== slot.time) {
      reschedule(cardId, { time });
      session.stopCapturing();
    }
    onClose();
  };
  return (
    <Dialog
      title={t('calendar.timeTitle', { title })}
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('dialog.cancel')}
          </button>
          <button
            type="submit"
            form="slot-time-form"
            className="button primary"
            disabled={!isTime(time) || refused}
          >
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
        {problem && (
          <p className="form-error" role="alert">
            {problem.message}
          </p>
        )}
      </form>
    </Dialog>
  );
}
