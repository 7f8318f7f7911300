import { useCallback } from 'react';
import {
  applyProcess,
  cardProcessChoice,
  matchFactsOf,
  matchingProcess,
  NO_PROCESS,
  planOfCard,
  readProcesses,
  type Card,
  type ProcessId,
} from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { sameJson } from '../selectors';
import { useIdentity } from '../shell/identity';
import { useWallClock } from '../calendar/useWallClock';
import { StepList } from './StepTable';
import './processes.css';

/**
 * The card panel's process section: which process the card follows (chosen, or the one that
 * matches), and its steps with who, what, why, due and state. Choosing a process on a scheduled
 * card requests its steps at once.
 */
export function CardProcess({ card }: { card: Card }) {
  const { t } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const clock = useWallClock();
  const minute = `${clock.date} ${clock.time}`;
  const view = useDocValue(
    useCallback(
      (s: Session) => {
        const value = s.doc.getMap('cards').get(card.id);
        if (value === undefined) return null;
        const choice = cardProcessChoice(s.doc, card.id);
        const processes = readProcesses(s.doc).map((p) => ({ id: p.id, name: p.name }));
        const matching = matchingProcess(readProcesses(s.doc), matchFactsOf(s.doc, card));
        // The plan says what is late by the wall clock: it is read again when the minute changes.
        const plan = minute ? planOfCard(s.doc, card.id, Date.now()) : null;
        return { choice, processes, matching: matching?.name ?? null, plan };
      },
      [card, minute],
    ),
    sameJson,
  );
  if (!view) return null;
  const choose = (value: string) => {
    applyProcess(session.doc, card.id, { by: me, processId: value as ProcessId | typeof NO_PROCESS });
    session.stopCapturing();
  };
  return (
    <section className="card-process" aria-label={t('card.process')}>
      <label className="field">
        <span>{t('card.processChoice')}</span>
        <select value={view.choice ?? ''} onChange={(e) => choose(e.target.value)}>
          {!view.choice && (
            <option value="">
              {view.matching ? t('card.processAuto', { name: view.matching }) : t('card.processAutoNone')}
            </option>
          )}
          <option value={NO_PROCESS}>{t('card.processNone')}</option>
          {view.processes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {view.plan && !card.slot && view.plan.process.timing === 'workingDays' && (
        <p className="hint">{t('card.processUnscheduled')}</p>
      )}
      {view.plan && view.plan.steps.length > 0 && (
        <StepList plan={view.plan} label={view.plan.process.name} />
      )}
    </section>
  );
}
