import './onboarding.css';
import { useI18n } from '../../i18n';
import { useNavigation } from '../shell/navigation';

/** Under the join and restore forms: a new workspace instead, or back to the open one. */
export function CreateOrBack() {
  const { t } = useI18n();
  const navigation = useNavigation();
  return (
    <div className="first-run-alternatives">
      <button type="button" className="button" onClick={navigation.create}>
        {t('join.createInstead')}
      </button>
      {navigation.back && (
        <button type="button" className="button" onClick={navigation.back}>
          {t('join.back')}
        </button>
      )}
    </div>
  );
}
