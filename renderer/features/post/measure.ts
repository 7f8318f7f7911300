import {
  measurePost,
  networkOf,
  outgoingText,
  type Card,
  type Channel,
  type PostMeasure,
} from '../../../shared/model';

/*
 * Measuring a post for the board, the calendar, the panel and the approval. X's weighted count
 * (twitter-text) costs more than counting characters, and a board shows thousands of cards: each
 * measure is kept per network and text, so a tile re-rendered for another reason measures nothing.
 */
const cache = new Map<string, PostMeasure>();
const CACHE_SIZE = 10_000;

export function measured(channel: Channel, card: Pick<Card, 'post'>): { text: string; measure: PostMeasure } {
  const network = networkOf(channel.kind);
  const text = outgoingText(network, card.post.copy[channel.id] ?? '', card.post);
  const key = `${network}\u0000${text}`;
  let measure = cache.get(key);
  if (!measure) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    measure = measurePost(network, text);
    cache.set(key, measure);
  }
  return { text, measure };
}

/** The channels of a card on which its post is over a limit (only channels with a text). */
export function channelsOverLimit(
  card: Pick<Card, 'post' | 'channelIds'>,
  channels: readonly Channel[],
): Channel[] {
  return channels.filter(
    (channel) =>
      card.channelIds.includes(channel.id) &&
      (card.post.copy[channel.id] ?? '') !== '' &&
      measured(channel, card).measure.over,
  );
}
