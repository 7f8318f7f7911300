import { useEffect } from 'react';
import { cardsWithReadySteps, CARD_FIELDS, openReadySteps, type CardId } from '../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { useFirstPaintDone } from '../shell/firstPaint';
import { onChangesOf } from '../selectors';
import { dismissLate, dismissUnschedule, useProcessActions, usePending } from './processActions';
import { useStepLabels } from './labels';
import './processes.css';

/** The origin of opening steps that became ready by sync: not the user's, so undo leaves it alone. */
const OPEN_ORIGIN = Symbol.for('sendeplan.processes.open');

/** Every part a card's plan reads: the card, its process, its requests, the people and channels. */
export const PLAN_PARTS = [
  'cards',
  ...CARD_FIELDS.filter((f) => f !== 'body').map((f) => `cards.${f}` as const),
  'processes',
  'requests',
  'people',
  'channels',
  'meta',
] as const;

export const selectReadyCards = onChangesOf(PLAN_PARTS, (s: Session) => cardsWithReadySteps(s.doc).join(','));
const selectNothing = () => '';

/**
 * What processes keep doing in an open workspace: open the steps that became ready when
 * deliveries and approvals met by sync (every device may; the requests' fixed ids keep it once),
 * and show the notices of scheduling (too late, open requests when unscheduling).
 */
export function ProcessesService() {
  const session = useSession();
  const painted = useFirstPaintDone();
  const ready = useDocValue(painted ? selectReadyCards : selectNothing);
  useEffect(() => {
    if (!ready) return;
    session.doc.transact(() => {
      for (const id of ready.split(',')) openReadySteps(session.doc, id as CardId);
    }, OPEN_ORIGIN);
  }, [session, ready]);
  return <UnscheduleDialog />;
}

/**
 * "Zu spät geplant", said at once after a post was scheduled so soon that steps of its process had
 * no time left: a band under the header (not a modal, so the plan can be worked on beside it).
 */
export function LateNotice() {
  const { t } = useI18n();
  const { late } = usePending();
  const labels = useStepLabels();
  if (!late) return null;
  return (
    <section className="late-notice" aria-labelledby="late-notice-title">
      <div>
        <h2 id="late-notice-title">{t('late.title')}</h2>
        <p>{t('late.lead', { title: late.title })}</p>
        <ul className="late-steps">
          {late.steps.map((step) => (
            <li key={step.step.id} role="alert">
              {labels.late(step, true)}
            </li>
          ))}
        </ul>
        <p className="hint">{t('late.hint')}</p>
      </div>
      <button type="button" className="button small" onClick={dismissLate}>
        {t('late.ok')}
      </button>
    </section>
  );
}

function UnscheduleDialog() {
  const { t } = useI18n();
  const { unschedule } = usePending();
  const { finishUnschedule } = useProcessActions();
  if (!unschedule) return null;
  return (
    <Dialog
      title={t('unschedule.title', { title: unschedule.title })}
      onClose={dismissUnschedule}
      actions={
        <>
          <button type="button" className="button" onClick={dismissUnschedule}>
            {t('unschedule.cancel')}
          </button>
          <button type="button" className="button" onClick={() => finishUnschedule(unschedule.cardId, false)}>
            {t('unschedule.keep')}
          </button>
          <button
            type="button"
            className="button danger"
            onClick={() => finishUnschedule(unschedule.cardId, true)}
          >
            {t('unschedule.withdraw')}
          </button>
        </>
      }
    >
      <p>{t('unschedule.text', { count: unschedule.open })}</p>
    </Dialog>
  );
}
