import './shell.css';
import { useState } from 'react';
import { addPerson, type PersonId, type Role } from '../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { RoleField } from '../../components/RoleField';
import { useI18n } from '../../i18n';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { sameRecords, selectPeople } from '../selectors';

/** "Wer bist du?" when this device has not said who it is in this workspace (or that person was removed). */
export function IdentityPicker({ onChoose }: { onChoose: (id: PersonId) => void }) {
  const { t } = useI18n();
  const session = useSession();
  const people = useDocValue(selectPeople, sameRecords);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('social');
  return (
    <Dialog
      title={t('firstRun.whoAreYou')}
      onClose={() => undefined}
      actions={
        <button
          type="button"
          className="button primary"
          disabled={!name.trim()}
          onClick={() => onChoose(addPerson(session.doc, { name, role }))}
        >
          {t('settings.addPerson')}
        </button>
      }
    >
      {people.length > 0 && (
        <ul className="stack-list identity-list">
          {people.map((person) => (
            <li key={person.id}>
              <button type="button" className="button" onClick={() => onChoose(person.id)}>
                {person.name} · {t(`role.${person.role}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <label className="field">
          <span>{t('firstRun.yourName')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} />
        </label>
        <RoleField label={t('firstRun.yourRole')} value={role} onChange={setRole} />
      </div>
    </Dialog>
  );
}
