import { useState } from 'react';
import type { Person } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { AbsencesDialog } from './AbsencesDialog';

/**
 * Opens a person's absences: "Abwesenheiten" in the team list, a small calendar beside one's own
 * avatar in the header ("Meine Abwesenheiten").
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
        {mine ? <AwayIcon /> : t('absence.open')}
      </button>
      {open && <AbsencesDialog person={person} onClose={() => setOpen(false)} />}
    </>
  );
}

/** A calendar page with a dash: away. Drawn, since not every system has an emoji font. */
function AwayIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="3.5" y="5" width="17" height="15" rx="2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M3.5 9.5h17M8 3v4M16 3v4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      <path d="M8.5 14.5h7" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}
