/*
 * The board as the UI shows it: columns in order, each with the ids of its visible cards in order.
 * A card whose column no longer exists (deleted while a peer moved the card into it) or whose
 * place is unreadable is shown in the first column, so no card is ever invisible.
 */
import type { CampaignId, CardId, ChannelId, ColumnId, PersonId } from './ids';
import { compareNames } from './nameOrder';
import { compareOrdered } from './ordering';
import {
  ACTION_FIELDS,
  POST_FORMATS,
  type ActionField,
  type Card,
  type Column,
  type PostFormat,
} from './schema';

export interface BoardFilter {
  channelIds: readonly ChannelId[];
  ownerIds: readonly PersonId[];
  fields: readonly ActionField[];
  /** Post formats (Bild, Karussell, …); added later, so a stored filter without it has none. */
  formats: readonly PostFormat[];
  tags: readonly string[];
  campaignIds: readonly CampaignId[];
  text: string;
  showArchived: boolean;
}

export const EMPTY_FILTER: BoardFilter = {
  channelIds: [],
  ownerIds: [],
  fields: [],
  formats: [],
  tags: [],
  campaignIds: [],
  text: '',
  showArchived: false,
};

export function isFilterActive(filter: BoardFilter): boolean {
  return (
    filter.channelIds.length > 0 ||
    filter.ownerIds.length > 0 ||
    filter.fields.length > 0 ||
    filter.formats.length > 0 ||
    filter.tags.length > 0 ||
    filter.campaignIds.length > 0 ||
    filter.text.trim() !== '' ||
    filter.showArchived
  );
}

/** Within one criterion any selected value matches; across criteria all must match. */
export function matchesFilter(card: Card, filter: BoardFilter): boolean {
  if (card.archived !== filter.showArchived) return false;
  if (filter.channelIds.length && !card.channelIds.some((c) => filter.channelIds.includes(c))) return false;
  if (filter.ownerIds.length && !(card.ownerId && filter.ownerIds.includes(card.ownerId))) return false;
  if (filter.fields.length && !(card.field && filter.fields.includes(card.field))) return false;
  if (filter.formats.length && !(card.post.format && filter.formats.includes(card.post.format))) return false;
  if (filter.tags.length && !card.tags.some((t) => filter.tags.includes(t))) return false;
  if (filter.campaignIds.length && !(card.campaignId && filter.campaignIds.includes(card.campaignId)))
    return false;
  const text = filter.text.trim();
  if (text && !matchesSearch(card, foldedQuery(text))) return false;
  return true;
}

/** The last query folded, and the folded text of each card read (cards are immutable snapshots). */
let lastQuery = { text: '', folded: '' };
const foldedCards = new WeakMap<Card, string>();

function foldedQuery(text: string): string {
  if (lastQuery.text !== text) lastQuery = { text, folded: foldForSearch(text) };
  return lastQuery.folded;
}

/**
 * Text as a search compares it, the way German readers expect: case, accents and umlauts ignored
 * (ö finds o), ß equal to ss ("weihnachtsgruss" finds "Weihnachtsgruß"). What Intl.Collator with
 * sensitivity 'base' treats as equal, as a string that `includes` can look into.
 */
export function foldForSearch(text: string): string {
  return text.toLocaleLowerCase('de').normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
}

/** A folded query: "#reel" looks at the tags and the post's hashtags only; other words at title, brief, tags and the post (copy, call to action, audience, community note, link). */
function matchesSearch(card: Card, query: string): boolean {
  if (query.startsWith('#')) {
    const tag = query.slice(1).trim();
    return [...card.tags, ...card.post.hashtags].some((t) => foldForSearch(t).includes(tag));
  }
  let folded = foldedCards.get(card);
  if (folded === undefined) {
    const { post } = card;
    folded = foldForSearch(
      [
        card.title,
        card.body,
        ...card.tags,
        ...Object.values(post.copy),
        post.cta,
        post.audience,
        post.cmNote,
        post.link,
        ...post.hashtags,
      ].join('\n'),
    );
    foldedCards.set(card, folded);
  }
  return folded.includes(query);
}

/** A filter stored on this device, read defensively (it may be from an older version or edited). */
export function readStoredFilter(value: unknown): BoardFilter {
  if (typeof value !== 'object' || value === null) return EMPTY_FILTER;
  const stored = value as { [key: string]: unknown };
  const strings = (key: string): string[] => {
    const list = stored[key];
    return Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string').slice(0, 50) : [];
  };
  return {
    channelIds: strings('channelIds') as ChannelId[],
    ownerIds: strings('ownerIds') as PersonId[],
    fields: strings('fields').filter((f): f is ActionField =>
      (ACTION_FIELDS as readonly string[]).includes(f),
    ),
    formats: strings('formats').filter((f): f is PostFormat =>
      (POST_FORMATS as readonly string[]).includes(f),
    ),
    tags: strings('tags'),
    campaignIds: strings('campaignIds') as CampaignId[],
    text: typeof stored.text === 'string' ? stored.text.slice(0, 200) : '',
    showArchived: stored.showArchived === true,
  };
}

/** The column a card is shown in: its own, or the first column when that one is gone. */
export function displayColumnOf(
  card: Card,
  columnIds: ReadonlySet<string>,
  firstColumnId: ColumnId,
): ColumnId {
  return columnIds.has(card.pos.columnId) ? card.pos.columnId : firstColumnId;
}

export function boardLayout(
  columns: readonly Column[],
  cards: readonly Card[],
  filter: BoardFilter = EMPTY_FILTER,
): Map<ColumnId, CardId[]> {
  const layout = new Map<ColumnId, Card[]>(columns.map((c) => [c.id, []]));
  const first = columns[0];
  if (!first) return new Map();
  const ids = new Set<string>(layout.keys());
  for (const card of cards) {
    if (!matchesFilter(card, filter)) continue;
    layout.get(displayColumnOf(card, ids, first.id))!.push(card);
  }
  const result = new Map<ColumnId, CardId[]>();
  for (const [columnId, list] of layout) {
    list.sort((a, b) => compareOrdered({ id: a.id, order: a.pos.order }, { id: b.id, order: b.pos.order }));
    result.set(
      columnId,
      list.map((c) => c.id),
    );
  }
  return result;
}

/**
 * All tags in use, for the filter's choices, in German order (compareNames: the collator only for
 * tags with other characters than letters, umlauts and a few punctuation marks).
 */
export function tagsInUse(cards: readonly Card[]): string[] {
  const tags = new Set<string>();
  for (const card of cards) for (const tag of card.tags) tags.add(tag);
  return [...tags].sort(compareNames);
}
