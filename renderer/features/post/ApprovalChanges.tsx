import { useCallback, useState } from 'react';
import {
  reapprove,
  staleApprovals,
  textDiff,
  type CardId,
  type ContentChange,
  type StaleApproval,
} from '../../../shared/model';
import { useI18n } from '../../i18n';
import { cardPart, type Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { signAs } from '../requests/RequestItem';
import { usePersonName } from '../requests/usePeopleNames';
import { byId, sameJson, sameRecords, selectChannels } from '../selectors';
import { useIdentity } from '../shell/identity';

const STALE_PARTS = ['requests', 'meetings', 'channels'] as const;

/** "Nach Freigabe geändert" on a card: each approval that no longer covers it, with what changed and, for its approver, "Erneut freigeben". */
export function ApprovalChanges({ cardId }: { cardId: CardId }) {
  const stale = useDocValue(
    useCallback((s: Session) => staleApprovals(s.doc, cardId), [cardId]),
    sameJson,
    [...STALE_PARTS, cardPart(cardId)],
  );
  if (stale.length === 0) return null;
  return (
    <>
      {stale.map((approval) => (
        <StaleNotice key={`${approval.requestId}:${approval.personId}`} cardId={cardId} approval={approval} />
      ))}
    </>
  );
}

export function StaleNotice({
  cardId,
  approval,
  title,
}: {
  cardId: CardId;
  approval: StaleApproval;
  title?: string;
}) {
  const { t, formatDate } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const nameOf = usePersonName();
  const [error, setError] = useState<string | null>(null);
  const mine = me === approval.personId;
  const again = () => {
    if (!me) return;
    const comment = approval.comment;
    void signAs(session, me, nameOf({ id: me, name: '' }), t, setError, {
      kind: 'approval',
      requestId: approval.requestId,
      cardId,
      decision: 'approved',
      comment,
    }).then((signed) => {
      if (!signed) return;
      try {
        reapprove(session.doc, approval.requestId, {
          by: me,
          comment,
          now: signed.now,
          signature: signed.signature,
        });
        session.stopCapturing();
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : String(caught));
      }
    });
  };
  const date = formatDate(approval.at);
  return (
    <div className="post-stale" role="status">
      <p className="post-stale-title">
        <strong>⚠ {t('post.changed')}</strong>
        {title && <span> · {title}</span>}
      </p>
      {approval.changes.length > 0 && <p>{t('post.changedBy', { name: approval.name, date })}</p>}
      {approval.crisis && <p>{t('post.changedCrisis', { name: approval.name })}</p>}
      {approval.changes.length > 0 && <ChangeList changes={approval.changes} />}
      {mine && (
        <button
          type="button"
          className="button small approve"
          onClick={again}
          aria-label={title ? t('post.reapproveLabel', { title }) : undefined}
        >
          ✓ {t('post.reapprove')}
        </button>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function ChangeList({ changes }: { changes: readonly ContentChange[] }) {
  const { t } = useI18n();
  const channels = byId(useDocValue(selectChannels, sameRecords));
  return (
    <dl className="post-diff">
      {changes.map((change) => {
        const diff = textDiff(change.before, change.after);
        const label =
          change.field === 'copy'
            ? t('post.field.copy', {
                channel: channels.get(change.channelId ?? '')?.name ?? t('post.unknownChannel'),
              })
            : t(`post.field.${change.field}`);
        return (
          <div key={`${change.field}:${change.channelId ?? ''}`} className="post-diff-entry">
            <dt>{label}</dt>
            <dd>
              <span className="post-diff-text">
                {diff.start}
                {diff.removed && (
                  <del aria-label={`${t('post.removed')}: ${diff.removed}`}>{diff.removed}</del>
                )}
                {diff.added && <ins aria-label={`${t('post.added')}: ${diff.added}`}>{diff.added}</ins>}
                {diff.end}
              </span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
