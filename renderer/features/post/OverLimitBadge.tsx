import './post.css';
import type { Card } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useDocValue } from '../../sync/useDocValue';
import { sameRecords, selectChannels } from '../selectors';
import { useFirstPaintDone } from '../shell/firstPaint';
import { channelsOverLimit } from './measure';

/**
 * "Zu lang: X" on a card's tile (board, calendar) and in the approval, when its post is over a
 * network's limit on one of its channels. Measured after the first frame (firstPaint.ts): the
 * board opens as fast as before, and the marks follow.
 */
export function OverLimitBadge({ card }: { card: Pick<Card, 'post' | 'channelIds'> }) {
  return useFirstPaintDone() ? <Badge card={card} /> : null;
}

function Badge({ card }: { card: Pick<Card, 'post' | 'channelIds'> }) {
  const { t } = useI18n();
  const channels = useDocValue(selectChannels, sameRecords);
  const over = channelsOverLimit(card, channels);
  if (over.length === 0) return null;
  const names = over.map((c) => c.name).join(', ');
  return (
    <span
      className="post-over-badge"
      role="img"
      aria-label={t('post.overBadgeLabel', { channels: names })}
      title={t('post.overBadgeLabel', { channels: names })}
    >
      ⚠ {t('post.overBadge', { channels: names })}
    </span>
  );
}
