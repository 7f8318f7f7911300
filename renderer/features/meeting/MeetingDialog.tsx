// The pieces of the editorial meeting that the meeting's side panel (MeetingPanel) and the crisis
// share: who writes, the decision field and the minutes as they stand.
import './meeting.css';
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import {
  addDecision,
  DECISION_MAX_CHARS,
  decisionText,
  signCrisisDecision,
  toKey,
  type Meeting,
  type MeetingId,
} from '../../../shared/model';
import { failureOf, fileNameOf, savedText, saveTextFile } from '../../components/saveTextFile';
import { useI18n } from '../../i18n';
import type { DocPart } from '../../sync/changeTracker';
import { ensureDeviceKey, trustOf } from '../../sync/deviceKeys';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { onChangesOf, sameJson, sameRecords, selectPeople, selectWorkspaceName } from '../selectors';
import { useIdentity } from '../shell/identity';
import { minutesMarkdown, minutesOf } from './minutes';

/** What the minutes read: the meeting, the cards' history, steps and titles, requests, names. */
const MINUTES_PARTS: DocPart[] = [
  'meetings',
  'history',
  'requests',
  'people',
  'cards',
  'cards.pos',
  'cards.slot',
  'cards.title',
];

/** The name of who uses this laptop, as the minutes write it. */
export function useMyName(): string {
  const people = useDocValue(selectPeople, sameRecords);
  const myId = useIdentity();
  return people.find((p) => p.id === myId)?.name ?? '';
}

/**
 * Writes down a decision of a meeting or a crisis. A crisis decision (`signed`) is signed with this
 * device's key of who writes it; a device not confirmed for that person writes nothing in their
 * name and says so.
 */
export function DecisionForm({
  meetingId,
  by,
  label,
  placeholder,
  signed = false,
}: {
  meetingId: MeetingId;
  by: string;
  label: string;
  placeholder: string;
  signed?: boolean;
}) {
  const { t } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const errorId = useId();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const now = Date.now();
    let signature;
    if (signed && me && decisionText(text)) {
      try {
        const key = await ensureDeviceKey(session, me);
        if (!(await trustOf(session, me)).trusted.has(key.keyId))
          return setError(t('trust.deviceNotConfirmed', { name: by }));
        signature = await signCrisisDecision(key, {
          crisisId: meetingId,
          personId: me,
          text: decisionText(text),
          at: now,
        });
      } catch (caught) {
        return setError(caught instanceof Error ? caught.message : String(caught));
      }
    }
    setError(null);
    addDecision(session.doc, meetingId, text, by, now, signature);
    session.stopCapturing();
    setText('');
  }
  return (
    <form className="decision-form" onSubmit={(e) => void submit(e)}>
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
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button" disabled={!text.trim()}>
          {t('meeting.addDecision')}
        </button>
      </div>
      {error && (
        <p id={errorId} role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}

/** The minutes as they stand, with copying and saving; `mark` adds to each decision what it shows. */
export function MinutesView({ meeting, mark }: { meeting: Meeting; mark?: (decision: number) => ReactNode }) {
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
        {minutes.sections.map(({ heading, items, style, decisions }) => (
          <section key={heading} aria-label={heading}>
            <h3>{heading}</h3>
            {items.length === 0 ? (
              <p className="hint">{t('minutes.none')}</p>
            ) : style === 'line' ? (
              <p>{items.join(', ')}</p>
            ) : style === 'numbers' ? (
              <ol>
                {items.map((item, i) => (
                  <li key={i}>
                    {item}
                    {decisions && mark && <> {mark(i)}</>}
                  </li>
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
