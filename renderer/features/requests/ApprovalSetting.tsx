import { readAutoApprove, setAutoApprove } from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';

const selectAutoApprove = (s: Session) => readAutoApprove(s.doc);

/** The team's choice whether a fully approved card moves to "Freigegeben" by itself. */
export function ApprovalSetting() {
  const { t } = useI18n();
  const session = useSession();
  const on = useDocValue(selectAutoApprove);
  return (
    <>
      <h3>{t('settings.approvals')}</h3>
      <label className="check">
        <input type="checkbox" checked={on} onChange={(e) => setAutoApprove(session.doc, e.target.checked)} />
        <span>{t('settings.autoApprove')}</span>
      </label>
    </>
  );
}
