import './absences.css';
import { useState } from 'react';
import {
  ABSENCE_KINDS,
  AbsenceError,
  addAbsence,
  removeAbsence,
  type AbsenceKind,
  type Person,
  type PersonId,
} from '../../../shared/model';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { formatDay } from '../requests/format';
import { sameJson, sameRecords, selectPeople } from '../selectors';
import { useIdentity } from '../shell/identity';
import { selectAbsences } from './selectors';

/**
 * A person's absences (Urlaub, Dienstreise, other) with their stand-ins: listed, added, removed.
 * Opened from the team in the settings and from one's own avatar in the header.
 */
export function AbsencesDialog({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t, locale } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const people = useDocValue(selectPeople, sameRecords);
  const absences = useDocValue(selectAbsences, sameJson).filter((a) => a.personId === person.id);
  const nameOf = (id: PersonId | null) => people.find((p) => p.id === id)?.name ?? '?';
  return (
    <Dialog
      title={t('absence.title', { name: person.name })}
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('absence.close')}
        </button>
      }
    >
      <p className="hint">{t('absence.lead')}</p>
      {absences.length === 0 ? (
        <p className="absence-empty">{t('absence.none')}</p>
      ) : (
        <ul className="absence-list" aria-label={t('absence.title', { name: person.name })}>
          {absences.map((absence) => {
            const kind = t(`absence.kind.${absence.kind}`);
            const from = formatDay(absence.from, locale);
            const to = formatDay(absence.to, locale);
            return (
              <li key={absence.id} className={`absence-item kind-${absence.kind}`}>
                <span className="absence-kind">{kind}</span>
                <span className="absence-range">{t('absence.range', { from, to })}</span>
                <span className="absence-stand-in">
                  {absence.standInId
                    ? t('absence.standInBy', { name: nameOf(absence.standInId) })
                    : t('absence.noStandIn')}
                </span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('absence.remove', { kind, from, to })}
                  title={t('absence.remove', { kind, from, to })}
                  onClick={() => removeAbsence(session.doc, absence.id, me)}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <AddAbsenceForm person={person} people={people} />
    </Dialog>
  );
}

function AddAbsenceForm({ person, people }: { person: Person; people: readonly Person[] }) {
  const { t } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const [kind, setKind] = useState<AbsenceKind>('vacation');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [standInId, setStandInId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const others = people.filter((p) => p.id !== person.id);
  return (
    <form
      className="absence-form"
      onSubmit={(event) => {
        event.preventDefault();
        try {
          addAbsence(session.doc, {
            personId: person.id,
            kind,
            from,
            to: to || from,
            standInId: (standInId || null) as PersonId | null,
            createdBy: me,
          });
          setFrom('');
          setTo('');
          setError(null);
        } catch (caught) {
          if (!(caught instanceof AbsenceError)) throw caught;
          setError(t(caught.code === 'tooLong' ? 'absence.errorTooLong' : 'absence.errorDates'));
        }
      }}
    >
      <label className="field">
        <span>{t('absence.kind')}</span>
        <ChoiceSelect
          value={kind}
          choices={ABSENCE_KINDS}
          labelOf={(k) => t(`absence.kind.${k}`)}
          onChoose={setKind}
        />
      </label>
      <label className="field">
        <span>{t('absence.from')}</span>
        <input type="date" value={from} required onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('absence.to')}</span>
        <input type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('absence.standIn')}</span>
        <select value={standInId} onChange={(e) => setStandInId(e.target.value)}>
          <option value="">{t('absence.noStandIn')}</option>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button primary" disabled={!from}>
        {t('absence.add')}
      </button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}
