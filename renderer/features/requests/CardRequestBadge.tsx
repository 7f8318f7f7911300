import './requests.css';
import { useCallback } from 'react';
import type { CardId } from '../../../shared/model';
import { useI18n } from '../../i18n';
import type { Session } from '../../sync/session';
import { useDocValue } from '../../sync/useDocValue';
import { useFirstPaintDone } from '../shell/firstPaint';
import { REQUEST_PARTS, requestStateOfCard } from './selectors';
import { useToday } from './useToday';

/**
 * What a card waits for, at a glance on its tile: overdue requests stand out in red, then
 * requested changes, a pending approval, or whom the card waits on for input. The requests of a
 * card come from an index of all requests: shown once the first frame is painted (firstPaint.ts).
 */
export function CardRequestBadge({ cardId }: { cardId: CardId }) {
  return useFirstPaintDone() ? <RequestBadges cardId={cardId} /> : null;
}

function RequestBadges({ cardId }: { cardId: CardId }) {
  const { t } = useI18n();
  const today = useToday();
  const state = useDocValue(
    useCallback((s: Session) => requestStateOfCard(s, cardId, today), [cardId, today]),
    Object.is,
    REQUEST_PARTS,
  );
  const badges = [];
  if (state.overdue > 0)
    badges.push(
      <span
        key="overdue"
        className="chip request-badge overdue"
        role="img"
        aria-label={t('badge.overdueLabel', { count: state.overdue })}
        title={t('badge.overdueLabel', { count: state.overdue })}
      >
        ⚠ {t('badge.overdue', { count: state.overdue })}
      </span>,
    );
  if (state.approval === 'changes')
    badges.push(
      <span key="changes" className="chip request-badge changes">
        ✎ {t('badge.changes')}
      </span>,
    );
  else if (state.approval === 'pending')
    badges.push(
      <span key="approval" className="chip request-badge approval">
        {t('badge.approval')}
      </span>,
    );
  if (state.openInputs > 0 && state.waitingOn.length > 0) {
    const names = state.waitingOn.map((name) => name.split(' ').at(-1)).join(', ');
    badges.push(
      <span
        key="waiting"
        className="chip request-badge waiting"
        role="img"
        aria-label={t('badge.waitingLabel', { names: state.waitingOn.join(', ') })}
        title={t('badge.waitingLabel', { names: state.waitingOn.join(', ') })}
      >
        {t('badge.waiting', { names })}
      </span>,
    );
  }
  if (badges.length === 0) return null;
  return <span className="request-badges">{badges}</span>;
}
