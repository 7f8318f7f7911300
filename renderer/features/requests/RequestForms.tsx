import { useState } from 'react';
import {
  defaultDueDate,
  dueAfterSlot,
  INPUT_KINDS,
  longDayLabel,
  requestApproval,
  requestInput,
  type Card,
  type InputKind,
  type PersonId,
  type Slot,
} from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { sameJson, sameRecords, selectPeople, selectRunningCrisis } from '../selectors';
import { useIdentity } from '../shell/identity';
import { useRequestAction } from './errors';
import { formatDay } from './format';
import { useToday } from './useToday';

/** The due date a request starts with, and the sentence that says where it comes from. */
function useSuggestedDue(card: Card): { due: string; dueTime: string | null; hint: string } {
  const { t, locale } = useI18n();
  const today = useToday();
  // In a crisis everything asked for is due within hours (a holding statement cannot wait).
  if (useDocValue(selectRunningCrisis, sameJson))
    return { due: today, dueTime: inHours(CRISIS_HOURS), hint: t('request.dueCrisis') };
  const due = defaultDueDate(card.slot?.date, today);
  const hint = card.slot
    ? t('request.dueFromSlot', { date: formatDay(card.slot.date, locale) })
    : t('request.dueNoSlot');
  return { due, dueTime: null, hint };
}

/** What a crisis asks for is due this many hours from now, by default. */
const CRISIS_HOURS = 1;

/** The clock time `hours` from now, HH:mm, at most 23:59 (the due date is today). */
function inHours(hours: number): string {
  const now = new Date();
  const later = new Date(now.getTime() + hours * 3_600_000);
  if (later.getDate() !== now.getDate()) return '23:59';
  return `${String(later.getHours()).padStart(2, '0')}:${String(later.getMinutes()).padStart(2, '0')}`;
}

/** "Input anfragen": what exactly, why it is needed, from whom, by when. */
export function InputRequestForm({ card, onDone }: { card: Card; onDone: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const people = useDocValue(selectPeople, sameRecords);
  const suggested = useSuggestedDue(card);
  const [kind, setKind] = useState<InputKind>('visual');
  const [to, setTo] = useState('');
  const [what, setWhat] = useState('');
  const [why, setWhy] = useState('');
  const [due, setDue] = useState(suggested.due);
  const [dueTime, setDueTime] = useState(suggested.dueTime);
  const myName = people.find((p) => p.id === me)?.name ?? null;
  const { error, setError, run } = useRequestAction(t, myName);

  const submit = () => {
    if (!me) return setError(t('error.noIdentity'));
    if (!to) return setError(t('error.noRecipient'));
    const sent = run(() =>
      requestInput(session.doc, {
        cardId: card.id,
        kind,
        what,
        why,
        toId: to as PersonId,
        fromId: me,
        dueDate: due || null,
        dueTime: due ? dueTime : null,
      }),
    );
    if (sent) onDone();
  };

  return (
    <form
      className="request-form"
      aria-label={t('request.askInput')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="field-grid">
        <label className="field">
          <span>{t('request.kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as InputKind)}>
            {INPUT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('request.to')}</span>
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">{t('request.choose')}</option>
            {people
              .filter((p) => p.id !== me)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} · {t(`role.${p.role}`)}
                </option>
              ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>{t('request.what')}</span>
        <input
          value={what}
          maxLength={300}
          placeholder={t('request.whatPlaceholder')}
          onChange={(e) => setWhat(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('request.why')}</span>
        <textarea
          value={why}
          rows={2}
          maxLength={1000}
          placeholder={t('request.whyPlaceholder')}
          onChange={(e) => setWhy(e.target.value)}
        />
      </label>
      <p className="hint">{t('request.whyHint')}</p>
      <DueAndSend
        due={due}
        onDue={setDue}
        dueTime={dueTime}
        onDueTime={setDueTime}
        hint={suggested.hint}
        slot={card.slot}
        error={error}
        sendLabel={t('request.send')}
        onDone={onDone}
      />
    </form>
  );
}

/** "Freigabe anfordern": one or more approvers. The model refuses the card's own people. */
export function ApprovalRequestForm({ card, onDone }: { card: Card; onDone: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const people = useDocValue(selectPeople, sameRecords);
  const suggested = useSuggestedDue(card);
  const [approvers, setApprovers] = useState<PersonId[]>([]);
  const [why, setWhy] = useState('');
  const [due, setDue] = useState(suggested.due);
  const [dueTime, setDueTime] = useState(suggested.dueTime);
  const myName = people.find((p) => p.id === me)?.name ?? null;
  const { error, setError, run } = useRequestAction(t, myName);

  const submit = () => {
    if (!me) return setError(t('error.noIdentity'));
    const sent = run(() =>
      requestApproval(session.doc, {
        cardId: card.id,
        approverIds: approvers,
        fromId: me,
        why,
        dueDate: due || null,
        dueTime: due ? dueTime : null,
      }),
    );
    if (sent) onDone();
  };

  return (
    <form
      className="request-form"
      aria-label={t('request.askApproval')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset className="approver-choice">
        <legend>{t('request.approvers')}</legend>
        {people.map((p) => (
          <label key={p.id} className="check">
            <input
              type="checkbox"
              checked={approvers.includes(p.id)}
              onChange={(e) =>
                setApprovers((list) =>
                  e.target.checked ? [...list, p.id] : list.filter((id) => id !== p.id),
                )
              }
            />
            <span>{p.name}</span>
            <span className="hint">{t(`role.${p.role}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('request.approvalNote')}</span>
        <textarea value={why} rows={2} maxLength={1000} onChange={(e) => setWhy(e.target.value)} />
      </label>
      <DueAndSend
        due={due}
        onDue={setDue}
        dueTime={dueTime}
        onDueTime={setDueTime}
        hint={suggested.hint}
        slot={card.slot}
        error={error}
        sendLabel={t('request.sendApproval')}
        onDone={onDone}
      />
    </form>
  );
}

/** The end of both request forms: the due date with its suggestion, the error, send and close. */
function DueAndSend({
  due,
  onDue,
  dueTime,
  onDueTime,
  hint,
  slot,
  error,
  sendLabel,
  onDone,
}: {
  due: string;
  onDue: (due: string) => void;
  /** HH:mm on the due date when due within hours (crisis), else null. */
  dueTime: string | null;
  onDueTime: (time: string) => void;
  hint: string;
  /** The card's slot: a due date after it comes too late and is not taken. */
  slot: Slot | null;
  error: string | null;
  sendLabel: string;
  onDone: () => void;
}) {
  const { t, locale } = useI18n();
  const late = dueAfterSlot(due, slot);
  return (
    <>
      <label className="field due-field">
        <span>{t('request.due')}</span>
        <input type="date" value={due} onChange={(e) => onDue(e.target.value)} />
      </label>
      {dueTime !== null && (
        <label className="field due-field">
          <span>{t('request.dueTime')}</span>
          <input type="time" value={dueTime} required onChange={(e) => onDueTime(e.target.value)} />
        </label>
      )}
      <p className="hint">{hint}</p>
      {late && slot && (
        <p role="alert" className="form-error">
          {t('check.dueAfterSlot', { day: longDayLabel(slot.date, locale) })}
        </p>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="request-actions">
        <button type="submit" className="button primary" disabled={late}>
          {sendLabel}
        </button>
        <button type="button" className="button subtle" onClick={onDone}>
          {t('request.close')}
        </button>
      </div>
    </>
  );
}
