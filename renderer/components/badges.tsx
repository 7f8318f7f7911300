import type { ActionField, Channel } from '../../shared/model';
import { useI18n } from '../i18n';
import { underWhiteText } from './contrast';

const CHANNEL_SHORT: { [kind in Channel['kind']]: string } = {
  facebook: 'FB',
  instagram: 'IG',
  linkedin: 'in',
  x: 'X',
  tiktok: 'TT',
  youtube: 'YT',
  threads: 'Th',
  bluesky: 'Bs',
  newsletter: 'NL',
  blog: 'Blog',
  other: '•',
};

/** A channel as a small coloured chip with a recognisable abbreviation; the name is its label. */
export function ChannelChip({ channel }: { channel: Channel }) {
  return (
    <span
      className="channel-chip"
      style={{ backgroundColor: underWhiteText(channel.color) }}
      title={channel.name}
      aria-label={channel.name}
      role="img"
    >
      {CHANNEL_SHORT[channel.kind]}
    </span>
  );
}

export function FieldBadge({ field }: { field: ActionField }) {
  const { t } = useI18n();
  return <span className={`field-badge field-${field}`}>{t(`field.${field}`)}</span>;
}
