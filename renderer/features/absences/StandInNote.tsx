import './absences.css';
import {
  pendingApprovers,
  requestStatus,
  resolveHandler,
  type AwayRisk,
  type Request,
} from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useDocValue } from '../../sync/useDocValue';
import { sameJson } from '../selectors';
import { shortDay } from './format';
import { selectAbsences } from './selectors';

/**
 * "Vertretung für Ben Schulz (Urlaub bis 14.03.)" on a request a stand-in got, and a warning on an
 * open one whose recipient is away on its due date with nobody to stand in.
 */
export function StandInNotes({ request }: { request: Request }) {
  const { t, locale } = useI18n();
  const absences = useDocValue(selectAbsences, sameJson);
  const waitingOn =
    requestStatus(request) !== 'open'
      ? []
      : request.kind === 'approval'
        ? pendingApprovers(request)
        : request.to
          ? [request.to]
          : [];
  const away = waitingOn.flatMap((person) => {
    const handler = resolveHandler(absences, person.id, request.dueDate);
    return handler.unresolved && handler.absence ? [{ person, absence: handler.absence }] : [];
  });
  if (request.standIns.length === 0 && away.length === 0) return null;
  return (
    <>
      {request.standIns.map((note) => (
        <p key={`${note.id}|${note.forId}`} className="stand-in-note">
          {t('absence.standInFor', {
            name: note.forName,
            kind: t(`absence.kind.${note.kind}`),
            until: shortDay(note.until, locale),
          })}
        </p>
      ))}
      {away.map(({ person, absence }) => (
        <p key={person.id} className="stand-in-note due-away" role="note">
          ⚠{' '}
          {t('absence.dueAway', {
            name: person.name,
            kind: t(`absence.kind.${absence.kind}`),
            until: shortDay(absence.to, locale),
          })}
        </p>
      ))}
    </>
  );
}

/** Why a post is at risk because someone is away, one line per person. */
export function awayHint(
  risks: readonly AwayRisk[],
  t: ReturnType<typeof useI18n>['t'],
  locale: ReturnType<typeof useI18n>['locale'],
): string {
  return risks
    .map((risk) =>
      t(risk.reason === 'owner' ? 'absence.awayOwner' : 'absence.awayRequest', {
        name: risk.name,
        kind: t(`absence.kind.${risk.absence.kind}`),
        until: shortDay(risk.absence.to, locale),
      }),
    )
    .join('\n');
}

/** "abwesend" beside a post that waits on someone who is away, with who and why as its tooltip. */
export function AwayBadge({ risks }: { risks: readonly AwayRisk[] | undefined }) {
  const { t, locale } = useI18n();
  if (!risks || risks.length === 0) return null;
  const hint = awayHint(risks, t, locale);
  return (
    <span
      className="risk-badge away-badge"
      role="img"
      title={hint}
      aria-label={`${t('absence.away')}: ${hint}`}
    >
      {t('absence.away')}
    </span>
  );
}
