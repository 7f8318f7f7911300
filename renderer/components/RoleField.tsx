import { ROLES, type Role } from '../../shared/model';
import { useI18n } from '../i18n';
import { ChoiceSelect } from './ChoiceSelect';

/** A labelled choice of a person's role, in the user's language. */
export function RoleField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Role;
  onChange: (role: Role) => void;
}) {
  const { t } = useI18n();
  return (
    <label className="field">
      <span>{label}</span>
      <ChoiceSelect value={value} choices={ROLES} labelOf={(r) => t(`role.${r}`)} onChoose={onChange} />
    </label>
  );
}
