import { useState } from 'react';
import {
  defaultDueDate,
  INPUT_KINDS,
  requestApproval,
  requestInput,
  type Card,
  type InputKind,
  type PersonId,
} from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { sameJson, sameRecords, selectPeople, selectRunningCrisis } from '../selectors';
import { useIdentity } from '../shell/identity';
import { useRequestAction } from './errors';
import { formatDay } from './format';
import { useToday } from './useToday';

/** The due date a request starts with, and the sentence that says where it comes from. */
function useSuggestedDue(card: Card): { due: string; hint: string } {
  const { t, locale } = useI18n();
  const today = useToday();
  // In a crisis everything asked for is due today (a holding statement cannot wait).
  if (useDocValue(selectRunningCrisis, sameJson)) return { due: today, hint: t('request.dueCrisis') };
  const due = defaultDueDate(card.slot?.date, today);
  const hint = card.slot
    ? t('request.dueFromSlot', { date: formatDay(card.slot.date, locale) })
    : t('request.dueNoSlot');
  return { due, hint };
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
  const myName = people.find((p) => p.id === me)?.name ?? null;
  const { error, setError, run } = useRequestAction(t, myName);

  const submit = () => {
    if (!me) return setError(t('error.noIdentity'));
    if (!to) return setError(t('error.noRecipient'));
    if (!what.trim()) return setError(t('error.what'));
    if (!why.trim()) return setError(t('error.why'));
    const sent = run(() =>
      requestInput(session.doc, {
        cardId: card.id,
        kind,
        what,
        why,
        toId: to as PersonId,
        fromId: me,
        dueDate: due || null,
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
        hint={suggested.hint}
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
        hint={suggested.hint}
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
  hint,
  error,
  sendLabel,
  onDone,
}: {
  due: string;
  onDue: (due: string) => void;
  hint: string;
  error: string | null;
  sendLabel: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <label className="field due-field">
        <span>{t('request.due')}</span>
        <input type="date" value={due} onChange={(e) => onDue(e.target.value)} />
      </label>
      <p className="hint">{hint}</p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="request-actions">
        <button type="submit" className="button primary">
          {sendLabel}
        </button>
        <button type="button" className="button subtle" onClick={onDone}>
          {t('request.close')}
        </button>
      </div>
    </>
  );
}
