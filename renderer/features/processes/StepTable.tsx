import type { CardPlan } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useStepLabels } from './labels';

/** A card's steps under its process: who, what, why, when, and where each stands. */
export function StepTable({
  plan,
  caption,
  hideCaption = false,
}: {
  plan: CardPlan;
  /** The table's name; shown unless a heading beside it says the same (`hideCaption`). */
  caption: string;
  hideCaption?: boolean;
}) {
  const { t } = useI18n();
  const labels = useStepLabels();
  return (
    <table className="step-table">
      <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('step.what')}</th>
          <th scope="col">{t('step.who')}</th>
          <th scope="col">{t('step.why')}</th>
          <th scope="col">{t('step.due')}</th>
          <th scope="col">{t('step.status')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.steps.map((step) => (
          <tr key={step.step.id} className={`step-row state-${step.state}${step.late ? ' late' : ''}`}>
            <th scope="row">
              <span className={`step-type ${step.step.type}`}>{labels.type(step.step)}</span> {step.step.what}
            </th>
            <td>{labels.who(step)}</td>
            <td className="step-why">{step.step.why}</td>
            <td>{labels.due(step)}</td>
            <td>
              <span className={`step-state ${step.state}`}>{labels.state(step)}</span>
              {step.late && <span className="step-late">{labels.late(step)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The same steps as a list, for the narrow card panel: what, then who · due · state, then why. */
export function StepList({ plan, label }: { plan: CardPlan; label: string }) {
  const labels = useStepLabels();
  return (
    <ol className="step-list" aria-label={label}>
      {plan.steps.map((step) => (
        <li key={step.step.id} className={`step-item state-${step.state}${step.late ? ' late' : ''}`}>
          <span className="step-head">
            <span className={`step-type ${step.step.type}`}>{labels.type(step.step)}</span>{' '}
            <strong>{step.step.what}</strong>
          </span>
          <span className="step-meta">
            {labels.who(step)} · {labels.due(step)} ·{' '}
            <span className={`step-state ${step.state}`}>{labels.state(step)}</span>
          </span>
          {step.late && <span className="step-late">{labels.late(step)}</span>}
          {step.step.why && <span className="step-why">{step.step.why}</span>}
        </li>
      ))}
    </ol>
  );
}
