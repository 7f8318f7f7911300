import { readKeepApprovedOnChange, setKeepApprovedOnChange } from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';

const selectKeepApproved = (s: Session) => readKeepApprovedOnChange(s.doc);

/** The team's choice whether an approved card stays in "Freigegeben" when its approved content changes. */
export function KeepApprovedSetting() {
  const { t } = useI18n();
  const session = useSession();
  const keep = useDocValue(selectKeepApproved);
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={keep}
        onChange={(e) => setKeepApprovedOnChange(session.doc, e.target.checked)}
      />
      <span>{t('post.keepApproved')}</span>
    </label>
  );
}
