import './people.css';
import { useState } from 'react';
import {
  addPerson,
  PERSON_COLORS,
  personUsage,
  removePerson,
  ROLES,
  updatePerson,
  type Person,
  type Role,
} from '../../../shared/model';
import { Avatar } from '../../components/Avatar';
import { ConfirmDialog } from '../../components/Dialog';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { DraftNotice, useDraft } from '../../components/useDraft';
import { RoleField } from '../../components/RoleField';
import { useI18n } from '../../i18n';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { sameRecords, selectPeople } from '../selectors';
import { RenewDialog } from '../access/AccessSection';
import { useIdentity } from '../shell/identity';
import { AbsencesButton } from '../absences/AbsencesButton';

/**
 * The team in the settings: name, role and colour of everyone, editable in place; add and remove
 * people. Removing someone says what hangs on them first; their cards become unowned and requests
 * keep their name. Removing a person does not take their access away: the dialog offers renewing
 * the key right after.
 */
export function TeamSection({ onNavigate = () => {} }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const people = useDocValue(selectPeople, sameRecords);
  const [removing, setRemoving] = useState<Person | null>(null);
  const [renewing, setRenewing] = useState(false);
  return (
    <section className="team-section" aria-labelledby="team-title">
      <h3 id="team-title">{t('team.title')}</h3>
      <p className="hint">{t('team.lead')}</p>
      <ul className="stack-list">
        {people.map((person) => (
          <PersonRow key={person.id} person={person} onRemove={() => setRemoving(person)} />
        ))}
      </ul>
      <AddPersonForm />
      {removing && (
        <RemoveDialog person={removing} onClose={() => setRemoving(null)} onRenew={() => setRenewing(true)} />
      )}
      {renewing && <RenewDialog onClose={() => setRenewing(false)} onNavigate={onNavigate} />}
    </section>
  );
}

function PersonRow({ person, onRemove }: { person: Person; onRemove: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const name = useDraft({
    value: person.name,
    onCommit: (next) => next.trim() && updatePerson(session.doc, person.id, { name: next }),
  });
  return (
    <li className="team-row">
      <Avatar name={person.name} color={person.color} />
      <input
        {...name.bind}
        className="team-name"
        maxLength={80}
        aria-label={t('team.name', { name: person.name })}
      />
      <DraftNotice draft={name} field={t('team.name', { name: person.name })} />
      {person.id === me && <span className="chip">{t('team.you')}</span>}
      <ChoiceSelect
        value={person.role}
        choices={ROLES}
        labelOf={(r) => t(`role.${r}`)}
        aria-label={t('team.role', { name: person.name })}
        onChoose={(role) => updatePerson(session.doc, person.id, { role })}
      />
      <input
        type="color"
        className="team-color"
        value={person.color}
        aria-label={t('team.color', { name: person.name })}
        onChange={(e) => updatePerson(session.doc, person.id, { color: e.target.value })}
      />
      <AbsencesButton person={person} />
      <button
        type="button"
        className="icon-button"
        aria-label={t('team.remove', { name: person.name })}
        title={t('team.remove', { name: person.name })}
        onClick={onRemove}
      >
        ✕
      </button>
    </li>
  );
}

function RemoveDialog({
  person,
  onClose,
  onRenew,
}: {
  person: Person;
  onClose: () => void;
  onRenew: () => void;
}) {
  const { t } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const usage = personUsage(session.doc, person.id);
  const [renew, setRenew] = useState(false);
  return (
    <ConfirmDialog
      title={t('team.removeTitle', { name: person.name })}
      confirmLabel={t('team.removeConfirm')}
      onConfirm={() => {
        removePerson(session.doc, person.id);
        if (renew) onRenew();
      }}
      onClose={onClose}
    >
      <p>{t('team.removeText', { name: person.name, cards: usage.cards, requests: usage.requests })}</p>
      {person.id === me && <p className="notice">{t('team.removeSelf')}</p>}
      {person.id !== me && (
        <>
          <p className="notice">{t('access.removeKeepsAccess', { name: person.name })}</p>
          <label className="check">
            <input type="checkbox" checked={renew} onChange={(e) => setRenew(e.target.checked)} />
            <span>{t('access.renewAfterRemove')}</span>
          </label>
        </>
      )}
    </ConfirmDialog>
  );
}

function AddPersonForm() {
  const { t } = useI18n();
  const session = useSession();
  const people = useDocValue(selectPeople, sameRecords);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('marketing');
  const nextColor = PERSON_COLORS[people.length % PERSON_COLORS.length]!;
  const [color, setColor] = useState<string | null>(null);
  return (
    <form
      className="row add-person"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        addPerson(session.doc, { name, role, color: color ?? nextColor });
        setName('');
        setColor(null);
      }}
    >
      <label className="field grow">
        <span>{t('settings.personName')}</span>
        <input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
      </label>
      <RoleField label={t('settings.personRole')} value={role} onChange={setRole} />
      <label className="field">
        <span>{t('team.newColor')}</span>
        <input
          type="color"
          className="team-color"
          value={color ?? nextColor}
          onChange={(e) => setColor(e.target.value)}
        />
      </label>
      <button type="submit" className="button" disabled={!name.trim()}>
        {t('settings.addPerson')}
      </button>
    </form>
  );
}
