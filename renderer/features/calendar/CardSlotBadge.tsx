import { longDayLabel, shortDayLabel, type Card } from '../../../shared/model';
import { ChannelChip } from '../../components/badges';
import { useI18n } from '../../i18n';
import { RiskBadges } from './Badges';
import './calendar.css';
import { usePostInfo } from './postInfo';

/** On a board card: when and where it goes out, with its warnings; nothing when unscheduled. */
export function CardSlotBadge({ card }: { card: Card }) {
  if (!card.slot) return null;
  return <ScheduledBadge card={card} />;
}

function ScheduledBadge({ card }: { card: Card }) {
  const { t, locale } = useI18n();
  const info = usePostInfo(card.id);
  const slot = card.slot;
  if (!info || !slot) return null;
  const channel = info.channel?.name ?? t('calendar.removedChannel');
  const label = t('slot.badge', { channel, day: longDayLabel(slot.date, locale), time: slot.time });
  return (
    <span className="card-slot-badge">
      <span
        className={`slot-when${info.risk ? ` ${info.risk}` : ''}`}
        role="img"
        aria-label={label}
        title={label}
      >
        {info.channel ? (
          <ChannelChip channel={info.channel} />
        ) : (
          <span className="channel-chip removed">{t('calendar.removedChannel')}</span>
        )}
        <span aria-hidden="true">
          {shortDayLabel(slot.date, locale)} {slot.time}
        </span>
      </span>
      <RiskBadges risk={info.risk} conflict={info.conflict} held={info.held} />
    </span>
  );
}
