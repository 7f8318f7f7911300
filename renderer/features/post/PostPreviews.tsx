import './post.css';
import { networkOf, POST_LIMITS, type Card, type CardId, type Channel } from '../../../shared/model';
import { useI18n } from '../../i18n';
import { useCard, useDocValue } from '../../sync/useDocValue';
import { byId, sameRecords, selectChannels } from '../selectors';
import { measured } from './measure';
import { OverLimitWarning } from './OverLimitWarning';
import { PostPreview } from './PostPreview';

/**
 * What an approver approves, read only: the post's preview on each of the card's channels as it
 * goes out (the copy, the card's hashtags, the link), with what is over a network's limit. Shown
 * in the approval task (which shows the card's pictures once, below) and, with the pictures under
 * each text (`media`), in a card's printout.
 */
export function PostPreviews({ cardId, media = false }: { cardId: CardId; media?: boolean }) {
  const card = useCard(cardId);
  const channels = useDocValue(selectChannels, sameRecords);
  if (!card) return null;
  const channelById = byId(channels);
  const mine = card.channelIds.flatMap((id) => channelById.get(id) ?? []);
  return <Previews card={card} channels={mine} media={media} />;
}

function Previews({ card, channels, media }: { card: Card; channels: readonly Channel[]; media: boolean }) {
  const { t } = useI18n();
  if (channels.length === 0) return null;
  return (
    <div className="post-previews" role="group" aria-label={t('post.previews')}>
      {channels.map((channel) => (
        <ChannelPreview key={channel.id} card={card} channel={channel} media={media} />
      ))}
    </div>
  );
}

function ChannelPreview({ card, channel, media }: { card: Card; channel: Channel; media: boolean }) {
  const { text, measure } = measured(channel, card);
  return (
    <div className={`post-preview-item${measure.over ? ' over' : ''}`}>
      <PostPreview
        cardId={card.id}
        channel={channel}
        text={text}
        link={previewLink(channel, card)}
        media={media}
      />
      <OverLimitWarning channel={channel} measure={measure} alert={false} />
    </div>
  );
}

/** The link as its own preview line: only where the network does not take it into the text. */
export function previewLink(channel: Channel, card: Pick<Card, 'post'>): string {
  return POST_LIMITS[networkOf(channel.kind)].linkInText ? '' : card.post.link;
}
