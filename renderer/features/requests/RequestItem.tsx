import { useState, type ReactNode } from 'react';
import {
  answerRequest,
  cancelRequest,
  changeRequest,
  crisisAt,
  decideApproval,
  isRequestOverdue,
  remindRequest,
  requestStatus,
  resubmitApproval,
  signDecision,
  type ApprovalRequest,
  type Card,
  type CardId,
  type InputRequest,
  type PersonId,
  type Request,
} from '../../../shared/model';
import { useI18n, type Translate } from '../../i18n';
import { ensureDeviceKey, trustOf } from '../../sync/deviceKeys';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { Verdict } from '../access/Verdict';
import { problemText } from '../attachments/AttachmentsSection';
import { CardPictures } from '../attachments/CardPictures';
import { PostPreviews } from '../post/PostPreviews';
import { DeliverFile } from '../attachments/DeliverFile';
import { addFilesToCard } from '../attachments/useFiles';
import { useWallClock } from '../calendar/useWallClock';
import { useVerdicts, verdictOf } from '../access/useVerdicts';
import { sameJson, sameRecords, selectCrises, selectPeople } from '../selectors';
import { useIdentity } from '../shell/identity';
import { useRequestAction } from './errors';
import { formatDay } from './format';
import { usePersonName } from './usePeopleNames';
import { StandInNotes } from '../absences/StandInNote';

type Mode = 'idle' | 'deliver' | 'decline' | 'change';

/**
 * One request as its parties see it, with the actions that are theirs: the recipient delivers or
 * declines, an approver approves or asks for changes in one click, the owner resubmits after
 * changes, the requester reminds, changes or withdraws. The model refuses anything else.
 */
export function RequestItem({
  request,
  card,
  today,
  showCard = false,
  onOpenCard,
}: {
  request: Request;
  card: Card | undefined;
  today: string;
  showCard?: boolean;
  onOpenCard?: (id: CardId) => void;
}) {
  const { t, locale, formatDate } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const nameOf = usePersonName();
  const myName = me ? nameOf({ id: me, name: '' }) : null;
  const { error, setError, run } = useRequestAction(t, myName);
  const [mode, setMode] = useState<Mode>('idle');
  const status = requestStatus(request);
  const clock = useWallClock();
  const overdue = isRequestOverdue(request, today, clock.date === today ? clock.time : undefined);
  const title = card ? card.title || t('request.untitled') : request.cardTitle || t('request.untitled');
  const lastReminder = request.reminders.at(-1);
  const mine = me !== null && request.from?.id === me;
  const active = status === 'open' || status === 'declined' || status === 'changes';
  // Asked for during a crisis: the holding statement and its approval come first.
  const crises = useDocValue(selectCrises, sameJson);
  const urgent = active && crisisAt(crises, request.createdAt) !== null;

  return (
    <article
      className={`accent-item request-item status-${status}${overdue ? ' overdue' : ''}`}
      aria-label={`${t(`kind.${request.kind}`)}: ${title}`}
    >
      <div className="request-head">
        <span className={`chip kind-chip kind-${request.kind}`}>{t(`kind.${request.kind}`)}</span>
        <span className={`chip status-chip status-${status}`}>{t(`status.${status}`)}</span>
        {overdue && <span className="chip overdue-chip">{t('request.overdue')}</span>}
        {urgent && (
          <span className="chip urgent-chip" title={t('request.urgentHint')}>
            {t('request.urgent')}
          </span>
        )}
        <span className={`request-due${overdue ? ' late' : ''}`}>
          {request.dueDate && request.dueTime
            ? t('request.dueAt', { date: formatDay(request.dueDate, locale), time: request.dueTime })
            : request.dueDate
              ? t('request.dueOn', { date: formatDay(request.dueDate, locale) })
              : t('request.noDue')}
        </span>
      </div>
      {showCard &&
        (card ? (
          <button
            type="button"
            className="request-card link-button"
            onClick={() => onOpenCard?.(card.id)}
            aria-label={t('request.openCard', { title })}
          >
            {title}
          </button>
        ) : (
          <p className="request-card gone">
            {title} · <strong>{t('request.cardDeleted')}</strong>
          </p>
        ))}
      {!showCard && !card && <p className="request-card gone">{t('request.cardDeleted')}</p>}
      {request.kind !== 'approval' && request.what && <p className="request-what">{request.what}</p>}
      {request.why && (
        <p className="request-why">
          <span className="why-label">{t('request.whyLabel')}</span> {request.why}
        </p>
      )}
      <p className="request-meta">
        {t('request.from', { name: nameOf(request.from) })}
        {request.kind !== 'approval' && <> → {t('request.to2', { name: nameOf(request.to) })}</>}
        {' · '}
        {t('request.since', {
          date: formatDate(request.kind === 'approval' ? request.createdAt : request.assignedAt),
        })}
        {lastReminder && active && <> · {t('request.reminded', { date: formatDate(lastReminder.at) })}</>}
      </p>
      <StandInNotes request={request} />
      {/* What is approved, where the card is not open beside it (its panel shows the previews). */}
      {request.kind === 'approval' && showCard && <PostPreviews cardId={request.cardId} />}
      {request.kind === 'approval' && <CardPictures cardId={request.cardId} />}
      {request.kind === 'approval' && <Approvers request={request} />}
      {request.kind !== 'approval' && request.answer && <AnswerNote request={request} />}
      {request.problems.length > 0 && (
        <p className="damaged-note">⚠ {t('request.damaged', { fields: request.problems.join(', ') })}</p>
      )}
      {me && mode === 'idle' && (
        <Actions request={request} card={card} mine={mine} setMode={setMode} run={run} setError={setError} />
      )}
      {me && (mode === 'deliver' || mode === 'decline') && request.kind !== 'approval' && (
        <AnswerForm
          type={mode === 'deliver' ? 'delivered' : 'declined'}
          onCancel={() => {
            setMode('idle');
            setError(null);
          }}
          onSubmit={async (note, file) => {
            const type = mode === 'deliver' ? 'delivered' : 'declined';
            // A delivered file goes onto the card first, so the signed answer covers it.
            if (file) {
              const [problem] = await addFilesToCard(session, request.cardId, [file], me);
              if (problem) return setError(problemText(problem, t, locale));
            }
            void signAs(session, me, myName ?? '', t, setError, {
              kind: 'answer',
              requestId: request.id,
              cardId: request.cardId,
              decision: type,
              comment: note.trim(),
            }).then((signed) => {
              if (!signed) return;
              const { signature, now } = signed;
              if (run(() => answerRequest(session.doc, request.id, { type, by: me, note, now, signature })))
                setMode('idle');
            });
          }}
        />
      )}
      {me && mode === 'change' && request.kind !== 'approval' && (
        <ChangeForm
          request={request}
          onCancel={() => setMode('idle')}
          onSubmit={(patch) =>
            run(() => changeRequest(session.doc, request.id, me, patch)) && setMode('idle')
          }
        />
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </article>
  );
}

type Run = (action: () => unknown) => boolean;

/**
 * Signs a decision with this device's key for `me` (making one if needed). Refuses, with the reason
 * shown beside the control, when this device is not confirmed for that person: choosing "Ich bin"
 * someone gives no power to decide in their name.
 */
export async function signAs(
  session: Session,
  me: PersonId,
  myName: string,
  t: Translate,
  setError: (error: string | null) => void,
  decision: Omit<Parameters<typeof signDecision>[2], 'personId' | 'at'>,
) {
  try {
    const key = await ensureDeviceKey(session, me);
    const trust = await trustOf(session, me);
    if (!trust.trusted.has(key.keyId)) {
      setError(t('trust.deviceNotConfirmed', { name: myName }));
      return null;
    }
    const now = Date.now();
    const signature = await signDecision(session.doc, key, { ...decision, personId: me, at: now });
    return { signature, now };
  } catch (caught) {
    setError(caught instanceof Error ? caught.message : String(caught));
    return null;
  }
}

function AnswerNote({ request }: { request: InputRequest }) {
  const { t } = useI18n();
  const nameOf = usePersonName();
  const answer = request.answer!;
  const ref = answer.by ? { kind: 'answer' as const, requestId: request.id, personId: answer.by } : null;
  const verdicts = useVerdicts(ref ? [ref] : []);
  return (
    <p className="request-answer">
      <span className="why-label">
        {answer.type === 'delivered' ? t('request.answerNote') : t('request.declineReason')}
      </span>{' '}
      {answer.note} {ref && <Verdict verdict={verdictOf(verdicts, ref)} name={nameOf(request.to)} />}
    </p>
  );
}

function Actions({
  request,
  card,
  mine,
  setMode,
  run,
  setError,
}: {
  request: Request;
  card: Card | undefined;
  mine: boolean;
  setMode: (mode: Mode) => void;
  run: Run;
  setError: (error: string | null) => void;
}) {
  const nameOf = usePersonName();
  const { t } = useI18n();
  const session = useSession();
  const me = useIdentity()!;
  const status = requestStatus(request);
  const [comment, setComment] = useState('');
  const buttons: ReactNode[] = [];
  if (request.kind === 'approval') {
    const approver = request.approvers.some((a) => a.id === me);
    if (status === 'open' && approver && !request.decisions[me]) {
      const decide = (decision: 'approved' | 'changes') =>
        void signAs(session, me, nameOf({ id: me, name: '' }), t, setError, {
          kind: 'approval',
          requestId: request.id,
          cardId: request.cardId,
          decision,
          comment: comment.trim(),
        }).then((signed) => {
          if (!signed) return;
          const { signature, now } = signed;
          run(() => decideApproval(session.doc, request.id, { by: me, decision, comment, now, signature }));
        });
      return (
        <div className="request-actions decide">
          <input
            className="grow"
            value={comment}
            maxLength={500}
            onChange={(e) => setComment(e.target.value)}
            placeholder={t('action.commentPlaceholder')}
            aria-label={t('action.comment')}
          />
          <button type="button" className="button small approve" onClick={() => decide('approved')}>
            ✓ {t('action.approve')}
          </button>
          <button type="button" className="button small" onClick={() => decide('changes')}>
            {t('action.requestChanges')}
          </button>
        </div>
      );
    }
    const reviser = (card?.ownerId ?? request.from?.id) === me;
    if (status === 'changes' && reviser)
      buttons.push(
        <button
          key="resubmit"
          type="button"
          className="button small primary"
          onClick={() => run(() => resubmitApproval(session.doc, request.id, me))}
        >
          {t('action.resubmit')}
        </button>,
      );
  } else if (status === 'open' && request.to?.id === me) {
    buttons.push(
      <button
        key="deliver"
        type="button"
        className="button small primary"
        title={t('action.deliverTitle')}
        onClick={() => setMode('deliver')}
      >
        ✓ {t('action.deliver')}
      </button>,
      <button key="decline" type="button" className="button small" onClick={() => setMode('decline')}>
        {t('action.decline')}
      </button>,
    );
  }
  if (mine && status === 'open')
    buttons.push(
      <button
        key="remind"
        type="button"
        className="button small"
        onClick={() => run(() => remindRequest(session.doc, request.id, me))}
      >
        {t('action.remind')}
      </button>,
    );
  if (mine && request.kind !== 'approval' && (status === 'open' || status === 'declined'))
    buttons.push(
      <button key="change" type="button" className="button small" onClick={() => setMode('change')}>
        {t('action.change')}
      </button>,
    );
  if (mine && (status === 'open' || status === 'declined' || status === 'changes'))
    buttons.push(
      <button
        key="cancel"
        type="button"
        className="button small subtle"
        onClick={() => run(() => cancelRequest(session.doc, request.id, me))}
      >
        {t('action.cancelRequest')}
      </button>,
    );
  return buttons.length > 0 ? <div className="request-actions">{buttons}</div> : null;
}

function Approvers({ request }: { request: ApprovalRequest }) {
  const { t } = useI18n();
  const nameOf = usePersonName();
  const done = request.approvers.filter((a) => request.decisions[a.id]?.decision === 'approved').length;
  const refs = request.approvers
    .filter((a) => request.decisions[a.id])
    .map((a) => ({ kind: 'approval' as const, requestId: request.id, personId: a.id }));
  const verdicts = useVerdicts(refs);
  return (
    <div className="approvers">
      <span className="approvers-count">
        {t('request.approvalsOf', { done, total: request.approvers.length })}
      </span>
      <ul>
        {request.approvers.map((approver) => {
          const decision = request.decisions[approver.id];
          const state = decision?.decision ?? 'open';
          return (
            <li key={approver.id} className={`approver ${state}`}>
              <span className="approver-mark" aria-hidden="true">
                {state === 'approved' ? '✓' : state === 'changes' ? '✎' : '…'}
              </span>
              <span>
                {nameOf(approver)}:{' '}
                {t(
                  state === 'approved'
                    ? 'status.approved'
                    : state === 'changes'
                      ? 'status.changes'
                      : 'status.open',
                )}
                {decision && (
                  <>
                    {' '}
                    <Verdict
                      verdict={verdictOf(verdicts, {
                        kind: 'approval',
                        requestId: request.id,
                        personId: approver.id,
                      })}
                      name={nameOf(approver)}
                    />
                  </>
                )}
                {decision?.comment && <q className="approver-comment">{decision.comment}</q>}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function AnswerForm({
  type,
  onSubmit,
  onCancel,
}: {
  type: 'delivered' | 'declined';
  onSubmit: (note: string, file: File | null) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const label = type === 'delivered' ? t('request.answerNote') : t('request.declineReason');
  return (
    <form
      className="request-actions answer"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onSubmit(note, file).finally(() => setBusy(false));
      }}
    >
      <input
        className="grow"
        value={note}
        maxLength={500}
        autoFocus
        onChange={(e) => setNote(e.target.value)}
        aria-label={label}
        placeholder={type === 'delivered' ? t('action.notePlaceholder') : t('action.declinePlaceholder')}
      />
      {type === 'delivered' && <DeliverFile file={file} onFile={setFile} />}
      <button type="submit" className="button small primary" disabled={busy}>
        {type === 'delivered' ? t('action.deliver') : t('action.decline')}
      </button>
      <button type="button" className="button small subtle" onClick={onCancel}>
        {t('action.back')}
      </button>
    </form>
  );
}

function ChangeForm({
  request,
  onSubmit,
  onCancel,
}: {
  request: InputRequest;
  onSubmit: (patch: { what: string; why: string; dueDate: string | null; toId?: PersonId }) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const people = useDocValue(selectPeople, sameRecords);
  const [what, setWhat] = useState(request.what);
  const [why, setWhy] = useState(request.why);
  const [due, setDue] = useState(request.dueDate ?? '');
  const [to, setTo] = useState<string>(request.to?.id ?? '');
  return (
    <form
      className="request-form inline"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ what, why, dueDate: due || null, toId: to ? (to as PersonId) : undefined });
      }}
    >
      <div className="field-grid">
        <label className="field">
          <span>{t('request.to')}</span>
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            {!people.some((p) => p.id === to) && <option value={to}>{request.to?.name}</option>}
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('request.due')}</span>
          <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span>{t('request.what')}</span>
        <input value={what} maxLength={300} onChange={(e) => setWhat(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('request.why')}</span>
        <textarea value={why} rows={2} maxLength={1000} onChange={(e) => setWhy(e.target.value)} />
      </label>
      <div className="request-actions">
        <button type="submit" className="button small primary">
          {t('action.save')}
        </button>
        <button type="button" className="button small subtle" onClick={onCancel}>
          {t('action.back')}
        </button>
      </div>
    </form>
  );
}
