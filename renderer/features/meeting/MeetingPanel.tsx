import './meeting.css';
import { useState } from 'react';
import {
  endMeeting,
  readMeetings,
  removeMeeting,
  startMeeting,
  type CardId,
  type MeetingId,
} from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { formatTime } from '../requests/format';
import { onChangesOf, sameJson, selectRunningMeeting } from '../selectors';
import { Agenda } from './Agenda';
import { DecisionForm, MinutesView, useMyName } from './MeetingDialog';

export const selectMeetings = onChangesOf(['meetings'], (s: Session) =>
  readMeetings(s.doc).filter((m) => m.kind === 'meeting' && m.problems.length === 0),
);

/** Meetings and crises whose record cannot be read whole: listed so that they can be removed. */
export const selectDamagedMeetings = onChangesOf(['meetings'], (s: Session) =>
  readMeetings(s.doc)
    .filter((m) => m.problems.length > 0)
    .map((m) => ({ id: m.id, problems: m.problems })),
);

/**
 * The editorial meeting as a side panel beside the board and the calendar, open while the team
 * works: start it; while it runs, note decisions (Enter in the field) and look at the agenda and
 * the minutes as they grow; end it; read, copy or save the minutes, also of earlier meetings.
 */
export function MeetingPanel({
  onClose,
  onOpenCard,
}: {
  onClose: () => void;
  onOpenCard: (id: CardId) => void;
}) {
  const { t, formatDate } = useI18n();
  const session = useSession();
  const meetings = useDocValue(selectMeetings, sameJson);
  const damaged = useDocValue(selectDamagedMeetings, sameJson);
  const myName = useMyName();
  const running = useDocValue(selectRunningMeeting, sameJson);
  const [shown, setShown] = useState<MeetingId | null>(null);
  const shownMeeting = meetings.find((m) => m.id === shown && m.id !== running?.id) ?? null;
  const earlier = meetings.filter((m) => m.endedAt !== null);

  const title = shownMeeting
    ? t('meeting.minutesTitle', { date: formatDate(shownMeeting.startedAt) })
    : running
      ? t('meeting.titleRunning', { time: formatTime(running.startedAt) })
      : t('meeting.title');

  return (
    <aside className="meeting-panel" aria-label={t('meeting.panel')}>
      <header className="meeting-panel-head">
        <h2>{title}</h2>
        <button type="button" className="button small" onClick={onClose}>
          {t('meeting.close')}
        </button>
      </header>
      {shownMeeting ? (
        <>
          <MinutesView meeting={shownMeeting} />
          <button type="button" className="button" onClick={() => setShown(null)}>
            {t('meeting.back')}
          </button>
        </>
      ) : running ? (
        <>
          <DecisionForm
            meetingId={running.id}
            by={myName}
            label={t('meeting.decision')}
            placeholder={t('meeting.decisionPlaceholder')}
          />
          <p className="hint">{t('meeting.decisionHint')}</p>
          <Agenda onOpenCard={onOpenCard} />
          <details className="meeting-minutes" open>
            <summary>{t('meeting.minutes')}</summary>
            <MinutesView meeting={running} />
          </details>
          <button
            type="button"
            className="button primary"
            onClick={() => {
              endMeeting(session.doc, myName);
              setShown(running.id);
            }}
          >
            {t('meeting.end')}
          </button>
        </>
      ) : (
        <>
          <p>{t('meeting.lead')}</p>
          <button type="button" className="button primary" onClick={() => startMeeting(session.doc, myName)}>
            {t('meeting.start')}
          </button>
          <Agenda onOpenCard={onOpenCard} />
          {damaged.length > 0 && (
            <section className="meeting-earlier">
              <h3>{t('meeting.damagedTitle')}</h3>
              <ul>
                {damaged.map((m) => (
                  <li key={m.id}>
                    <span className="damaged-note">
                      ⚠ {t('meeting.damaged', { id: m.id.slice(0, 64), fields: m.problems.join(', ') })}
                    </span>{' '}
                    <button
                      type="button"
                      className="button small danger"
                      aria-label={t('meeting.removeDamaged', { id: m.id.slice(0, 64) })}
                      onClick={() => removeMeeting(session.doc, m.id)}
                    >
                      {t('meeting.remove')}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {earlier.length > 0 && (
            <section className="meeting-earlier">
              <h3>{t('meeting.earlier')}</h3>
              <ul>
                {earlier.map((m) => (
                  <li key={m.id}>
                    <button type="button" className="link-button" onClick={() => setShown(m.id)}>
                      {t('meeting.minutesOf', { date: formatDate(m.startedAt) })}
                    </button>
                    <span className="hint">
                      {' '}
                      {formatTime(m.startedAt)}–{formatTime(m.endedAt!)}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </aside>
  );
}
