/*
 * How long a post may be on each network, counted the way that network counts. A counter in the
 * card panel, a mark on the board and calendar tiles and the approval all read from here; nothing
 * is ever cut to fit: a post over its limit is shown as such.
 *
 * Limits and how they are counted, with their sources (as of 2026):
 *   X          280, weighted: most Latin, Greek, Cyrillic characters 1, CJK and emoji 2, every URL
 *              23 whatever its length. Counted by Twitter's own `twitter-text` (parseTweet, config
 *              v3).  https://docs.x.com/resources/fundamentals/counting-characters
 *   LinkedIn   3,000 characters for a post's commentary.
 *              https://learn.microsoft.com/linkedin/marketing/community-management/shares/posts-api
 *   Instagram  caption 2,200 characters and at most 30 hashtags.
 *              https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media
 *   Facebook   63,206 characters for a post's message.
 *              https://www.facebook.com/help/ (character limit of posts)
 *   TikTok     caption ("title" of a video post) 2,200 UTF-16 code units.
 *              https://developers.tiktok.com/doc/content-posting-api-reference-direct-post
 *   YouTube    title 100 characters, description 5,000: the copy's first line is the title.
 *              https://developers.google.com/youtube/v3/docs/videos#properties
 *   Threads    500 characters.  https://developers.facebook.com/docs/threads/overview
 *   Bluesky    300 graphemes.  https://docs.bsky.app/docs/advanced-guides/post-richtext
 *   Newsletter subject 150 characters (Mailchimp's limit; most mail clients show the first 40-60):
 *              the copy's first line is the subject.  https://mailchimp.com/help/best-practices-for-email-subject-lines/
 *   Blog, other: no limit.
 *
 * "Characters" are counted as graphemes (Intl.Segmenter): what a reader sees as one character —
 * 👩‍👩‍👧 or e + combining accent — is one, as on the networks that document it (Bluesky) and
 * the editors of the others. TikTok documents UTF-16 code units and is counted so.
 */
import twitterText from 'twitter-text';
import type { ChannelKind } from './schema';

export const NETWORKS = [
  'x',
  'linkedin',
  'instagram',
  'facebook',
  'tiktok',
  'youtube',
  'threads',
  'bluesky',
  'newsletter',
  'none',
] as const;
export type Network = (typeof NETWORKS)[number];

/** How a text is counted: graphemes, UTF-16 code units, or X's weighted count. */
export type Counting = 'graphemes' | 'utf16' | 'x';

export interface NetworkLimits {
  /** The limit of the whole text, or of its first line when `firstLine` names that part. */
  max: number | null;
  counting: Counting;
  /** YouTube and newsletters: the first line is a part of its own (title, subject) with this limit. */
  firstLine?: { part: 'title' | 'subject'; max: number };
  /** Instagram: at most this many hashtags. */
  maxHashtags?: number;
  /** Where the network folds a long post behind "… mehr": after this many lines or characters. */
  fold?: { lines: number; chars: number };
  /** Whether the link is part of the text (and counted) rather than shown as a link preview. */
  linkInText: boolean;
}

export const POST_LIMITS: { readonly [network in Network]: NetworkLimits } = {
  x: { max: 280, counting: 'x', linkInText: true },
  linkedin: { max: 3000, counting: 'graphemes', fold: { lines: 3, chars: 210 }, linkInText: false },
  instagram: {
    max: 2200,
    counting: 'graphemes',
    maxHashtags: 30,
    fold: { lines: 2, chars: 125 },
    linkInText: false,
  },
  facebook: { max: 63206, counting: 'graphemes', fold: { lines: 5, chars: 480 }, linkInText: false },
  tiktok: { max: 2200, counting: 'utf16', fold: { lines: 1, chars: 100 }, linkInText: false },
  youtube: {
    max: 5000,
    counting: 'graphemes',
    firstLine: { part: 'title', max: 100 },
    fold: { lines: 3, chars: 160 },
    linkInText: true,
  },
  threads: { max: 500, counting: 'graphemes', fold: { lines: 5, chars: 280 }, linkInText: true },
  bluesky: { max: 300, counting: 'graphemes', linkInText: true },
  newsletter: {
    max: null,
    counting: 'graphemes',
    firstLine: { part: 'subject', max: 150 },
    linkInText: false,
  },
  none: { max: null, counting: 'graphemes', linkInText: false },
};

/** The network a channel of this kind posts to. */
export function networkOf(kind: ChannelKind): Network {
  switch (kind) {
    case 'blog':
    case 'other':
      return 'none';
    default:
      return kind;
  }
}

let segmenter: Intl.Segmenter | undefined;

/** The number of graphemes (user-perceived characters) of a text. */
export function graphemeCount(text: string): number {
  if (!text) return 0;
  // Printable ASCII and line feeds are one grapheme per code unit: skip the segmenter for them.
  if (/^[\n\x20-\x7e]*$/.test(text)) return text.length;
  segmenter ??= new Intl.Segmenter('de', { granularity: 'grapheme' });
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

/** The length of a text as `counting` counts it. */
export function countText(text: string, counting: Counting): number {
  if (counting === 'x') return twitterText.parseTweet(text).weightedLength;
  if (counting === 'utf16') return text.length;
  return graphemeCount(text);
}

/** The hashtags of a text as Twitter's rules find them (`#Wort`, letters of any script). */
export function hashtagsIn(text: string): string[] {
  return twitterText.extractHashtags(text);
}

/** One measured part of a post: its length against its limit. */
export interface PartMeasure {
  part: 'text' | 'title' | 'subject' | 'hashtags';
  count: number;
  max: number | null;
  over: boolean;
}

export interface PostMeasure {
  network: Network;
  parts: PartMeasure[];
  /** Some part is over its limit. */
  over: boolean;
}

const measure = (part: PartMeasure['part'], count: number, max: number | null): PartMeasure => ({
  part,
  count,
  max,
  over: max !== null && count > max,
});

/** The text as it goes out: the copy, then the card's hashtags it does not carry, then the link where the network takes it in the text. */
export function outgoingText(
  network: Network,
  copy: string,
  extras: { hashtags: readonly string[]; link: string },
): string {
  const present = new Set(hashtagsIn(copy).map((tag) => tag.toLocaleLowerCase('de')));
  const missing = extras.hashtags.filter((tag) => !present.has(tag.toLocaleLowerCase('de')));
  let text = copy;
  if (missing.length > 0) text += `${text ? '\n\n' : ''}${missing.map((tag) => `#${tag}`).join(' ')}`;
  if (extras.link && POST_LIMITS[network].linkInText && !twitterText.extractUrls(copy).includes(extras.link))
    text += `${text ? '\n' : ''}${extras.link}`;
  return text;
}

/**
 * Measures what goes out on a network (outgoingText): its parts against their limits. For YouTube
 * and newsletters the first line is measured as the title or subject, the rest as the text.
 */
export function measurePost(network: Network, text: string): PostMeasure {
  const limits = POST_LIMITS[network];
  const parts: PartMeasure[] = [];
  let body = text;
  if (limits.firstLine) {
    const newline = text.indexOf('\n');
    const first = newline < 0 ? text : text.slice(0, newline);
    body = newline < 0 ? '' : text.slice(newline + 1);
    parts.push(measure(limits.firstLine.part, countText(first, limits.counting), limits.firstLine.max));
  }
  if (limits.max !== null || !limits.firstLine)
    parts.push(measure('text', countText(body, limits.counting), limits.max));
  if (limits.maxHashtags !== undefined)
    parts.push(measure('hashtags', hashtagsIn(text).length, limits.maxHashtags));
  return { network, parts, over: parts.some((p) => p.over) };
}

/** A piece of a post's text for showing it: plain, a hashtag, a link or a mention. */
export interface PostToken {
  kind: 'text' | 'hashtag' | 'url' | 'mention';
  text: string;
}

/** The text cut into plain pieces and the hashtags, links and mentions a network highlights. */
export function postTokens(text: string): PostToken[] {
  const tokens: PostToken[] = [];
  let at = 0;
  for (const entity of twitterText.extractEntitiesWithIndices(text)) {
    const [start, end] = entity.indices;
    if (start > at) tokens.push({ kind: 'text', text: text.slice(at, start) });
    const kind =
      'hashtag' in entity ? 'hashtag' : 'url' in entity ? 'url' : 'screenName' in entity ? 'mention' : 'text';
    tokens.push({ kind, text: text.slice(start, end) });
    at = end;
  }
  if (at < text.length) tokens.push({ kind: 'text', text: text.slice(at) });
  return tokens;
}

/** Where a network folds the text behind "… mehr": the shown start, or null when it shows it whole. */
export function foldedStart(network: Network, text: string): string | null {
  const fold = POST_LIMITS[network].fold;
  if (!fold) return null;
  const lines = text.split('\n');
  let start = lines.slice(0, fold.lines).join('\n');
  if (start.length > fold.chars) start = start.slice(0, fold.chars);
  return start.length < text.length ? start.trimEnd() : null;
}
