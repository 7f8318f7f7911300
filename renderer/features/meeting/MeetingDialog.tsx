import { useId, useMemo, useState, type FormEvent } from 'react';
import {
  addDecision,
  DECISION_MAX_CHARS,
  endMeeting,
  readMeetings,
  removeMeeting,
  startMeeting,
  toKey,
  type Meeting,
  type MeetingId,
} from '../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { failureOf, fileNameOf, savedText, saveTextFile } from '../../components/saveTextFile';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { formatTime } from '../requests/format';
import {
  onChangesOf,
  sameJson,
  sameRecords,
  selectPeople,
  selectRunningMeeting,
  selectWorkspaceName,
} from '../selectors';
import { useIdentity } from '../shell/identity';
import { minutesMarkdown, minutesOf } from './minutes';

/** What the minutes read: the meeting, the cards' history, steps and titles, requests, names. */
const MINUTES_PARTS = [
  'meetings',
  'history',
  'requests',
  'people',
  'cards',
  'cards.pos',
  'cards.slot',
  'cards.title',
];

const selectMeetings = onChangesOf(['meetings'], (s: Session) =>
  readMeetings(s.doc).filter((m) => m.kind === 'meeting' && m.problems.length === 0),
);

/** Meetings and crises whose record cannot be read whole: listed so that they can be removed. */
const selectDamaged = onChangesOf(['meetings'], (s: Session) =>
  readMeetings(s.doc)
    .filter((m) => m.problems.length > 0)
    .map((m) => ({ id: m.id, problems: m.problems })),
);

/**
 * The editorial meeting: start it; while it runs, write down decisions and watch the minutes grow
 * (who is there, what was decided, asked for and done on the board); end it; copy or save the
 * minutes, also of earlier meetings.
 */
export function MeetingDialog({ onClose }: { onClose: () => void }) {
  const { t, formatDate } = useI18n();
  const session = useSession();
  const meetings = useDocValue(selectMeetings, sameJson);
  const damaged = useDocValue(selectDamaged, sameJson);
  const myName = useMyName();
  const running = useDocValue(selectRunningMeeting, sameJson);
  const [shown, setShown] = useState<MeetingId | null>(null);
  const shownMeeting = meetings.find((m) => m.id === shown) ?? null;

  if (shownMeeting && shownMeeting.id !== running?.id) {
    return (
      <Dialog
        title={t('meeting.minutesTitle', { date: formatDate(shownMeeting.startedAt) })}
        onClose={onClose}
        actions={
          <>
            <button type="button" className="button" onClick={() => setShown(null)}>
              {t('meeting.back')}
            </button>
            <button type="button" className="button primary" onClick={onClose}>
              {t('meeting.close')}
            </button>
          </>
        }
      >
        <MinutesView meeting={shownMeeting} />
      </Dialog>
    );
  }

  if (running) {
    return (
      <Dialog
        title={t('meeting.titleRunning', { time: formatTime(running.startedAt) })}
        onClose={onClose}
        actions={
          <>
            <button type="button" className="button" onClick={onClose}>
              {t('meeting.close')}
            </button>
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
        }
      >
        <DecisionForm
          meetingId={running.id}
          by={myName}
          label={t('meeting.decision')}
          placeholder={t('meeting.decisionPlaceholder')}
        />
        <MinutesView meeting={running} />
      </Dialog>
    );
  }

  const earlier = meetings.filter((m) => m.endedAt !== null);
  const damagedList = damaged.length > 0 && (
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
  );
  return (
    <Dialog
      title={t('meeting.title')}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('meeting.close')}
          </button>
          <button type="button" className="button primary" onClick={() => startMeeting(session.doc, myName)}>
            {t('meeting.start')}
          </button>
        </>
      }
    >
      <p>{t('meeting.lead')}</p>
      {damagedList}
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
    </Dialog>
  );
}

/** The name of who uses this laptop, as the minutes write it. */
export function useMyName(): string {
  const people = useDocValue(selectPeople, sameRecords);
  const myId = useIdentity();
  return people.find((p) => p.id === myId)?.name ?? '';
}

/** Writes down a decision of a meeting or a crisis. */
export function DecisionForm({
  meetingId,
  by,
  label,
  placeholder,
}: {
  meetingId: MeetingId;
  by: string;
  label: string;
  placeholder: string;
}) {
  const { t } = useI18n();
  const session = useSession();
  const [text, setText] = useState('');
  const id = useId();
  function submit(event: FormEvent) {
    event.preventDefault();
    addDecision(session.doc, meetingId, text, by);
    session.stopCapturing();
    setText('');
  }
  return (
    <form className="decision-form" onSubmit={submit}>
      <label className="field" htmlFor={id}>
        <span>{label}</span>
      </label>
      <div className="row">
        <input
          id={id}
          value={text}
          maxLength={DECISION_MAX_CHARS}
          autoFocus
          placeholder={placeholder}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button" disabled={!text.trim()}>
          {t('meeting.addDecision')}
        </button>
      </div>
    </form>
  );
}

/** The minutes as they stand, with copying and saving. */
export function MinutesView({ meeting }: { meeting: Meeting }) {
  const { t, locale, formatDate } = useI18n();
  const workspace = useDocValue(selectWorkspaceName);
  // Read again when what they show changed, not on every key a colleague types into a brief: the
  // minutes read every card's history. A running meeting's minutes reach up to then.
  const minutes = useDocValue(
    useMemo(
      () =>
        onChangesOf(MINUTES_PARTS, (s: Session) =>
          minutesOf(s.doc, meeting, { t, locale, formatDate }, Date.now()),
        ),
      [meeting, t, locale, formatDate],
    ),
    sameJson,
  );
  const [status, setStatus] = useState<{ kind: 'ok' | 'failed'; text: string } | null>(null);
  const markdown = () => minutesMarkdown(minutes, t('minutes.none'));

  async function copy() {
    try {
      await navigator.clipboard.writeText(markdown());
      setStatus({ kind: 'ok', text: t('meeting.copied') });
    } catch {
      // Clipboard refused (browser permissions): the minutes stay selectable.
    }
  }

  async function save() {
    const date = toKey(new Date(meeting.startedAt));
    try {
      const outcome = await saveTextFile({
        name: fileNameOf(`${t('meeting.fileName', { workspace: workspace || 'Sendeplan', date })}.md`),
        content: markdown(),
        type: 'text/markdown;charset=utf-8',
        filter: { name: t('meeting.fileType'), extensions: ['md'] },
      });
      if (outcome.kind !== 'canceled') setStatus({ kind: 'ok', text: savedText(outcome, t) });
    } catch (error) {
      setStatus({ kind: 'failed', text: t('file.failed', { reason: failureOf(error) }) });
    }
  }

  return (
    <article className="minutes" aria-label={minutes.title}>
      <div className="minutes-text">
        <p>
          <strong>{minutes.title}</strong>
        </p>
        <p className="hint">{minutes.workspace}</p>
        {minutes.sections.map(({ heading, items, style }) => (
          <section key={heading} aria-label={heading}>
            <h3>{heading}</h3>
            {items.length === 0 ? (
              <p className="hint">{t('minutes.none')}</p>
            ) : style === 'line' ? (
              <p>{items.join(', ')}</p>
            ) : style === 'numbers' ? (
              <ol>
                {items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ol>
            ) : (
              <ul>
                {items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      <div className="row">
        <button type="button" className="button small" onClick={() => void copy()}>
          {t('meeting.copy')}
        </button>
        <button type="button" className="button small" onClick={() => void save()}>
          {t('meeting.save')}
        </button>
      </div>
      {status && (
        <p
          role={status.kind === 'failed' ? 'alert' : 'status'}
          className={status.kind === 'failed' ? 'form-error' : undefined}
        >
          {status.text}
        </p>
      )}
    </article>
  );
}
