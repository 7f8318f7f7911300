import { describe, expect, it } from 'vitest';
import { NO_POST } from './post';
import {
  EMPTY_FILTER,
  boardLayout,
  foldForSearch,
  isFilterActive,
  matchesFilter,
  readStoredFilter,
  tagsInUse,
  type BoardFilter,
} from './board';
import type { CampaignId, CardId, ChannelId, ColumnId, PersonId } from './ids';
import type { Card, Column } from './schema';

const FB = 'channel-fb' as ChannelId;
const IG = 'channel-ig' as ChannelId;
const LI = 'channel-li' as ChannelId;
const ANNA = 'person-anna' as PersonId;
const BEN = 'person-ben' as PersonId;
const CARLA = 'person-carla' as PersonId;

function card(overrides: Partial<Card> = {}): Card {
  return {
    id: 'card-1' as CardId,
    title: 'Messe-Teaser',
    body: 'Standnummer und Countdown',
    pos: { columnId: 'col-ideas' as ColumnId, order: 'a0' },
    channelIds: [FB, IG],
    slot: null,
    ownerId: ANNA,
    field: 'marketing',
    tags: ['Messe', 'Video'],
    createdAt: 0,
    createdBy: null,
    archived: false,
    seriesId: null,
    campaignId: null,
    post: NO_POST,
    problems: [],
    ...overrides,
  };
}

const filter = (overrides: Partial<BoardFilter>): BoardFilter => ({ ...EMPTY_FILTER, ...overrides });

describe('matchesFilter', () => {
  it('lets every live card through the empty filter, and no archived one', () => {
    expect(matchesFilter(card(), EMPTY_FILTER)).toBe(true);
    expect(matchesFilter(card({ channelIds: [], ownerId: null, field: null, tags: [] }), EMPTY_FILTER)).toBe(
      true,
    );
    expect(matchesFilter(card({ archived: true }), EMPTY_FILTER)).toBe(false);
  });

  it('filters by channel: any of the chosen channels', () => {
    expect(matchesFilter(card(), filter({ channelIds: [IG] }))).toBe(true);
    expect(matchesFilter(card(), filter({ channelIds: [LI, FB] }))).toBe(true);
    expect(matchesFilter(card(), filter({ channelIds: [LI] }))).toBe(false);
    expect(matchesFilter(card({ channelIds: [] }), filter({ channelIds: [LI] }))).toBe(false);
  });

  it('filters by owner: any of the chosen people, never an unowned card', () => {
    expect(matchesFilter(card(), filter({ ownerIds: [ANNA] }))).toBe(true);
    expect(matchesFilter(card(), filter({ ownerIds: [BEN, ANNA] }))).toBe(true);
    expect(matchesFilter(card(), filter({ ownerIds: [BEN] }))).toBe(false);
    expect(matchesFilter(card({ ownerId: null }), filter({ ownerIds: [BEN] }))).toBe(false);
  });

  it('filters by action field', () => {
    expect(matchesFilter(card(), filter({ fields: ['marketing'] }))).toBe(true);
    expect(matchesFilter(card(), filter({ fields: ['customer', 'marketing'] }))).toBe(true);
    expect(matchesFilter(card(), filter({ fields: ['corporate'] }))).toBe(false);
    expect(matchesFilter(card({ field: null }), filter({ fields: ['corporate'] }))).toBe(false);
  });

  it('filters by tag: any of the chosen tags', () => {
    expect(matchesFilter(card(), filter({ tags: ['Video'] }))).toBe(true);
    expect(matchesFilter(card(), filter({ tags: ['Karriere', 'Messe'] }))).toBe(true);
    expect(matchesFilter(card(), filter({ tags: ['Karriere'] }))).toBe(false);
    expect(matchesFilter(card({ tags: [] }), filter({ tags: ['Karriere'] }))).toBe(false);
  });

  it('searches title, brief and tags, ignoring case, accents, umlauts and surrounding spaces', () => {
    const c = card({ title: 'Öffnungszeiten im Kundenservice', body: 'Ab Januar länger erreichbar. GRÜßE' });
    expect(matchesFilter(c, filter({ text: 'öffnungszeiten' }))).toBe(true);
    expect(matchesFilter(c, filter({ text: 'KUNDENSERVICE' }))).toBe(true);
    expect(matchesFilter(c, filter({ text: 'LÄNGER' }))).toBe(true);
    expect(matchesFilter(c, filter({ text: 'grüße' }))).toBe(true);
    expect(matchesFilter(c, filter({ text: '  januar  ' }))).toBe(true);
    expect(matchesFilter(c, filter({ text: 'Dezember' }))).toBe(false);
    expect(matchesFilter(c, filter({ text: 'langer' }))).toBe(true);
    expect(matchesFilter(c, filter({ text: '   ' }))).toBe(true);
  });

  it('folds ß and ss both ways, as Intl.Collator with base sensitivity does', () => {
    const c = card({ title: 'Weihnachtsgruß der Geschäftsführung', body: 'Grosse Pläne' });
    expect(matchesFilter(c, filter({ text: 'weihnachtsgruss' }))).toBe(true);
    expect(matchesFilter(c, filter({ text: 'WEIHNACHTSGRUẞ' }))).toBe(true);
    expect(matchesFilter(c, filter({ text: 'große' }))).toBe(true);
    expect(matchesFilter(c, filter({ text: 'geschaftsfuhrung' }))).toBe(true);
    const collator = new Intl.Collator('de', { sensitivity: 'base' });
    for (const [a, b] of [
      ['Größe', 'grosse'],
      ['Grüße', 'GRUSSE'],
      ['Café', 'cafe'],
    ] as const) {
      expect(collator.compare(a, b)).toBe(0);
      expect(foldForSearch(a)).toBe(foldForSearch(b));
    }
  });

  it('finds tags, and with "#" only tags', () => {
    const c = card({ title: 'Hinter den Kulissen', body: 'Reel aus der Werkstatt', tags: ['Reel', 'Team'] });
    expect(matchesFilter(c, filter({ text: '#Reel' }))).toBe(true);
    expect(matchesFilter(c, filter({ text: '#reel' }))).toBe(true);
    expect(matchesFilter(c, filter({ text: 'team' }))).toBe(true);
    expect(matchesFilter(c, filter({ text: '#Werkstatt' }))).toBe(false);
    expect(matchesFilter(card({ tags: [] }), filter({ text: '#Reel' }))).toBe(false);
  });

  it('does not match across the end of the title and the start of the brief', () => {
    const c = card({ title: 'Messe', body: 'Teaser' });
    expect(matchesFilter(c, filter({ text: 'messeteaser' }))).toBe(false);
  });

  it('shows only archived cards when the archive is toggled on', () => {
    const archive = filter({ showArchived: true });
    expect(matchesFilter(card({ archived: true }), archive)).toBe(true);
    expect(matchesFilter(card({ archived: false }), archive)).toBe(false);
  });

  it('requires every chosen criterion to match', () => {
    const all = filter({
      channelIds: [FB],
      ownerIds: [ANNA],
      fields: ['marketing'],
      tags: ['Messe'],
      text: 'countdown',
    });
    expect(matchesFilter(card(), all)).toBe(true);
    expect(matchesFilter(card({ channelIds: [LI] }), all)).toBe(false);
    expect(matchesFilter(card({ ownerId: CARLA }), all)).toBe(false);
    expect(matchesFilter(card({ field: 'customer' }), all)).toBe(false);
    expect(matchesFilter(card({ tags: ['Video'] }), all)).toBe(false);
    expect(matchesFilter(card({ body: '' }), all)).toBe(false);
    expect(matchesFilter(card({ archived: true }), all)).toBe(false);
    expect(matchesFilter(card({ archived: true }), { ...all, showArchived: true })).toBe(true);
  });
});

describe('campaign filter', () => {
  it('shows the cards of the chosen campaign only', () => {
    const herbst = 'k-herbst' as CampaignId;
    const only = filter({ campaignIds: [herbst] });
    expect(matchesFilter(card({ campaignId: herbst }), only)).toBe(true);
    expect(matchesFilter(card({ campaignId: 'k-other' as CampaignId }), only)).toBe(false);
    expect(matchesFilter(card({ campaignId: null }), only)).toBe(false);
    expect(matchesFilter(card({ campaignId: null }), EMPTY_FILTER)).toBe(true);
  });
});

describe('isFilterActive', () => {
  it('is off for the empty filter and for blank search text', () => {
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(isFilterActive(filter({ text: '  ' }))).toBe(false);
  });

  it.each([
    ['a channel', { channelIds: [FB] }],
    ['an owner', { ownerIds: [ANNA] }],
    ['a field', { fields: ['corporate'] }],
    ['a tag', { tags: ['Messe'] }],
    ['a campaign', { campaignIds: ['k-herbst' as CampaignId] }],
    ['search text', { text: 'x' }],
    ['the archive', { showArchived: true }],
  ] as [string, Partial<BoardFilter>][])('is on with %s', (_name, overrides) => {
    expect(isFilterActive(filter(overrides))).toBe(true);
  });
});

describe('boardLayout', () => {
  const columns: Column[] = [
    { id: 'col-a' as ColumnId, title: 'A', order: 'a0', stage: null },
    { id: 'col-b' as ColumnId, title: 'B', order: 'a1', stage: null },
  ];
  const at = (id: string, columnId: string, order: string, more: Partial<Card> = {}) =>
    card({ id: id as CardId, pos: { columnId: columnId as ColumnId, order }, ...more });

  it('lists every column, each with its cards by (order, id)', () => {
    const layout = boardLayout(columns, [
      at('card-2', 'col-a', 'a1'),
      at('card-1', 'col-a', 'a1'),
      at('card-0', 'col-a', 'a2'),
      at('card-9', 'col-a', 'a0'),
    ]);
    expect([...layout.entries()]).toEqual([
      ['col-a', ['card-9', 'card-1', 'card-2', 'card-0']],
      ['col-b', []],
    ]);
  });

  it('puts cards of missing columns in the first column and leaves out filtered ones', () => {
    const layout = boardLayout(
      columns,
      [
        at('card-1', 'col-b', 'a0'),
        at('card-2', 'col-gone', 'a0'),
        at('card-3', 'col-b', 'a1', { archived: true }),
        at('card-4', 'col-b', 'a2', { ownerId: BEN }),
      ],
      filter({ ownerIds: [ANNA] }),
    );
    expect([...layout.entries()]).toEqual([
      ['col-a', ['card-2']],
      ['col-b', ['card-1']],
    ]);
  });

  it('is empty without columns', () => {
    expect(boardLayout([], [card()]).size).toBe(0);
  });
});

describe('tagsInUse', () => {
  it('lists each tag once, in German order', () => {
    const cards = [card({ tags: ['Zahlen', 'Über uns'] }), card({ tags: ['apfel', 'Zahlen', 'Messe'] })];
    expect(tagsInUse(cards)).toEqual(['apfel', 'Messe', 'Über uns', 'Zahlen']);
  });
});

describe('readStoredFilter', () => {
  it('gives back a stored filter and drops what is not a filter', () => {
    const stored = filter({
      channelIds: [IG],
      ownerIds: [ANNA],
      fields: ['marketing'],
      tags: ['Reel'],
      campaignIds: ['k-herbst' as CampaignId],
      text: 'ß',
    });
    expect(readStoredFilter(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    expect(readStoredFilter(null)).toEqual(EMPTY_FILTER);
    expect(readStoredFilter('x')).toEqual(EMPTY_FILTER);
    expect(
      readStoredFilter({ fields: ['nonsense', 'customer'], tags: [1, 'a'], showArchived: 'yes', text: 5 }),
    ).toEqual(filter({ fields: ['customer'], tags: ['a'] }));
  });
});
