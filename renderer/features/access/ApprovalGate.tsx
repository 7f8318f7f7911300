// Asks before a card goes into the approved stage past its open approval (shared/model/approvalGate.ts).
// Every way of moving a card (mouse, keyboard, the card panel) goes through requestMove; the one
// dialog, mounted in the workspace, asks and then moves.
import { useEffect, useState } from 'react';
import {
  approvalHold,
  moveCard,
  moveCardPastApproval,
  type ApprovalHold,
  type CardId,
  type ColumnId,
  type Placement,
} from '../../../shared/model';
import { ConfirmDialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue, useSession } from '../../sync/useDocValue';
import { sameRecords, selectColumns } from '../selectors';
import { useIdentity } from '../shell/identity';

interface Asked {
  cardId: CardId;
  target: { columnId: ColumnId; place?: Placement };
  hold: ApprovalHold;
}

const askers = new WeakMap<Session, (asked: Asked) => void>();

/** Moves the card, or asks first when that would pass its open approval. Returns whether it moved. */
export function requestMove(
  session: Session,
  cardId: CardId,
  target: { columnId: ColumnId; place?: Placement },
): boolean {
  const hold = approvalHold(session.doc, cardId, target.columnId);
  const ask = askers.get(session);
  if (hold && ask) {
    ask({ cardId, target, hold });
    return false;
  }
  moveCard(session.doc, cardId, target);
  return true;
}

export function ApprovalGate() {
  const { t } = useI18n();
  const session = useSession();
  const me = useIdentity();
  const [asked, setAsked] = useState<Asked | null>(null);
  useEffect(() => {
    askers.set(session, setAsked);
    return () => {
      askers.delete(session);
    };
  }, [session]);
  const columns = useDocValue(selectColumns, sameRecords);
  if (!asked) return null;
  const card = session.card(asked.cardId);
  const column = columns.find((c) => c.id === asked.target.columnId);
  const values = { title: card?.title ?? '', column: column?.title ?? '' };
  return (
    <ConfirmDialog
      title={t(asked.hold === 'pending' ? 'gate.pendingTitle' : 'gate.changesTitle')}
      confirmLabel={t('gate.confirm')}
      onConfirm={() => {
        moveCardPastApproval(session.doc, asked.cardId, asked.target, me);
        session.stopCapturing();
      }}
      onClose={() => setAsked(null)}
    >
      <p>{t(asked.hold === 'pending' ? 'gate.pendingText' : 'gate.changesText', values)}</p>
    </ConfirmDialog>
  );
}
