import { useCallback } from 'react';
import type { NamedPerson, Person } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useDocValue } from '../../sync/useDocValue';
import { byId, sameRecords, selectPeople } from '../selectors';

/**
 * A person's name as the team knows it now; someone who was removed keeps the name stored in the
 * request, marked as no longer in the team.
 */
export function usePersonName(): (person: NamedPerson | null) => string {
  const { t } = useI18n();
  const people = useDocValue(selectPeople, sameRecords);
  return useCallback(
    (person: NamedPerson | null) => {
      if (!person) return t('request.someone');
      const current = byId<Person>(people).get(person.id);
      if (current) return current.name;
      return t('request.formerMember', { name: person.name || t('request.someone') });
    },
    [people, t],
  );
}
