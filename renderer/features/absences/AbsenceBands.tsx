import './absences.css';
import { useCallback } from 'react';
import { awayBetween, type Absence, type DateKey, type Person, type PersonId } from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue } from '../../sync/useDocValue';
import { formatDay } from '../requests/format';
import { byId, sameJson, sameRecords, selectPeople } from '../selectors';
import { selectAbsences } from './selectors';

/** Who is away on some day of [from, to], with their absences there, by name. */
function useAway(from: DateKey, to: DateKey) {
  const people = useDocValue(selectPeople, sameRecords);
  const away = useDocValue(
    useCallback(
      (s: Session) => {
        const names = new Map(selectPeople(s).map((p) => [p.id as string, p.name]));
        return awayBetween(selectAbsences(s), from, to, (id) => names.get(id) ?? '');
      },
      [from, to],
    ),
    sameJson,
  );
  return { away, people: byId(people) };
}

function useBandLabel() {
  const { t, locale } = useI18n();
  return (name: string, absence: Absence, standIn: string | null) => {
    const params = {
      name,
      kind: t(`absence.kind.${absence.kind}`),
      from: formatDay(absence.from, locale),
      to: formatDay(absence.to, locale),
    };
    return standIn ? t('absence.bandStandIn', { ...params, standIn }) : t('absence.band', params);
  };
}

const personName = (people: ReadonlyMap<string, Person>, id: PersonId | null) =>
  (id && people.get(id)?.name) || null;

/**
 * The week view's absences: one thin row per person who is away this week, a band in their colour
 * over the days they are away. Rows of the week grid's body, above the channels.
 */
export function WeekAbsenceRows({ days }: { days: readonly DateKey[] }) {
  const { t } = useI18n();
  const { away, people } = useAway(days[0]!, days.at(-1)!);
  const label = useBandLabel();
  return (
    <>
      {away.map(({ personId, absences }) => {
        const person = people.get(personId);
        const name = person?.name ?? '?';
        return (
          <tr key={personId} className="absence-row">
            <th scope="row" className="channel-head absence-head" title={t('absence.bandsWeek')}>
              <span className="absence-name">{name}</span>
            </th>
            {days.map((day, index) => {
              const absence = absences.find((a) => a.from <= day && day <= a.to);
              if (!absence) return <td key={day} className="absence-cell" />;
              const starts = index === 0 || absence.from === day;
              const ends = index === days.length - 1 || absence.to === day;
              const text = label(name, absence, personName(people, absence.standInId));
              return (
                <td key={day} className="absence-cell">
                  <span
                    className={`absence-band kind-${absence.kind}${starts ? ' starts' : ''}${ends ? ' ends' : ''}`}
                    style={{ '--person': person?.color ?? '#888888' } as React.CSSProperties}
                    title={text}
                    {...(starts ? { role: 'img', 'aria-label': text } : { 'aria-hidden': true })}
                  />
                </td>
              );
            })}
          </tr>
        );
      })}
    </>
  );
}

/** A month day's absences: a thin band in each absent person's colour, named in its tooltip. */
export function MonthAbsenceBands({ date }: { date: DateKey }) {
  const { t } = useI18n();
  const { away, people } = useAway(date, date);
  const label = useBandLabel();
  if (away.length === 0) return null;
  const texts = away.map(({ personId, absences }) =>
    label(people.get(personId)?.name ?? '?', absences[0]!, personName(people, absences[0]!.standInId)),
  );
  return (
    <span
      className="month-absences"
      role="img"
      aria-label={`${t('absence.bandsMonth')}: ${texts.join('; ')}`}
    >
      {away.map(({ personId, absences }, i) => (
        <span
          key={personId}
          className={`absence-band thin kind-${absences[0]!.kind}`}
          style={{ '--person': people.get(personId)?.color ?? '#888888' } as React.CSSProperties}
          title={texts[i]}
        />
      ))}
    </span>
  );
}
