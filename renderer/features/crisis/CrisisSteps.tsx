import { useCallback } from 'react';
import { crisisCard, planOfCard, type CardId, type Meeting } from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue } from '../../sync/useDocValue';
import { useWallClock } from '../calendar/useWallClock';
import { StepTable } from '../processes/StepTable';
import { sameJson } from '../selectors';

/** The crisis process's steps in the crisis log: who does what by when, and where each stands. */
export function CrisisSteps({ crisis, onOpenCard }: { crisis: Meeting; onOpenCard: (id: CardId) => void }) {
  const { t } = useI18n();
  const clock = useWallClock();
  const minute = `${clock.date} ${clock.time}`;
  const view = useDocValue(
    useCallback(
      (s: Session) => {
        const cardId = crisisCard(s.doc, crisis);
        // Late steps are found by the wall clock: read again when the minute changes.
        const plan = cardId && minute ? planOfCard(s.doc, cardId, Date.now()) : null;
        return cardId && plan ? { cardId, plan } : null;
      },
      [crisis, minute],
    ),
    sameJson,
  );
  if (!view) return <p className="hint">{t('crisis.noSteps')}</p>;
  return (
    <section className="crisis-steps" aria-label={t('crisis.steps', { name: view.plan.process.name })}>
      <div className="crisis-steps-head">
        <h3>{t('crisis.steps', { name: view.plan.process.name })}</h3>
        <button type="button" className="button small" onClick={() => onOpenCard(view.cardId)}>
          {t('crisis.openCard')}
        </button>
      </div>
      <StepTable plan={view.plan} caption={view.plan.process.name} hideCaption />
    </section>
  );
}
