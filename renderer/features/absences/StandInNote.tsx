import './absences.css';
import type { AwayRisk, Request } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { shortDay } from './format';

/** "Vertretung für Ben Schulz (Urlaub bis 14.03.)" on a request a stand-in got. */
export function StandInNotes({ request }: { request: Request }) {
  const { t, locale } = useI18n();
  if (request.standIns.length === 0) return null;
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
