import type { PersonId, Process, ProcessStep, Role } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useStepLabels } from './labels';

/**
 * A process as a timeline from its first step to the publishing date (or, for a crisis, from the
 * declaration on): each step at its distance, with who does what. Read as a list in time order.
 */
export function ProcessTimeline({
  process,
  people,
}: {
  process: Process;
  people: readonly { id: PersonId; name: string; role: Role }[];
}) {
  const { t } = useI18n();
  const labels = useStepLabels();
  const minutes = process.timing === 'minutes';
  const span = Math.max(1, ...process.steps.map((s) => s.offset));
  // Earliest first: most working days before the slot, or fewest minutes after the start.
  const steps = [...process.steps].sort((a, b) => (minutes ? a.offset - b.offset : b.offset - a.offset));
  const at = (step: ProcessStep) => (minutes ? step.offset / span : (span - step.offset) / span) * 100;
  const when = (step: ProcessStep) =>
    minutes
      ? t('timeline.minutesAfter', { count: step.offset })
      : step.offset === 0
        ? t('timeline.onTheDay')
        : t('timeline.daysBefore', { count: step.offset });
  const who = (step: ProcessStep) => {
    const w = step.who;
    if ('person' in w) return people.find((p) => p.id === w.person)?.name ?? '—';
    const names = people.filter((p) => p.role === w.role).map((p) => p.name);
    return t('step.role', { role: labels.role(w.role), names: names.join(', ') || '—' });
  };
  return (
    <figure className={`process-timeline ${minutes ? 'minutes' : 'days'}`}>
      <div className="timeline-axis" aria-hidden="true">
        <span className="timeline-end start">
          {minutes ? t('timeline.start') : when(steps[0] ?? process.steps[0]!)}
        </span>
        <span className="timeline-end slot">{minutes ? when(steps.at(-1)!) : t('timeline.slot')}</span>
      </div>
      <ol aria-label={t('timeline.label', { name: process.name })}>
        {steps.map((step) => (
          <li key={step.id} className={`timeline-step ${step.type}`}>
            <span className="timeline-label">
              <strong>{labels.name(step)}</strong>
              <span className="timeline-who">{who(step)}</span>
            </span>
            <span className="timeline-track">
              {/* The bar runs from the step's day to the slot (or from the start to the step). */}
              <span
                className="timeline-bar"
                style={minutes ? { left: 0, width: `${at(step)}%` } : { left: `${at(step)}%`, right: 0 }}
              />
              <span
                className="timeline-when"
                style={at(step) > 70 ? { right: `${100 - at(step)}%` } : { left: `${at(step)}%` }}
              >
                {when(step)}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
