import { useCallback, useState } from 'react';
import {
  cardProcessChoice,
  planOfCard,
  readCards,
  readProcesses,
  removeProcess,
  type CardId,
  type CardPlan,
  type Process,
  type ProcessId,
} from '../../../shared/model';
import { ConfirmDialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { useWallClock } from '../calendar/useWallClock';
import { selectCampaigns } from '../campaigns/selectors';
import { formatDay } from '../requests/format';
import { onChangesOf, sameJson, sameRecords, selectPeople } from '../selectors';
import { useStepLabels } from './labels';
import { ProcessEditor } from './ProcessEditor';
import { ProcessTimeline } from './ProcessTimeline';
import { StepTable } from './StepTable';
import './processes.css';

export const selectProcesses = onChangesOf(['processes'], (s: Session) => readProcesses(s.doc));

interface FollowingCard {
  id: CardId;
  title: string;
  slot: string | null;
  plan: CardPlan;
}

/**
 * "Abläufe": one screen per process. The list of the team's processes; the chosen one as a
 * timeline from its first step to the publishing date, its steps with who, what, why and when, and
 * the cards that follow it with where each step stands. Printable for a new colleague.
 */
export function ProcessesView({ onOpenCard }: { onOpenCard: (id: CardId) => void }) {
  const { t, locale } = useI18n();
  const session = useSession();
  const processes = useDocValue(selectProcesses, sameJson);
  const people = useDocValue(selectPeople, sameRecords);
  const labels = useStepLabels();
  const clock = useWallClock();
  const minute = `${clock.date} ${clock.time}`;
  const [chosen, setChosen] = useState<ProcessId | null>(null);
  const [editing, setEditing] = useState<Process | 'new' | null>(null);
  const [removing, setRemoving] = useState<Process | null>(null);
  const process = processes.find((p) => p.id === chosen) ?? processes[0] ?? null;
  const processId = process?.id ?? null;
  const following = useDocValue(
    useCallback(
      (s: Session): FollowingCard[] => {
        if (!processId || !minute) return [];
        return readCards(s.doc)
          .filter((c) => !c.archived && cardProcessChoice(s.doc, c.id) === processId)
          .flatMap((c) => {
            const plan = planOfCard(s.doc, c.id, Date.now());
            return plan ? [{ id: c.id, title: c.title, slot: c.slot?.date ?? null, plan }] : [];
          })
          .sort((a, b) => (a.slot ?? '9999').localeCompare(b.slot ?? '9999'));
      },
      [processId, minute],
    ),
    sameJson,
  );
  const campaigns = useDocValue(selectCampaigns, sameJson);
  const conditions = (p: Process) => {
    if (p.unknownMatch) return t('processes.unknownMatch');
    const parts = [
      ...(p.match.field ?? []).map((f) => t(`field.${f}`)),
      ...(p.match.channelKind ?? []).map((k) => t(`kind.${k}`)),
      ...(p.match.format ?? []).map((f) => t(`post.format.${f}`)),
      ...(p.match.campaign ?? []).map((id) => campaigns.find((c) => c.id === id)?.name ?? '?'),
    ];
    return parts.length > 0
      ? t('processes.appliesWhen', { conditions: parts.join(', ') })
      : t('processes.byHand');
  };
  return (
    <div className="processes-view">
      <nav className="process-list" aria-label={t('processes.list')}>
        <h2>{t('processes.title')}</h2>
        <p className="hint">{t('processes.lead')}</p>
        {processes.length === 0 && <p className="hint">{t('processes.none')}</p>}
        <ul>
          {processes.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="process-link"
                aria-current={p.id === process?.id ? 'page' : undefined}
                onClick={() => setChosen(p.id)}
              >
                {p.name}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('processes.new')}
        </button>
      </nav>
      {process && (
        <article className="process-page" aria-labelledby="process-title">
          <header className="process-header">
            <div>
              <h2 id="process-title">{process.name}</h2>
              <p>
                {conditions(process)} · {t(`processes.${process.approvals}`)}
              </p>
              {process.problems.length > 0 && (
                <p className="form-error">
                  {t('processes.damaged', { fields: process.problems.join(', ') })}
                </p>
              )}
            </div>
            <div className="process-actions">
              <button type="button" className="button" onClick={() => setEditing(process)}>
                {t('processes.edit')}
              </button>
              <button type="button" className="button" onClick={() => window.print()}>
                {t('processes.print')}
              </button>
              <button type="button" className="button danger" onClick={() => setRemoving(process)}>
                {t('processes.remove')}
              </button>
            </div>
          </header>
          <ProcessTimeline process={process} people={people} />
          <table className="step-table definition">
            <thead>
              <tr>
                <th scope="col">{t('step.what')}</th>
                <th scope="col">{t('step.who')}</th>
                <th scope="col">{t('step.why')}</th>
                <th scope="col">{t('step.due')}</th>
              </tr>
            </thead>
            <tbody>
              {process.steps.map((step) => {
                const w = step.who;
                return (
                  <tr key={step.id}>
                    <th scope="row">{labels.name(step)}</th>
                    <td>
                      {'person' in w
                        ? (people.find((p) => p.id === w.person)?.name ?? '—')
                        : t('step.role', {
                            role: labels.role(w.role),
                            names:
                              people
                                .filter((p) => p.role === w.role)
                                .map((p) => p.name)
                                .join(', ') || '—',
                          })}
                    </td>
                    <td className="step-why">{step.why}</td>
                    <td>
                      {process.timing === 'minutes'
                        ? t('timeline.minutesAfter', { count: step.offset })
                        : step.offset === 0
                          ? t('timeline.onTheDay')
                          : t('timeline.daysBefore', { count: step.offset })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <section className="process-cards" aria-label={t('processes.cards')}>
            <h3>{t('processes.cards')}</h3>
            {following.length === 0 && <p className="hint">{t('processes.noCards')}</p>}
            {following.map((card) => (
              <div key={card.id} className="process-card">
                <button type="button" className="process-card-title" onClick={() => onOpenCard(card.id)}>
                  {card.title}
                </button>
                {card.slot && <span className="hint"> · {formatDay(card.slot, locale)}</span>}
                <StepTable plan={card.plan} caption={card.title} />
              </div>
            ))}
          </section>
        </article>
      )}
      {editing && (
        <ProcessEditor
          process={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={setChosen}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('processes.removeTitle', { name: removing.name })}
          confirmLabel={t('processes.remove')}
          onConfirm={() => removeProcess(session.doc, removing.id)}
          onClose={() => setRemoving(null)}
        >
          <p>{t('processes.removeText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
