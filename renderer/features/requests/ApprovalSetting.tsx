import {
  readAutoApprove,
  readReviewOnRequest,
  setAutoApprove,
  setReviewOnRequest,
} from '../../../shared/model';
import { useI18n } from '../../i18n';
import { KeepApprovedSetting } from '../post/KeepApprovedSetting';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';

const selectAutoApprove = (s: Session) => readAutoApprove(s.doc);
const selectReviewOnRequest = (s: Session) => readReviewOnRequest(s.doc);

/** The team's choices whether a card moves to "Zur Freigabe" and to "Freigegeben" by itself. */
export function ApprovalSetting() {
  const { t } = useI18n();
  const session = useSession();
  const on = useDocValue(selectAutoApprove);
  const review = useDocValue(selectReviewOnRequest);
  return (
    <>
      <h3>{t('settings.approvals')}</h3>
      <label className="check">
        <input
          type="checkbox"
          checked={review}
          onChange={(e) => setReviewOnRequest(session.doc, e.target.checked)}
        />
        <span>{t('settings.reviewOnRequest')}</span>
      </label>
      <label className="check">
        <input type="checkbox" checked={on} onChange={(e) => setAutoApprove(session.doc, e.target.checked)} />
        <span>{t('settings.autoApprove')}</span>
      </label>
      <KeepApprovedSetting />
    </>
  );
}
