import './update.css';
import { useI18n } from '../../i18n';
import { reloadToUpdate, useAppUpdate } from './appUpdate';

/** "Neue Version — neu laden": shown in browser mode once a new build is installed and waits. */
export function UpdateBanner() {
  const { t } = useI18n();
  const ready = useAppUpdate();
  if (!ready) return null;
  return (
    <div className="update-banner" role="status">
      <button type="button" className="button primary" onClick={reloadToUpdate}>
        {t('update.reload')}
      </button>
    </div>
  );
}
