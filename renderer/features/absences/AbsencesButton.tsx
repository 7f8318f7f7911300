import { useState } from 'react';
import type { Person } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { AbsencesDialog } from './AbsencesDialog';

/**
 * Opens a person's absences: "Abwesenheiten" in the team list, a small ⛱ beside one's own avatar
 * in the header ("Meine Abwesenheiten").
 */
export function AbsencesButton({ person, mine = false }: { person: Person; mine?: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const label = mine ? t('absence.headerButton') : t('absence.openFor', { name: person.name });
  return (
    <>
      <button
        type="button"
        className={mine ? 'icon-button absences-mine' : 'button small'}
        aria-label={label}
        title={label}
        onClick={() => setOpen(true)}
      >
        {mine ? <span aria-hidden="true">⛱</span> : t('absence.open')}
      </button>
      {open && <AbsencesDialog person={person} onClose={() => setOpen(false)} />}
    </>
  );
}
